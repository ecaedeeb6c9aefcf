"""Write eval/sets/newplans14.jsonl (ids a14-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src14/questions_src14.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans14.jsonl")

LC = "laichau_1864-KH-UBND_2024.pdf"
KS = "kimson_213-KH-UBND_2024.docx"
ST = "senthuy_37-KH-UBND_2025.md"
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
REFUSE_EN = "The loaded plans do not contain this information."

# Lai Châu (PDF): the transposed table — header cells as extracted (each wrapped cell read top to bottom), year rows
LC_HEAD = ('Năm Tỷ lệ người 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2 Tỷ lệ hộ đạt "Gia đình học tập" Tỷ lệ bản, '
           'tổ dân phố đạt "Cộng đồng học tập" Tỷ lệ TTHTCĐ xếp loại Tốt Tỷ lệ người dân có kỹ năng số cơ bản')
LC_26 = "2026 91% 55% 40% 30% 45%"
LC_28 = "2028 93% 62% 48% 38%"
LC_30 = "2030 95% 70% 56% 45% 65%"
LC_KP = ("Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến 42.600 triệu đồng, trong đó: ngân sách tỉnh "
         "24.000 triệu đồng; ngân sách huyện, thành phố 11.600 triệu đồng; nguồn xã hội hoá và huy động hợp pháp khác "
         "7.000 triệu đồng.")
LC_XMC = "Ngân sách tỉnh bố trí 1.500 triệu đồng mỗi năm cho công tác xoá mù chữ; hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm."
LC_TIENG = ("Đến năm 2027, 75% cán bộ, công chức cấp xã vùng cao biết giao tiếp bằng ít nhất một tiếng dân tộc thiểu số "
            "trên địa bàn; đến năm 2O30 dạt 85%.")
LC_LD = "Tỷ lệ lao động qua đào tạo đạt 58% vào năm 2027 và 65% vào năm 2030; trong đó có bằng cấp, chứng chỉ tăng thêm ít nhất l5% so với năm 2024."
LC_SIGN = "Vàng A Sình"
# Kim Sơn (DOCX): funding table rows cell after cell
KS_FHEAD = "Nguồn 2025 2026 2027 2028 2029 2030 Tổng"
KS_FH = "Ngân sách huyện 850 900 950 1.000 1.050 1.100 5.850"
KS_FX = "Ngân sách xã, thị trấn 400 420 440 460 480 500 2.700"
KS_FS = "Xã hội hóa 200 250 300 300 350 400 1.800"
KS_FT = "Tổng cộng 1.450 1.570 1.690 1.760 1.880 2.000 10.350"
KS_VH = ("Phòng Văn hóa và Thông tin - Lồng ghép tiêu chí “Gia đình học tập” với bình xét “Gia đình văn hóa”. - Phát triển "
         "thư viện, tủ sách tại nhà văn hóa thôn, xóm; tuyên truyền trên Đài Truyền thanh huyện. - Tổ chức “Ngày sách và "
         "Văn hóa đọc Việt Nam” ngày 21/4 hằng năm.")
KS_TTVH = ("Trung tâm Văn hóa, Thông tin và Thể thao huyện - Lồng ghép tiêu chí “Gia đình học tập” với bình xét “Gia đình "
           "văn hóa”.")
KS_TP = ("Phòng Tư pháp - Tổ chức tuyên truyền, phổ biến pháp luật tại trung tâm học tập cộng đồng; xây dựng tủ sách pháp "
         "luật ở các xã ven biển. - Phối hợp tuyên truyền phòng, chống ma túy, lừa đảo qua mạng.")
KS_CA = ("Công an huyện - Tổ chức tuyên truyền, phổ biến pháp luật tại trung tâm học tập cộng đồng; xây dựng tủ sách pháp "
         "luật ở các xã ven biển.")
KS_GD25 = "68% hộ gia đình đạt danh hiệu “Gia đình học tập”(2); 50% dòng họ đạt danh hiệu “Dòng họ học tập”;"
KS_GD30 = "80% hộ gia đình đạt danh hiệu “Gia đình học tập”; 65% dòng họ đạt danh hiệu “Dòng họ học tập”;"
KS_SIGN = "Trần Văn Khải"
# Sen Thủy (markdown): HTML rows as written
ST_HEAD = '<td colspan="3">Lộ trình</td></tr><tr><td>Năm 2025</td><td>Năm 2027</td><td>Năm 2030</td>'
ST_GD = '<td>1</td><td>Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập"</td><td>%</td><td>72</td><td>78</td><td>85</td>'
ST_DH = '<td>2</td><td>Số dòng họ đạt danh hiệu "Dòng họ học tập"</td><td>dòng họ</td><td>9</td><td>12</td><td>15</td>'
ST_CD = '<td>3</td><td>Số thôn đạt danh hiệu "Cộng đồng học tập"</td><td>thôn</td><td>5/8</td><td>6/8</td><td>8/8</td>'
ST_KNS = '<td>4</td><td>Tỷ lệ người dân có kỹ năng số cơ bản</td><td>%</td><td>50</td><td></td><td>75</td>'
ST_LD = '<td>5</td><td>Tỷ lệ lao động qua đào tạo</td><td>%</td><td>60</td><td>65</td><td>72</td>'
ST_KP = "Tổng kinh phí thực hiện giai đoạn 2025 - 2030 dự kiến 960 triệu đồng, gồm:"
ST_KPH = '<td>Ngân sách xã</td><td>540</td><td>90</td></tr><tr><td>Ngân sách huyện hỗ trợ</td><td>240</td><td>40</td></tr><tr><td>Xã hội hóa</td><td>180</td><td>30</td></tr><tr><td>Tổng cộng</td><td>960</td><td>160</td>'
ST_SIGN = "Hoàng Minh Đức"

# ---------------- agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Lai Châu, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(LC, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; hướng dẫn, kiểm tra, đánh giá kết quả thực hiện."),
   (LC, "Chủ trì các lớp xoá mù chữ; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp xoá mù chữ tại 28 xã biên giới.")],
  "Sở GD&ĐT là cơ quan thường trực, chủ trì triển khai Kế hoạch, hướng dẫn, kiểm tra, đánh giá; chủ trì các lớp xóa mù chữ, phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp tại 28 xã biên giới; tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 10/12 hằng năm.",
  ["thường trực", "28 xã biên giới", "10/12"])
Q("agency_tasks", "Sở Nội vụ tỉnh Lai Châu được giao việc gì?",
  [(LC, 'Chủ trì bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; đưa tiêu chí "Đơn vị học tập" vào đánh giá thi đua hằng năm.')],
  "Chủ trì bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm.",
  ["tiếng dân tộc thiểu số", "Đơn vị học tập"])
Q("agency_tasks", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu làm gì trong kế hoạch xã hội học tập?",
  [(LC, 'Phối hợp mở lớp xoá mù chữ tại các bản biên giới; bố trí cán bộ đồn biên phòng tham gia dạy chữ theo mô hình "Bộ đội Biên phòng dạy chữ".')],
  "Phối hợp mở lớp xóa mù chữ tại các bản biên giới; bố trí cán bộ đồn biên phòng tham gia dạy chữ theo mô hình “Bộ đội Biên phòng dạy chữ”.",
  ["mù chữ", "Bộ đội Biên phòng dạy chữ"])
Q("agency_tasks", "Đài Phát thanh và Truyền hình tỉnh Lai Châu có nhiệm vụ gì?",
  [(LC, 'Mở chuyên mục "Học tập suốt đời" bằng tiếng Mông, tiếng Thái phát sóng hằng tuần.')],
  "Mở chuyên mục “Học tập suốt đời” bằng tiếng Mông, tiếng Thái, phát sóng hằng tuần.",
  ["Học tập suốt đời", "tiếng Mông", "hằng tuần"])
Q("agency_tasks", "Hội Liên hiệp Phụ nữ tỉnh Lai Châu được đề nghị làm gì?",
  [(LC, "Hội Liên hiệp Phụ nữ tỉnh: vận động phụ nữ dân tộc thiểu số tham gia lớp xoá mù chữ, lớp ky năng chăm sóc sức khoẻ gia đình.")],
  "Vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ và lớp kỹ năng chăm sóc sức khỏe gia đình (bản PDF in “ky năng”).",
  ["phụ nữ dân tộc thiểu số", "xóa mù chữ"])
Q("agency_tasks", "Huyện Kim Sơn giao Phòng Giáo dục và Đào tạo những việc gì?",
  [(KS, "Phòng Giáo dục và Đào tạo - Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch. - Hướng dẫn các trung tâm học tập cộng đồng xây dựng kế hoạch hoạt động trước ngày 15/01 hằng năm. - Tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 05/12 hằng năm.")],
  "Là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các TTHTCĐ xây dựng kế hoạch hoạt động trước ngày 15/01 hằng năm; tổng hợp, báo cáo UBND huyện và Sở GD&ĐT trước ngày 05/12 hằng năm.",
  ["thường trực", "15/01", "05/12"])
Q("agency_tasks", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Kim Sơn làm gì?",
  [(KS, KS_TTVH)],
  "Trung tâm dùng chung ô nhiệm vụ với Phòng Văn hóa và Thông tin: lồng ghép tiêu chí “Gia đình học tập” với bình xét “Gia đình văn hóa”; phát triển thư viện, tủ sách tại nhà văn hóa thôn, xóm, tuyên truyền trên Đài Truyền thanh huyện; tổ chức “Ngày sách và Văn hóa đọc Việt Nam” ngày 21/4 hằng năm.",
  ["Gia đình văn hóa", "tủ sách", "21/4"])
Q("agency_tasks", "Công an huyện Kim Sơn có nhiệm vụ gì trong kế hoạch?",
  [(KS, KS_CA)],
  "Công an huyện dùng chung ô nhiệm vụ với Phòng Tư pháp: tuyên truyền, phổ biến pháp luật tại TTHTCĐ, xây dựng tủ sách pháp luật ở các xã ven biển; phối hợp tuyên truyền phòng, chống ma túy, lừa đảo qua mạng.",
  ["pháp luật", "ma túy", "lừa đảo qua mạng"])
Q("agency_tasks", "Phòng Nông nghiệp và Phát triển nông thôn huyện Kim Sơn phải làm gì?",
  [(KS, "Phòng Nông nghiệp và Phát triển nông thôn - Phối hợp với trung tâm học tập cộng đồng tổ chức chuyên đề nuôi ngao, nuôi tôm, trồng cói theo hướng hữu cơ.")],
  "Phối hợp với trung tâm học tập cộng đồng tổ chức chuyên đề nuôi ngao, nuôi tôm, trồng cói theo hướng hữu cơ.",
  ["nuôi ngao", "cói"])
Q("agency_tasks", "Hội Nông dân huyện Kim Sơn được đề nghị làm gì?",
  [(KS, "Hội Nông dân huyện phối hợp mở lớp tập huấn kỹ thuật nuôi trồng thủy sản vùng bãi bồi ven biển.")],
  "Phối hợp mở lớp tập huấn kỹ thuật nuôi trồng thủy sản vùng bãi bồi ven biển.",
  ["thủy sản", "bãi bồi"])
Q("agency_tasks", "Trạm Y tế xã Sen Thủy làm gì theo kế hoạch xây dựng xã hội học tập?",
  [(ST, "Trạm Y tế xã phối hợp tổ chức chuyên đề chăm sóc sức khỏe người cao tuổi, phòng chống đuối nước cho trẻ em mỗi quý một lần")],
  "Phối hợp tổ chức chuyên đề chăm sóc sức khỏe người cao tuổi, phòng chống đuối nước cho trẻ em, mỗi quý một lần.",
  ["người cao tuổi", "đuối nước", "mỗi quý"])
Q("agency_tasks", "Hội Cựu chiến binh xã Sen Thủy có nhiệm vụ gì?",
  [(ST, "Hội Cựu chiến binh xã vận động hội viên làm gương trong học tập và giữ gìn tủ sách truyền thống ở nhà văn hóa thôn")],
  "Vận động hội viên làm gương trong học tập và giữ gìn tủ sách truyền thống ở nhà văn hóa thôn.",
  ["làm gương", "tủ sách truyền thống"])

# ---------------- target (12)
Q("target", "Lai Châu đặt chỉ tiêu tỷ lệ hộ đạt Gia đình học tập năm 2028 là bao nhiêu?",
  [(LC, LC_HEAD), (LC, LC_28)], "Năm 2028: 62% (2026: 55%, 2030: 70%).", ["62%"])
Q("target", "Đến năm 2030 tỉnh Lai Châu phấn đấu bao nhiêu % người dân có kỹ năng số cơ bản?",
  [(LC, LC_HEAD), (LC, LC_30)], "Năm 2030: 65% (năm 2026: 45%).", ["65%"])
Q("target", "Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt ở Lai Châu năm 2026 là bao nhiêu?",
  [(LC, LC_HEAD), (LC, LC_26)], "Năm 2026: 30% (2028: 38%, 2030: 45%).", ["30%"])
Q("target", "Lai Châu muốn bao nhiêu cán bộ, công chức cấp xã vùng cao biết tiếng dân tộc thiểu số?",
  [(LC, LC_TIENG)], "75% vào năm 2027 và 85% vào năm 2030 (bản PDF in “2O30 dạt 85%”).", ["75%", "85%"])
Q("target", "Mỗi năm Lai Châu mở bao nhiêu lớp xóa mù chữ và cho khoảng bao nhiêu học viên?",
  [(LC, "Mỗi năm mở ít nhất 120 lớp xoá mù chữ và giáo dục tiếp tục sau khi biết chữ cho khoảng 2.800 học viên, tập trung tại các huyện Mường Tè, Nậm Nhùn, Sìn Hồ và Phong Thổ.")],
  "Ít nhất 120 lớp mỗi năm cho khoảng 2.800 học viên, tập trung ở Mường Tè, Nậm Nhùn, Sìn Hồ và Phong Thổ.",
  ["120", "2.800"])
Q("target", "Lao động qua đào tạo có bằng cấp, chứng chỉ ở Lai Châu phải tăng thêm bao nhiêu?",
  [(LC, LC_LD)], "Tăng thêm ít nhất 15% so với năm 2024 (bản PDF in “l5%”); tỷ lệ lao động qua đào tạo 58% năm 2027 và 65% năm 2030.",
  ["15%", "2024"])
Q("target", "Huyện Kim Sơn đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?",
  [(KS, KS_GD25)], "Năm 2025: 68% hộ gia đình đạt danh hiệu “Gia đình học tập” (dòng họ học tập 50%).", ["68%"])
Q("target", "Đến 2030, tỷ lệ biết chữ mức độ 2 ở Kim Sơn phải đạt bao nhiêu?",
  [(KS, "99,2% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2;")],
  "99,2% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 vào năm 2030 (năm 2025: 98,5%).", ["99,2%"])
Q("target", "Kim Sơn đặt bao nhiêu xã, thị trấn đạt Cộng đồng học tập cấp xã mức độ 3 năm 2030?",
  [(KS, "75% thôn, xóm, tổ dân phố đạt danh hiệu “Cộng đồng học tập”; 40% xã, thị trấn đạt “Cộng đồng học tập” cấp xã mức độ 3;")],
  "40% xã, thị trấn đạt “Cộng đồng học tập” cấp xã mức độ 3 (và 75% thôn, xóm, tổ dân phố đạt danh hiệu).", ["40%"])
Q("target", "Xã Sen Thủy đặt tỷ lệ gia đình học tập năm 2027 là bao nhiêu?",
  [(ST, ST_HEAD), (ST, ST_GD)], "Năm 2027: 78% (2025: 72%, 2030: 85%).", ["78%"])
Q("target", "Đến năm 2030 Sen Thủy có bao nhiêu dòng họ học tập?",
  [(ST, ST_HEAD), (ST, ST_DH)], "15 dòng họ đạt danh hiệu “Dòng họ học tập” vào năm 2030 (2025: 9, 2027: 12).", ["15"])
Q("target", "Năm 2025 xã Sen Thủy có bao nhiêu thôn đạt Cộng đồng học tập?",
  [(ST, ST_HEAD), (ST, ST_CD)], "5/8 thôn năm 2025 (6/8 năm 2027, 8/8 năm 2030).", ["5/8"])

# ---------------- deadline (8)
Q("deadline", "Sở Lao động - Thương binh và Xã hội Lai Châu phải hoàn thành rà soát nhu cầu học nghề khi nào?",
  [(LC, "Chủ trì đào tạo nghề cho lao động nông thôn, người dân tộc thiểu số; hoàn thành rà soát nhu cầu học nghề trước quý II/2025.")],
  "Trước quý II/2025.", ["quý II/2025"])
Q("deadline", "Kho học liệu số Lai Châu học tập phải xong khi nào?",
  [(LC, 'Chủ trì xây dựng kho học liệu số "Lai Châu học tập"; hướng dẫn Tổ công nghệ số cộng đồng; hoàn thành kho học liệu trong quý IV/2026.')],
  "Sở Thông tin và Truyền thông hoàn thành kho học liệu số “Lai Châu học tập” trong quý IV/2026.", ["quý IV/2026"])
Q("deadline", "UBND các huyện ở Lai Châu phải xây dựng kế hoạch khi nào và báo cáo trước ngày nào?",
  [(LC, "Xây dựng kế hoạch thực hiện trong quý I/2025; chỉ đạo Uỷ ban nhân dân cấp xã kiện toàn trung tâm học tập cộng đồng; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.")],
  "Xây dựng kế hoạch trong quý I/2025; báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.", ["quý I/2025", "30/11"])
Q("deadline", "Phòng LĐ-TB&XH Kim Sơn rà soát nhu cầu học nghề xong trước ngày nào?",
  [(KS, "Chủ trì rà soát nhu cầu học nghề của lao động nông thôn, hoàn thành trước ngày 30/9/2025.")],
  "Trước ngày 30/9/2025.", ["30/9/2025"])
Q("deadline", "Các xã, thị trấn ở Kim Sơn phải ban hành kế hoạch của địa phương trước ngày nào?",
  [(KS, "Xây dựng kế hoạch thực hiện của địa phương trước ngày 31/12/2024.")],
  "Trước ngày 31/12/2024; báo cáo kết quả về Phòng GD&ĐT trước ngày 25/11 hằng năm.", ["31/12/2024"])
Q("deadline", "Đoàn Thanh niên xã Sen Thủy phải lập đội hình hướng dẫn kỹ năng số xong khi nào?",
  [(ST, 'Đoàn Thanh niên xã thành lập đội hình "Thanh niên tình nguyện hướng dẫn kỹ năng số" ở 8 thôn, hoàn thành trong tháng 7/2025')],
  "Hoàn thành trong tháng 7/2025, ở 8 thôn.", ["7/2025"])
Q("deadline", "Trung tâm học tập cộng đồng xã Sen Thủy lập kế hoạch năm và báo cáo sơ kết 6 tháng trước ngày nào?",
  [(ST, "Trung tâm học tập cộng đồng xây dựng kế hoạch hoạt động năm trước ngày 20/02/2025 và báo cáo sơ kết 6 tháng trước ngày 15/6/2025.")],
  "Kế hoạch hoạt động năm trước ngày 20/02/2025; báo cáo sơ kết 6 tháng trước ngày 15/6/2025.", ["20/02/2025", "15/6/2025"])
Q("deadline", "Sen Thủy sơ kết giữa kỳ và tổng kết kế hoạch vào lúc nào?",
  [(ST, "Ủy ban nhân dân xã sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030.")],
  "Sơ kết giữa kỳ quý IV/2027, tổng kết quý IV/2030.", ["quý IV/2027", "quý IV/2030"])

# ---------------- funding (8)
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập của Lai Châu là bao nhiêu?",
  [(LC, LC_KP)], "42.600 triệu đồng: ngân sách tỉnh 24.000, ngân sách huyện, thành phố 11.600, xã hội hóa và huy động hợp pháp khác 7.000 triệu đồng.",
  ["42.600", "24.000", "11.600", "7.000"])
Q("funding", "Lai Châu hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu tiền một năm?",
  [(LC, LC_XMC)], "15 triệu đồng/năm mỗi trung tâm (ngoài ra 1.500 triệu đồng mỗi năm cho xóa mù chữ).", ["15 triệu"])
Q("funding", "Ngân sách huyện Kim Sơn bố trí bao nhiêu cho năm 2028?",
  [(KS, KS_FHEAD), (KS, KS_FH)], "Năm 2028 ngân sách huyện: 1.000 triệu đồng.", ["1.000"])
Q("funding", "Tổng kinh phí giai đoạn 2025-2030 của huyện Kim Sơn là bao nhiêu, gồm những nguồn nào?",
  [(KS, KS_FHEAD), (KS, KS_FT), (KS, KS_FH), (KS, KS_FX), (KS, KS_FS)],
  "10.350 triệu đồng: ngân sách huyện 5.850, ngân sách xã, thị trấn 2.700, xã hội hóa 1.800 triệu đồng.",
  ["10.350", "5.850", "2.700", "1.800"])
Q("funding", "Nguồn xã hội hóa năm 2030 của Kim Sơn dự kiến bao nhiêu?",
  [(KS, KS_FHEAD), (KS, KS_FS)], "400 triệu đồng năm 2030 (tổng xã hội hóa cả giai đoạn 1.800 triệu).", ["400"])
Q("funding", "Kim Sơn hỗ trợ dòng họ học tập tiêu biểu bao nhiêu?",
  [(KS, "hỗ trợ 3 triệu đồng cho mỗi dòng họ được công nhận “Dòng họ học tập” tiêu biểu.")],
  "3 triệu đồng cho mỗi dòng họ được công nhận “Dòng họ học tập” tiêu biểu (và 12 triệu đồng/năm cho mỗi TTHTCĐ).", ["3 triệu"])
Q("funding", "Kinh phí kế hoạch của xã Sen Thủy bao nhiêu, ngân sách xã chiếm bao nhiêu?",
  [(ST, ST_KP), (ST, ST_KPH)], "960 triệu đồng cả giai đoạn; ngân sách xã 540 triệu (bình quân 90 triệu/năm), ngân sách huyện hỗ trợ 240, xã hội hóa 180.",
  ["960", "540"])
Q("funding", "Năm 2025 xã Sen Thủy dành bao nhiêu để khen thưởng gia đình, dòng họ học tập?",
  [(ST, "Riêng năm 2025, dành 25 triệu đồng khen thưởng gia đình, dòng họ học tập tiêu biểu.")], "25 triệu đồng.", ["25 triệu"])

# ---------------- legal_basis (4)
Q("legal_basis", "Kế hoạch của tỉnh Lai Châu căn cứ nghị quyết nào của Tỉnh ủy?",
  [(LC, "Căn cứ Nghị quyết số 12-NQ/TU ngày 15/3/2023 của Ban Chấp hành Đảng bộ tỉnh Lai Châu về phát triển giáo dục vùng đồng bào dân tộc thiểu số giai đoạn 2023 - 2030;")],
  "Nghị quyết số 12-NQ/TU ngày 15/3/2023 của Ban Chấp hành Đảng bộ tỉnh Lai Châu về phát triển giáo dục vùng đồng bào dân tộc thiểu số giai đoạn 2023 - 2030.",
  ["12-NQ/TU"])
Q("legal_basis", "Huyện Kim Sơn xây dựng kế hoạch căn cứ văn bản nào của tỉnh Ninh Bình?",
  [(KS, "Căn cứ Kế hoạch số 96/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh Ninh Bình về xây dựng xã hội học tập tỉnh Ninh Bình giai đoạn 2024 - 2030;")],
  "Kế hoạch số 96/KH-UBND ngày 12/3/2024 của UBND tỉnh Ninh Bình về xây dựng xã hội học tập giai đoạn 2024 - 2030.", ["96/KH-UBND"])
Q("legal_basis", "Kế hoạch của Kim Sơn dẫn thông tư nào về đánh giá cộng đồng học tập cấp xã?",
  [(KS, "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã;")],
  "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ GD&ĐT.", ["22/2020/TT-BGDĐT"])
Q("legal_basis", "Xã Sen Thủy căn cứ những văn bản nào để ban hành kế hoạch?",
  [(ST, "Căn cứ Kế hoạch số 158/KH-UBND ngày 14/11/2024 của Ủy ban nhân dân huyện Lệ Thủy"),
   (ST, "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 08/01/2025 của Đảng ủy xã Sen Thủy")],
  "Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch 158/KH-UBND ngày 14/11/2024 của UBND huyện Lệ Thủy; Nghị quyết 05-NQ/ĐU ngày 08/01/2025 của Đảng ủy xã Sen Thủy.",
  ["1373/QĐ-TTg", "158/KH-UBND", "05-NQ/ĐU"])

# ---------------- purpose (3)
Q("purpose", "Kế hoạch xã hội học tập của Lai Châu nhằm mục đích gì?",
  [(LC, "Góp phần giảm nghèo bền vững, giữ gìn bản sắc văn hoá các dân tộc Thái, Mông, Dao, Hà Nhì, Lự, Mảng, Cống, La Hủ, Si La.")],
  "Tạo chuyển biến về nhận thức về học tập suốt đời, huy động cả hệ thống chính trị và đẩy mạnh xã hội hóa giáo dục, góp phần giảm nghèo bền vững và giữ gìn bản sắc văn hóa các dân tộc.",
  ["giảm nghèo bền vững", "bản sắc"])
Q("purpose", "Mục đích kế hoạch của huyện Kim Sơn là gì?",
  [(KS, "Nâng cao chất lượng nguồn nhân lực phục vụ phát triển nghề cói, nuôi trồng thủy sản ven biển và du lịch gắn với quần thể nhà thờ đá Phát Diệm.")],
  "Tạo cơ hội học tập suốt đời cho người dân các xã ven biển, bãi ngang, thị trấn; nâng cao chất lượng nguồn nhân lực phục vụ nghề cói, nuôi trồng thủy sản ven biển và du lịch gắn với nhà thờ đá Phát Diệm.",
  ["nghề cói", "Phát Diệm"])
Q("purpose", "Xã Sen Thủy lập kế hoạch này để làm gì?",
  [(ST, "Phát huy vai trò của trung tâm học tập cộng đồng xã trong chuyển giao kỹ thuật trồng rau trên cát, nuôi trồng thủy sản và phát triển du lịch sinh thái vùng cát trắng.")],
  "Nâng cao nhận thức về học tập suốt đời; phát huy trung tâm học tập cộng đồng trong chuyển giao kỹ thuật trồng rau trên cát, nuôi trồng thủy sản, du lịch sinh thái vùng cát trắng.",
  ["rau trên cát", "du lịch sinh thái"])

# ---------------- task_section (5)
Q("task_section", "Lai Châu đề ra những giải pháp gì để nâng cao hiệu quả trung tâm học tập cộng đồng?",
  [(LC, "Rà soát, kiện toàn ban giám đốc trung tâm học tập cộng đồng; bố trí giáo viên kiêm nhiệm; hằng năm đánh giá, xếp loại trung tâm học tập cộng đồng.")],
  "Kiện toàn ban giám đốc, bố trí giáo viên kiêm nhiệm, đánh giá xếp loại hằng năm; gắn hoạt động trung tâm với chương trình mục tiêu quốc gia giảm nghèo bền vững và nông thôn mới.",
  ["kiện toàn ban giám đốc", "giáo viên kiêm nhiệm"])
Q("task_section", "Trong nhiệm vụ tuyên truyền, Lai Châu tuyên truyền bằng những hình thức nào?",
  [(LC, "Tuyên truyền bằng tiếng phổ thông và tiếng dân tộc trên sóng phát thanh, truyền hình, hệ thống loa truyền thanh cơ sở; lồng ghép trong sinh hoạt bản, hương ước, quy ước.")],
  "Bằng tiếng phổ thông và tiếng dân tộc trên phát thanh, truyền hình, loa truyền thanh cơ sở; lồng ghép trong sinh hoạt bản, hương ước, quy ước; tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10.",
  ["tiếng dân tộc", "hương ước"])
Q("task_section", "Kim Sơn xây dựng mô hình Làng nghề cói học tập ở đâu?",
  [(KS, "Xây dựng mô hình “Làng nghề cói học tập” tại các xã Kim Chính, Quang Thiện, Lai Thành.")],
  "Tại các xã Kim Chính, Quang Thiện, Lai Thành.", ["Kim Chính", "Quang Thiện", "Lai Thành"])
Q("task_section", "Về chuyển đổi số trong học tập, huyện Kim Sơn làm gì?",
  [(KS, "Bồi dưỡng kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng; hướng dẫn sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.")],
  "Bồi dưỡng kỹ năng số qua Tổ công nghệ số cộng đồng; hướng dẫn dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
  ["Tổ công nghệ số cộng đồng", "dịch vụ công trực tuyến"])
Q("task_section", "Trung tâm học tập cộng đồng xã Sen Thủy tổ chức những chuyên đề gì?",
  [(ST, "Tổ chức chuyên đề trồng rau, dưa hấu trên cát; nuôi cá nước ngọt ở hồ Bàu Sen; chăm sóc rừng phi lao, rừng tràm chắn cát.")],
  "Trồng rau, dưa hấu trên cát; nuôi cá nước ngọt ở hồ Bàu Sen; chăm sóc rừng phi lao, rừng tràm chắn cát; lớp kỹ năng số cho người cao tuổi, tiếng Anh giao tiếp cho người làm du lịch cộng đồng.",
  ["dưa hấu", "Bàu Sen", "phi lao"])

# ---------------- cross_plan (6)
Q("cross_plan", "Chỉ tiêu gia đình học tập năm 2030 của tỉnh Lai Châu và huyện Kim Sơn, nơi nào cao hơn?",
  [(LC, LC_HEAD), (LC, LC_30), (KS, KS_GD30)],
  "Kim Sơn cao hơn: 80% hộ gia đình năm 2030, Lai Châu 70%.", ["80%", "70%"])
Q("cross_plan", "Kế hoạch của huyện Kim Sơn và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(KS, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của thành phố Huế và ai ký kế hoạch của tỉnh Lai Châu?",
  [(HUE, "Nguyễn Thanh Bình"), (LC, LC_SIGN)],
  "Huế: Phó Chủ tịch Nguyễn Thanh Bình (KT. Chủ tịch); Lai Châu: Phó Chủ tịch Vàng A Sình (KT. Chủ tịch).",
  ["Nguyễn Thanh Bình", "Vàng A Sình"])
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập của Hà Nội với chỉ tiêu năm 2025 của xã Sen Thủy.",
  [(HN, "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"), (ST, ST_HEAD), (ST, ST_GD)],
  "Hà Nội đặt 60% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; xã Sen Thủy đặt 72% hộ gia đình đạt “Gia đình học tập” năm 2025.",
  ["60%", "72%"])
Q("cross_plan", "Lai Châu, Kim Sơn và Sen Thủy tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng mấy?",
  [(LC, 'Tổ chức hằng năm "Tuần lễ hưởng ứng học tập suốt đời" vào tháng 10 ở cả ba cấp'),
   (KS, "tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm."),
   (ST, 'tổ chức "Tuần lễ hưởng ứng học tập suốt đời" vào đầu tháng 10 hằng năm.')],
  "Cả ba vào tháng 10 hằng năm (Sen Thủy: đầu tháng 10).", ["tháng 10"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng mỗi năm ở Lai Châu và ở Kim Sơn khác nhau thế nào?",
  [(LC, LC_XMC), (KS, "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 12 triệu đồng/năm(4)")],
  "Lai Châu (ngân sách tỉnh) 15 triệu đồng/năm; Kim Sơn (ngân sách huyện) 12 triệu đồng/năm, áp dụng từ năm 2025.",
  ["15 triệu", "12 triệu"])

# ---------------- no_diacritics (6)
Q("no_diacritics", "so giao duc va dao tao lai chau bao cao bo truoc ngay nao",
  [(LC, "Tổng hợp, báo cáo Uỷ ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm.")],
  "Trước ngày 10/12 hằng năm (báo cáo UBND tỉnh và Bộ GD&ĐT).", ["10/12"])
Q("no_diacritics", "ty le ban dat cong dong hoc tap nam 2030 o lai chau",
  [(LC, LC_HEAD), (LC, LC_30)], "Năm 2030: 56% bản, tổ dân phố đạt “Cộng đồng học tập”.", ["56%"])
Q("no_diacritics", "huyen kim son ho tro moi tthtcd bao nhieu tien 1 nam",
  [(KS, "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 12 triệu đồng/năm(4)")],
  "12 triệu đồng/năm mỗi TTHTCĐ, từ ngân sách huyện (áp dụng từ năm 2025).", ["12 triệu"])
Q("no_diacritics", "trung tam gdnn gdtx kim son moi nam dao tao nghe cho bao nhieu lao dong",
  [(KS, "- Mỗi năm đào tạo nghề cho ít nhất 600 lao động.")], "Ít nhất 600 lao động mỗi năm.", ["600"])
Q("no_diacritics", "hoi khuyen hoc xa sen thuy lam gi",
  [(ST, 'Hội Khuyến học xã chủ trì bình xét "Gia đình học tập",\n"Dòng họ học tập", phối hợp với các dòng họ lập quỹ khuyến học và trao học bổng "Tiếp bước đến trường" cho học sinh nghèo vào dịp khai giảng')],
  "Chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”; phối hợp với các dòng họ lập quỹ khuyến học, trao học bổng “Tiếp bước đến trường” cho học sinh nghèo vào dịp khai giảng.",
  ["quỹ khuyến học", "Tiếp bước đến trường"])
Q("no_diacritics", "ty le lao dong qua dao tao sen thuy nam 2030",
  [(ST, ST_HEAD), (ST, ST_LD)], "72% năm 2030 (2025: 60%, 2027: 65%).", ["72%"])

# ---------------- abbreviation (6)
Q("abbreviation", "Sở VHTTDL LC được giao gì?",
  [(LC, 'Chủ trì phát triển thư viện, tủ sách cơ sở; lồng ghép "Gia đình học tập" với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hoá".')],
  "Sở Văn hóa, Thể thao và Du lịch Lai Châu chủ trì phát triển thư viện, tủ sách cơ sở; lồng ghép “Gia đình học tập” với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
  ["thư viện", "Toàn dân đoàn kết"])
Q("abbreviation", "HKH tỉnh LC báo cáo kq trước ngày nào?",
  [(LC, 'Hội Khuyến học tỉnh: chủ trì đánh giá, công nhận "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập"; báo cáo kết quả trước ngày 30/11 hằng năm.')],
  "Hội Khuyến học tỉnh báo cáo kết quả trước ngày 30/11 hằng năm.", ["30/11"])
Q("abbreviation", "P. TC-KH huyện KS làm gì?",
  [(KS, "Phòng Tài chính - Kế hoạch - Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm. - Hướng dẫn sử dụng, thanh quyết toán kinh phí theo quy định.")],
  "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm và hướng dẫn sử dụng, thanh quyết toán kinh phí.",
  ["dự toán", "thanh quyết toán"])
Q("abbreviation", "HKH huyện KS đánh giá công nhận GĐHT, DHHT và báo cáo trước ngày nào?",
  [(KS, "Hội Khuyến học huyện chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; báo cáo kết quả trước ngày 20/11 hằng năm.")],
  "Hội Khuyến học huyện chủ trì đánh giá, công nhận Gia đình, Dòng họ, Cộng đồng học tập cấp thôn; báo cáo trước ngày 20/11 hằng năm.",
  ["20/11"])
Q("abbreviation", "CA xã ST phải hướng dẫn VNeID xong trước ngày nào?",
  [(ST, "Công an xã phối hợp tuyên truyền an toàn giao thông, phòng chống ma túy và lừa đảo\nqua mạng, hướng dẫn người dân cài đặt và sử dụng ứng dụng VNeID trước ngày 30/6/2025")],
  "Công an xã Sen Thủy hướng dẫn người dân cài đặt, sử dụng VNeID trước ngày 30/6/2025; ngoài ra tuyên truyền an toàn giao thông, phòng chống ma túy, lừa đảo qua mạng.",
  ["VNeID", "30/6/2025"])
Q("abbreviation", "CC TC-KT xã ST làm gì?",
  [(ST, "Công chức Tài chính - Kế toán tham mưu bố trí kinh phí từ ngân sách xã và hướng dẫn thanh quyết toán theo quy định")],
  "Công chức Tài chính - Kế toán tham mưu bố trí kinh phí từ ngân sách xã và hướng dẫn thanh quyết toán theo quy định.",
  ["ngân sách xã", "thanh quyết toán"])

# ---------------- paraphrase (5)
Q("paraphrase", "Ở Lai Châu ai lo việc đưa nội dung học tập vào chương trình mục tiêu quốc gia vùng đồng bào dân tộc?",
  [(LC, "Phối hợp lồng ghép xây dựng xã hội học tập với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; vận động người có uy tín tham gia tuyên truyền.")],
  "Ban Dân tộc tỉnh: phối hợp lồng ghép xây dựng xã hội học tập với Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi; vận động người có uy tín tham gia tuyên truyền.",
  ["Ban Dân tộc"])
Q("paraphrase", "Thanh niên Lai Châu đi dạy chữ dịp hè là việc của ai?",
  [(LC, 'Tỉnh đoàn: tổ chức "Mùa hè tình nguyện" dạy chữ, dạy kỹ năng số tại các bản vùng cao.')],
  "Tỉnh đoàn tổ chức “Mùa hè tình nguyện” dạy chữ, dạy kỹ năng số tại các bản vùng cao.", ["Tỉnh đoàn", "Mùa hè tình nguyện"])
Q("paraphrase", "Đơn vị nào ở Kim Sơn lo việc đưa Đơn vị học tập vào chấm thi đua?",
  [(KS, "Phòng Nội vụ - Đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua, khen thưởng của các cơ quan, đơn vị.")],
  "Phòng Nội vụ; cũng hướng dẫn công nhận “Đơn vị học tập” cấp huyện trong quý IV hằng năm.", ["Phòng Nội vụ"])
Q("paraphrase", "Ở Kim Sơn ai phụ trách tổ chức Ngày sách và Văn hóa đọc?",
  [(KS, KS_VH)],
  "Phòng Văn hóa và Thông tin cùng Trung tâm Văn hóa, Thông tin và Thể thao huyện (ô nhiệm vụ gộp chung) tổ chức “Ngày sách và Văn hóa đọc Việt Nam” ngày 21/4 hằng năm.",
  ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao", "21/4"])
Q("paraphrase", "Ai ở Sen Thủy lo thống kê các hộ đăng ký gia đình học tập đầu năm?",
  [(ST, 'Trưởng các thôn vận động hộ gia đình đăng ký danh hiệu "Gia đình học tập" từ đầu năm, lập danh sách\ngửi Công chức Văn hóa - Xã hội trước ngày 31/3 hằng năm')],
  "Trưởng các thôn vận động hộ đăng ký và lập danh sách gửi Công chức Văn hóa - Xã hội trước ngày 31/3 hằng năm.",
  ["Trưởng các thôn", "31/3"])

# ---------------- english (20)
Q("english", "What is Lai Chau's 2026 target for households recognised as learning families?",
  [(LC, LC_HEAD), (LC, LC_26)], "55% of households in 2026 (62% in 2028, 70% in 2030).", ["55"])
Q("english", "What is the total budget of the Lai Chau plan and how much comes from the provincial budget?",
  [(LC, LC_KP)], "42,600 million VND in total, of which 24,000 million from the provincial budget (11,600 district, 7,000 socialised).",
  ["600", "24"])
Q("english", "Which districts of Lai Chau are the literacy classes focused on?",
  [(LC, "tập trung tại các huyện Mường Tè, Nậm Nhùn, Sìn Hồ và Phong Thổ.")],
  "Mường Tè, Nậm Nhùn, Sìn Hồ and Phong Thổ (at least 120 classes a year for about 2,800 learners).",
  ["Mường Tè", "Nậm Nhùn", "Sìn Hồ", "Phong Thổ"])
Q("english", "Who signed the Lai Chau plan and what is its number?",
  [(LC, LC_SIGN), (LC, "Số: 1864/KH-UBND")], "Vice Chairman Vàng A Sình (on behalf of the Chairman); plan No. 1864/KH-UBND.",
  ["Vàng A Sình", "1864"])
Q("english", "In which languages does the provincial radio and TV station of Lai Chau broadcast the lifelong learning programme?",
  [(LC, 'Mở chuyên mục "Học tập suốt đời" bằng tiếng Mông, tiếng Thái phát sóng hằng tuần.')],
  "In Mông and Thái, weekly.", ["Mông", "Thái"])
Q("english", "How many border communes are covered by the literacy classes with the Border Guard in Lai Chau?",
  [(LC, "phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp xoá mù chữ tại 28 xã biên giới.")], "28 border communes.", ["28"])
Q("english", "What is Lai Chau's 2030 literacy (level 2) target for people aged 15-60?",
  [(LC, LC_HEAD), (LC, LC_30)], "95% in 2030 (91% in 2026, 93% in 2028).", ["95"])
Q("english", "How much does Kim Son district's own budget provide in 2025?",
  [(KS, KS_FHEAD), (KS, KS_FH)], "850 million VND in 2025 (5,850 million over 2025-2030).", ["850"])
Q("english", "What is the total funding of the Kim Son plan for 2025-2030?",
  [(KS, KS_FHEAD), (KS, KS_FT)], "10,350 million VND (district 5,850; communes 2,700; socialised 1,800).", ["350"])
Q("english", "Who signed the Kim Son plan and on what date?",
  [(KS, KS_SIGN), (KS, "Kim Sơn, ngày 05 tháng 6 năm 2024")], "Chairman Trần Văn Khải, on 5 June 2024.", ["Trần Văn Khải", "2024"])
Q("english", "Which body is the standing agency of the Kim Son plan?",
  [(KS, "Phòng Giáo dục và Đào tạo - Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch.")],
  "The district Office of Education and Training (Phòng Giáo dục và Đào tạo).", ["Phòng Giáo dục và Đào tạo"])
Q("english", "How many vocational classes does Kim Son run each year and for how many rural workers?",
  [(KS, "Mỗi năm tổ chức ít nhất 25 lớp dạy nghề cói, nghề thêu ren, nuôi ngao, nuôi tôm cho khoảng 900 lao động nông thôn.")],
  "At least 25 classes a year (sedge weaving, embroidery, clam and shrimp farming) for about 900 rural workers.", ["25", "900"])
Q("english", "What share of Kim Son's workers should be trained by 2030, and how many with certificates?",
  [(KS, "70% lao động qua đào tạo, trong đó 35% có bằng cấp, chứng chỉ(3)")],
  "70% trained, of whom 35% with degrees or certificates (excluding short courses under 3 months).", ["70", "35"])
Q("english", "What does note (1) in the Kim Son plan say about literacy?",
  [(KS, "(1) Năm 2023 toàn huyện đạt 98,1%.")], "That in 2023 the whole district reached 98.1% (the 2025 target is 98.5%).", ["98"])
Q("english", "What is Sen Thuy commune's 2030 target for people with basic digital skills?",
  [(ST, ST_HEAD), (ST, ST_KNS)], "75% in 2030 (50% in 2025).", ["75"])
Q("english", "How many villages does Sen Thuy commune have and how many should be learning communities by 2027?",
  [(ST, ST_HEAD), (ST, ST_CD)], "8 villages; 6 of 8 (6/8) by 2027.", ["8", "6"])
Q("english", "Who signed the Sen Thuy plan?",
  [(ST, ST_SIGN)], "Chairman Hoàng Minh Đức (on behalf of the People's Committee).", ["Hoàng Minh Đức"])
Q("english", "How many farmers should be trained in organic vegetable growing on sand each year in Sen Thuy?",
  [(ST, "Hội Nông dân xã phối hợp tổ chức tập huấn trồng rau hữu cơ trên cát cho ít nhất 300 lượt hội viên mỗi năm")],
  "At least 300 member-attendances a year, organised with the commune Farmers' Association.", ["300"])
Q("english", "What is the name of the scholarship given by the Sen Thuy Study Promotion Association?",
  [(ST, 'trao học bổng "Tiếp bước đến trường" cho học sinh nghèo vào dịp khai giảng')],
  "“Tiếp bước đến trường”, for poor pupils at the start of the school year.", ["Tiếp bước đến trường"])
Q("english", "When must villages and learning centres in Sen Thuy send their half-year and annual reports?",
  [(ST, "Các thôn, trung tâm học tập cộng đồng báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11")],
  "Half-year report before 10/6, annual report before 20/11, to the commune People's Committee.", ["10/6", "20/11"])

# ---------------- follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(LC, LC_HEAD), (LC, LC_30)], "Năm 2030: 45% trung tâm học tập cộng đồng xếp loại Tốt.", ["45%"],
  ["Lai Châu đặt tỷ lệ TTHTCĐ xếp loại Tốt năm 2028 bao nhiêu?", "Năm 2028: 38%."])
Q("follow_up", "Còn dòng họ học tập ở đó?",
  [(KS, KS_GD30)], "Năm 2030 Kim Sơn đặt 65% dòng họ đạt danh hiệu “Dòng họ học tập”.", ["65%"],
  ["Đến năm 2030 huyện Kim Sơn đặt chỉ tiêu gia đình học tập bao nhiêu?", "80% hộ gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Họ báo cáo kết quả trước ngày nào?",
  [(KS, "báo cáo kết quả trước ngày 20/11 hằng năm.")], "Hội Khuyến học huyện báo cáo kết quả trước ngày 20/11 hằng năm.", ["20/11"],
  ["Hội Khuyến học huyện Kim Sơn được đề nghị làm gì?", "Chủ trì đánh giá, công nhận Gia đình, Dòng họ, Cộng đồng học tập cấp thôn."])
Q("follow_up", "Khoản đó lấy từ ngân sách nào?",
  [(LC, LC_XMC)], "Từ ngân sách tỉnh: 1.500 triệu đồng mỗi năm.", ["ngân sách tỉnh", "1.500"],
  ["Lai Châu dành bao nhiêu tiền mỗi năm cho xóa mù chữ?", "1.500 triệu đồng mỗi năm."])
Q("follow_up", "Còn Sở Tài chính thì sao?",
  [(LC, "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm; hướng dẫn quản lý, sử dụng, thanh quyết toán kinh phí.")],
  "Sở Tài chính tham mưu bố trí kinh phí trong dự toán hằng năm; hướng dẫn quản lý, sử dụng, thanh quyết toán kinh phí.",
  ["dự toán", "thanh quyết toán"],
  ["Sở Nội vụ Lai Châu làm gì trong kế hoạch này?", "Chủ trì bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; đưa tiêu chí Đơn vị học tập vào thi đua."])
Q("follow_up", "Thế còn năm 2029?",
  [(KS, KS_FHEAD), (KS, KS_FT)], "Năm 2029 tổng cộng 1.880 triệu đồng.", ["1.880"],
  ["Năm 2025 huyện Kim Sơn bố trí tổng cộng bao nhiêu kinh phí?", "1.450 triệu đồng."])
Q("follow_up", "Trong đó ngân sách xã, thị trấn bao nhiêu?",
  [(KS, KS_FHEAD), (KS, KS_FX)], "Ngân sách xã, thị trấn năm 2027: 440 triệu đồng.", ["440"],
  ["Năm 2027 Kim Sơn dự kiến tổng kinh phí bao nhiêu?", "1.690 triệu đồng."])
Q("follow_up", "Còn Phòng Tư pháp?",
  [(KS, KS_TP)],
  "Phòng Tư pháp (cùng ô nhiệm vụ với Công an huyện): tuyên truyền, phổ biến pháp luật tại TTHTCĐ, xây dựng tủ sách pháp luật ở các xã ven biển; phối hợp tuyên truyền phòng, chống ma túy, lừa đảo qua mạng.",
  ["tủ sách pháp luật", "ma túy"],
  ["Phòng Nội vụ huyện Kim Sơn có nhiệm vụ gì?", "Đưa tiêu chí Đơn vị học tập vào thi đua, khen thưởng; hướng dẫn công nhận Đơn vị học tập cấp huyện trong quý IV hằng năm."])
Q("follow_up", "Còn ở xã Sen Thủy thì mục tiêu này thế nào?",
  [(ST, ST_HEAD), (ST, ST_GD)], "Sen Thủy đặt 85% hộ gia đình đạt “Gia đình học tập” vào năm 2030.", ["85%"],
  ["Chỉ tiêu gia đình học tập năm 2030 của Kim Sơn?", "80% hộ gia đình."])
Q("follow_up", "Vậy còn Lai Châu?",
  [(LC, "báo cáo Uỷ ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm.")],
  "Ở Lai Châu, Sở GD&ĐT tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 10/12 hằng năm.", ["10/12"],
  ["Phòng GD&ĐT Kim Sơn báo cáo tổng hợp trước ngày nào?", "Trước ngày 05/12 hằng năm."])
Q("follow_up", "Họ còn phải làm gì nữa?",
  [(ST, 'Trưởng các thôn vận động hộ gia đình đăng ký danh hiệu "Gia đình học tập" từ đầu năm, lập danh sách\ngửi Công chức Văn hóa - Xã hội trước ngày 31/3 hằng năm và quản lý tủ sách cộng đồng của thôn')],
  "Trưởng các thôn còn lập danh sách hộ đăng ký gửi Công chức Văn hóa - Xã hội trước ngày 31/3 hằng năm và quản lý tủ sách cộng đồng của thôn.",
  ["31/3", "tủ sách cộng đồng"],
  ["Ai vận động hộ gia đình đăng ký danh hiệu Gia đình học tập ở Sen Thủy?", "Trưởng các thôn vận động hộ gia đình đăng ký từ đầu năm."])
Q("follow_up", "Việc đó ai chủ trì?",
  [(ST, 'đề nghị Ủy ban\nMặt trận Tổ quốc Việt Nam xã chủ trì cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với học tập suốt đời')],
  "Ủy ban Mặt trận Tổ quốc Việt Nam xã được đề nghị chủ trì cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với học tập suốt đời.",
  ["Mặt trận Tổ quốc"],
  ["Sen Thủy gắn học tập suốt đời với cuộc vận động nào?", "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."])
Q("follow_up", "Còn Sở Nội vụ Lai Châu thì sao?",
  [(LC, 'Chủ trì bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; đưa tiêu chí "Đơn vị học tập" vào đánh giá thi đua hằng năm.')],
  "Sở Nội vụ Lai Châu chủ trì bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã và đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm.",
  ["tiếng dân tộc thiểu số", "Đơn vị học tập"],
  ["Sở Y tế Lai Châu được giao nhiệm vụ gì?", REFUSE])
Q("follow_up", "Thế Hội Khuyến học xã Sen Thủy?",
  [(ST, 'Hội Khuyến học xã chủ trì bình xét "Gia đình học tập",\n"Dòng họ học tập"')],
  "Hội Khuyến học xã chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”, lập quỹ khuyến học với các dòng họ và trao học bổng “Tiếp bước đến trường”.",
  ["Gia đình học tập", "Tiếp bước đến trường"],
  ["Hội Khuyến học huyện Lệ Thủy làm gì?", REFUSE])
Q("follow_up", "Còn chỉ tiêu năm 2028 của họ?",
  [(LC, LC_HEAD), (LC, LC_28)],
  "Lai Châu năm 2028: biết chữ mức độ 2 93%, Gia đình học tập 62%, Cộng đồng học tập 48%, TTHTCĐ Tốt 38%; ô kỹ năng số năm 2028 để trống.",
  ["93%", "62%", "48%", "38%"],
  ["Tỉnh Điện Biên đặt chỉ tiêu gì cho năm 2028?", REFUSE, "Thế còn kế hoạch của tỉnh Lai Châu đã nạp thì sao?", "Lai Châu có Bảng 1 với các năm 2026, 2028, 2030."])
Q("follow_up", "Còn người dân có kỹ năng số năm 2027?",
  [(ST, ST_HEAD), (ST, ST_KNS)],
  "Ô năm 2027 của chỉ tiêu kỹ năng số bị để trống; kế hoạch chỉ đặt 50% năm 2025 và 75% năm 2030.", ["50", "75"],
  ["Sen Thủy đặt tỷ lệ lao động qua đào tạo năm 2027 là bao nhiêu?", "65%."])
Q("follow_up", "Việc đó ở đâu?",
  [(KS, "Xây dựng mô hình “Làng nghề cói học tập” tại các xã Kim Chính, Quang Thiện, Lai Thành.")],
  "Tại các xã Kim Chính, Quang Thiện, Lai Thành.", ["Kim Chính", "Lai Thành"],
  ["Kim Sơn xây dựng mô hình học tập gì gắn với nghề cói?", "Mô hình “Làng nghề cói học tập”."])
Q("follow_up", "And for 2030?",
  [(LC, LC_TIENG)], "85% by 2030.", ["85"],
  ["What share of upland commune officials in Lai Chau should speak an ethnic minority language by 2027?", "75%."])
Q("follow_up", "And the communes' share?",
  [(KS, KS_FHEAD), (KS, KS_FX)], "The communes and township budget: 2,700 million VND over 2025-2030.", ["700"],
  ["How much does Kim Son's district budget contribute in total?", "5,850 million VND."])
Q("follow_up", "Who is responsible for that?",
  [(ST, "Mở lớp kỹ năng số cho người cao tuổi; lớp tiếng Anh giao tiếp cho người làm du lịch cộng đồng.")],
  "The commune community learning centre (trung tâm học tập cộng đồng) runs it, under Phần III Mục 2 of the Sen Thủy plan.", ["trung tâm học tập cộng đồng"],
  ["Does Sen Thuy offer English classes?", "Yes, a communicative English class for people working in community tourism."])

# ---------------- unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Ninh Bình đặt chỉ tiêu gì cho năm 2030?", REFUSE + " Chỉ có kế hoạch của huyện Kim Sơn, kế hoạch tỉnh (KH 96) chỉ được viện dẫn.")
U("Huyện Lệ Thủy giao Phòng GD&ĐT huyện làm gì?", REFUSE)
U("Tỉnh Quảng Bình đặt chỉ tiêu công dân học tập bao nhiêu?", REFUSE)
U("Huyện Tam Đường có kế hoạch xây dựng xã hội học tập riêng không, chỉ tiêu ra sao?", REFUSE)
U("Huyện Yên Khánh đặt tỷ lệ gia đình học tập năm 2025 bao nhiêu?", REFUSE)
U("Xã Ngư Thủy Nam tổ chức Tuần lễ học tập suốt đời khi nào?", REFUSE)
U("Tỷ lệ người dân có kỹ năng số cơ bản ở Lai Châu năm 2028 là bao nhiêu?", REFUSE + " Ô năm 2028 của chỉ tiêu này trong Bảng 1 để trống.")
U("Lai Châu đặt chỉ tiêu gia đình học tập năm 2027 bao nhiêu?", REFUSE + " Bảng 1 chỉ có các năm 2026, 2028, 2030.")
U("Kim Sơn đặt tỷ lệ dòng họ học tập năm 2027 là bao nhiêu?", REFUSE + " Kế hoạch chỉ đặt mốc 2025 và 2030.")
U("Sen Thủy đặt chỉ tiêu kỹ năng số năm 2027 bao nhiêu?", REFUSE + " Ô năm 2027 để trống.")
U("Hiện nay Lai Châu có bao nhiêu trung tâm học tập cộng đồng?", REFUSE)
U("Năm 2024 huyện Kim Sơn có bao nhiêu hộ đạt Gia đình học tập?", REFUSE)
U("Cơ quan nào không hoàn thành nhiệm vụ thì bị xử lý thế nào theo kế hoạch của Lai Châu?", REFUSE)
U("Thôn không đạt cộng đồng học tập ở Sen Thủy có bị phạt không?", REFUSE)
U("Kinh phí cho kho học liệu số Lai Châu học tập là bao nhiêu?", REFUSE + " Kế hoạch không tách riêng khoản này.")
U("Mô hình Làng nghề cói học tập ở Kim Sơn được cấp bao nhiêu tiền?", REFUSE)
U("Lớp tiếng Anh cho người làm du lịch ở Sen Thủy tốn bao nhiêu kinh phí?", REFUSE)
U("Sở Y tế tỉnh Lai Châu được giao nhiệm vụ gì?", REFUSE)
U("Công an tỉnh Lai Châu có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Phòng Y tế huyện Kim Sơn làm gì trong kế hoạch xã hội học tập?", REFUSE)
U("Huyện đoàn Lệ Thủy được đề nghị làm gì?", REFUSE)
U("Ai ký Kế hoạch số 96/KH-UBND của UBND tỉnh Ninh Bình?", REFUSE + " Văn bản này chỉ được viện dẫn, không được nạp.")
U("Kế hoạch 158/KH-UBND của huyện Lệ Thủy do ai ký, đặt chỉ tiêu gì?", REFUSE)
U("What is Ninh Binh province's 2030 target for learning families?", REFUSE_EN)
U("How many people in Lai Chau currently have basic digital skills?", REFUSE_EN)
U("Which body handles health insurance education in the Kim Son plan?", REFUSE_EN)
U("Còn xã Hồng Thủy thì sao?", REFUSE,
  ["Xã Sen Thủy đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", "72%."])
U("Thế năm 2029 thì sao?", REFUSE + " Bảng 1 có các năm 2026, 2028, 2030.",
  ["Tỷ lệ bản đạt Cộng đồng học tập năm 2028 của Lai Châu là bao nhiêu?", "48%."])
U("And what about Dien Bien province?", REFUSE_EN,
  ["What is Lai Chau's 2030 target for well-rated community learning centres?", "45%."])
U("Còn Phòng Y tế thì sao?", REFUSE,
  ["Phòng Nông nghiệp và PTNT Kim Sơn làm gì?", "Phối hợp tổ chức chuyên đề nuôi ngao, nuôi tôm, trồng cói theo hướng hữu cơ."])

for i, q in enumerate(QS, 1):
    q["id"] = f"a14-{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
