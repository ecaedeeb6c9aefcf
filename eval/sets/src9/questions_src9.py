"""Write eval/sets/newplans9.jsonl (ids v001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src9/questions_src9.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans9.jsonl")

HY = "hungyen_187-KH-UBND_2024.docx"
CG = "chogao_64-KH-UBND_2025.pdf"
NP = "nghiphong_38-KH-UBND_2025.md"
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

# ---------------- agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Hưng Yên, Sở Nội vụ có nhiệm vụ gì?",
  [(HY, "Sở Nội vụ: chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; tham mưu đưa tiêu chí xây dựng xã hội học tập vào đánh giá thi đua của các cơ quan, đơn vị, địa phương.")],
  "Sở Nội vụ chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã (hoàn thành năm 2028, phối hợp Sở Thông tin và Truyền thông) và tham mưu đưa tiêu chí xây dựng xã hội học tập vào đánh giá thi đua.",
  ["kỹ năng số", "cán bộ, công chức cấp xã", "thi đua"])
Q("agency_tasks", "Sở Văn hóa, Thể thao và Du lịch Hưng Yên được giao những việc gì?",
  [(HY, "Sở Văn hóa, Thể thao và Du lịch: chủ trì xây dựng mô hình “Bảo tàng – trường học”; chỉ đạo Thư viện tỉnh phát triển thư viện số, luân chuyển sách về cơ sở; hướng dẫn các thiết chế văn hóa cơ sở tổ chức hoạt động học tập, phát triển văn hóa đọc.")],
  "Chủ trì xây dựng mô hình “Bảo tàng – trường học” (tại Bảo tàng tỉnh và Khu di tích Phố Hiến, năm 2027); chỉ đạo Thư viện tỉnh phát triển thư viện số, luân chuyển sách về cơ sở; hướng dẫn thiết chế văn hóa cơ sở tổ chức học tập, phát triển văn hóa đọc.",
  ["Bảo tàng – trường học", "thư viện số", "văn hóa đọc"])
Q("agency_tasks", "Trong kế hoạch của Hưng Yên, Tỉnh đoàn tham gia những nhiệm vụ nào?",
  [(HY, "Xây dựng, vận hành nền tảng học tập trực tuyến “Hưng Yên học tập số” Sở Thông tin và Truyền thông Sở Giáo dục và Đào tạo; Tỉnh đoàn"),
   (HY, "Xây dựng mô hình “Bảo tàng – trường học” tại Bảo tàng tỉnh và Khu di tích Phố Hiến Sở Văn hóa, Thể thao và Du lịch Sở Giáo dục và Đào tạo; Tỉnh đoàn"),
   (HY, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời Sở Giáo dục và Đào tạo Hội Khuyến học tỉnh; Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn")],
  "Tỉnh đoàn không chủ trì nhiệm vụ nào; chỉ là cơ quan phối hợp trong: xây dựng, vận hành nền tảng “Hưng Yên học tập số”; mô hình “Bảo tàng – trường học”; Tuần lễ hưởng ứng học tập suốt đời; và xây dựng “Góc học tập công nhân”.",
  ["phối hợp", "Hưng Yên học tập số", "Bảo tàng – trường học", "Tuần lễ"])
Q("agency_tasks", "Ban Quản lý các khu công nghiệp tỉnh Hưng Yên có trách nhiệm gì?",
  [(HY, "Ban Quản lý các khu công nghiệp tỉnh: vận động các doanh nghiệp trong khu công nghiệp tạo điều kiện cho người lao động học tập; phối hợp xây dựng “Góc học tập công nhân” tại các khu nhà ở công nhân."),
   (HY, "Xây dựng “Góc học tập công nhân” tại các khu nhà ở công nhân Ban Quản lý các khu công nghiệp tỉnh Liên đoàn Lao động tỉnh; Tỉnh đoàn Năm 2026")],
  "Vận động doanh nghiệp trong khu công nghiệp tạo điều kiện cho người lao động học tập; chủ trì xây dựng “Góc học tập công nhân” tại các khu nhà ở công nhân (năm 2026); phối hợp với Sở LĐ-TB&XH bồi dưỡng kỹ năng nghề cho công nhân.",
  ["doanh nghiệp", "Góc học tập công nhân"])
Q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội huyện Chợ Gạo làm gì trong kế hoạch xã hội học tập?",
  [(CG, "3. Phòng Lao động - Thương binh và Xã hội: chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn; phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở lớp tại các xã.")],
  "Chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn (ít nhất 1.200 lao động/năm theo Phụ lục), phối hợp với Trung tâm GDNN-GDTX huyện mở lớp tại các xã.",
  ["đào tạo nghề ngắn hạn", "lao động nông thôn"])
Q("agency_tasks", "Huyện đoàn Chợ Gạo được phân công những việc gì?",
  [(CG, "Hội Khuyến học huyện; Huyện đoàn; Phòng Văn hóa và Thông tin"),
   (CG, "Phòng Nông nghiệp và Phát triển nông thôn; Huyện đoàn"),
   (CG, "Huyện đoàn; Phòng Văn hóa và Thông tin Quý IV/2025")],
  "Theo Phụ lục, Huyện đoàn chỉ là đơn vị phối hợp: Tuần lễ hưởng ứng học tập suốt đời (chủ trì Phòng GD&ĐT), hướng dẫn hợp tác xã ứng dụng thương mại điện tử (chủ trì Phòng Kinh tế và Hạ tầng) và thành lập tổ công nghệ số cộng đồng ở các ấp (chủ trì UBND các xã, thị trấn).",
  ["phối hợp", "Tuần lễ", "thương mại điện tử", "tổ công nghệ số"])
Q("agency_tasks", "Theo phụ lục kế hoạch huyện Chợ Gạo, ai chủ trì biên soạn tài liệu chuyên đề trồng thanh long VietGAP và ai phối hợp?",
  [(CG, "Biên soạn tài liệu chuyên đề kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP và phòng chống xâm nhập mặn Phòng Nông nghiệp và Phát triển nông thôn Trạm Khuyến nông; Hội Nông dân huyện Quý III/2025")],
  "Phòng Nông nghiệp và Phát triển nông thôn chủ trì; Trạm Khuyến nông và Hội Nông dân huyện phối hợp; hoàn thành quý III/2025 (sản phẩm: bộ tài liệu chuyên đề).",
  ["Phòng Nông nghiệp", "Trạm Khuyến nông", "Hội Nông dân"])
Q("agency_tasks", "Phòng Nội vụ huyện Chợ Gạo phụ trách việc gì?",
  [(CG, "Công nhận danh hiệu “Đơn vị học tập” cho cơ quan, đơn vị cấp huyện Phòng Nội vụ Hội Khuyến học huyện; Liên đoàn Lao động huyện Tháng 12 hằng năm")],
  "Chủ trì công nhận danh hiệu “Đơn vị học tập” cho cơ quan, đơn vị cấp huyện, phối hợp Hội Khuyến học huyện và Liên đoàn Lao động huyện, vào tháng 12 hằng năm.",
  ["Đơn vị học tập", "tháng 12"])
Q("agency_tasks", "Công chức Văn hóa - Xã hội xã Nghi Phong có nhiệm vụ gì?",
  [(NP, "- Công chức Văn hóa - Xã hội: là đầu mối tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn các xóm xây dựng mô hình học tập; tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 15/11 hằng năm.")],
  "Là đầu mối tham mưu UBND xã triển khai Kế hoạch; hướng dẫn các xóm xây dựng mô hình học tập; tổng hợp kết quả, báo cáo UBND xã trước ngày 15/11 hằng năm; ngoài ra chủ trì kiện toàn Ban Giám đốc TTHTCĐ (quý I/2025), đánh giá \"Cộng đồng học tập\" cấp thôn và sơ kết, tổng kết.",
  ["đầu mối", "15/11"])
Q("agency_tasks", "Ở xã Nghi Phong, Công an xã được giao chủ trì việc gì?",
  [(NP, "<td>Lớp \"Bình dân học vụ số\" cho người cao tuổi và ngư dân</td>"), (NP, "<td>Công an xã</td>")],
  "Công an xã chủ trì lớp \"Bình dân học vụ số\" cho người cao tuổi và ngư dân, phối hợp với Đoàn Thanh niên xã và Tổ công nghệ số cộng đồng, thời gian quý II/2025.",
  ["Bình dân học vụ số", "Quý II/2025"])
Q("agency_tasks", "Trưởng các xóm ở Nghi Phong phải làm gì?",
  [(NP, "- Trưởng các xóm: phổ biến Kế hoạch đến từng hộ; quản lý tủ sách cộng đồng; đề xuất gia đình, dòng họ tiêu biểu để bình xét.")],
  "Phổ biến Kế hoạch đến từng hộ; quản lý tủ sách cộng đồng; đề xuất gia đình, dòng họ tiêu biểu để bình xét; phối hợp đánh giá \"Cộng đồng học tập\" cấp thôn.",
  ["từng hộ", "tủ sách cộng đồng"])
Q("agency_tasks", "Đồn Biên phòng Nghi Phong tham gia kế hoạch học tập của xã thế nào?",
  [(NP, "- Phối hợp với Đồn Biên phòng Nghi Phong tuyên truyền cho ngư dân về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)."),
   (NP, "<td>Đồn Biên phòng Nghi Phong;<br>Hội Nghề cá xã</td>")],
  "Đồn Biên phòng Nghi Phong phối hợp tuyên truyền cho ngư dân về chống khai thác IUU và phối hợp (cùng Hội Nghề cá xã) tập huấn an toàn lao động trên biển cho ngư dân do TTHTCĐ xã chủ trì.",
  ["IUU", "an toàn lao động trên biển"])

# ---------------- target (12)
Q("target", "Hưng Yên đặt chỉ tiêu tỷ lệ người trong độ tuổi lao động có kỹ năng số cơ bản bao nhiêu?",
  [(HY, "Tỷ lệ người trong độ tuổi lao động có kỹ năng số cơ bản % 50 65 80")],
  "50% năm 2026, 65% năm 2028 và 80% năm 2030.", ["50", "65", "80"])
Q("target", "Năm 2028, tỉnh Hưng Yên đặt mục tiêu bao nhiêu phần trăm xã có thư viện hoặc phòng đọc đạt chuẩn?",
  [(HY, "Tỷ lệ xã, phường, thị trấn có thư viện hoặc phòng đọc đạt chuẩn % - 70 90")],
  "70% xã, phường, thị trấn năm 2028 (90% năm 2030; năm 2026 không đặt chỉ tiêu).", ["70%"])
Q("target", "Chỉ tiêu trung tâm học tập cộng đồng xếp loại Tốt của Hưng Yên qua các năm?",
  [(HY, "Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt (*) % 50 60 70"),
   (HY, "(*) xếp loại theo Thông tư số 22/2020/TT-BGDĐT")],
  "50% năm 2026, 60% năm 2028, 70% năm 2030, xếp loại theo Thông tư 22/2020/TT-BGDĐT.", ["50", "60", "70"])
Q("target", "Đến năm 2030 Hưng Yên muốn bao nhiêu cơ quan, đơn vị cấp tỉnh đạt danh hiệu Đơn vị học tập?",
  [(HY, "Về đơn vị học tập: đến năm 2030, 80% cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập”")],
  "80% cơ quan, đơn vị cấp tỉnh vào năm 2030.", ["80%"])
Q("target", "Tỷ lệ dòng họ đạt danh hiệu Dòng họ học tập ở Hưng Yên năm 2026 và 2030?",
  [(HY, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” % 55 - 65")],
  "55% năm 2026 và 65% năm 2030 (năm 2028 không đặt chỉ tiêu, ô ghi “-”).", ["55", "65"])
Q("target", "Huyện Chợ Gạo phấn đấu bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?",
  [(CG, "b. Về các mô hình học tập: đến năm 2027 có 72% hộ gia đình đạt danh hiệu “Gia đình học tập”, đến năm 2030 đạt 80%")],
  "72% vào năm 2027 và 80% vào năm 2030.", ["72%", "80%"])
Q("target", "Mỗi trung tâm học tập cộng đồng ở Chợ Gạo phải tổ chức bao nhiêu chuyên đề một năm?",
  [(CG, "mỗi trung tâm tổ chức ít nhất 08 chuyên đề/năm, trong đó có chuyên đề kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP.")],
  "Ít nhất 08 chuyên đề/năm, trong đó có chuyên đề kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP.", ["08", "thanh long"])
Q("target", "Chợ Gạo đặt mục tiêu bao nhiêu xã, thị trấn đạt phổ cập giáo dục trung học cơ sở mức độ 3 năm 2030?",
  [(CG, "đến năm 2030 có ít nhất 12/19 xã, thị trấn đạt mức độ 3.")],
  "Ít nhất 12/19 xã, thị trấn đạt mức độ 3 vào năm 2030 (năm 2027: 100% đạt mức độ 2).", ["12/19"])
Q("target", "Xã Nghi Phong đặt chỉ tiêu số xóm đạt danh hiệu Cộng đồng học tập thế nào?",
  [(NP, "<td>Số xóm đạt danh hiệu<br>\"Cộng đồng học tập\"[^1]</td>"), (NP, "<td>8/14</td>"), (NP, "<td>14/14</td>")],
  "8/14 xóm năm 2025, 10/14 năm 2027 và 14/14 năm 2030 (xã có 14 xóm).", ["8/14", "10/14", "14/14"])
Q("target", "Năm 2027, Trung tâm học tập cộng đồng xã Nghi Phong phải đạt xếp loại gì?",
  [(NP, "<td>Xếp loại Trung tâm học tập cộng đồng<br>(theo Thông tư 22/2020/TT-BGDĐT)</td>")],
  "Xếp loại Tốt năm 2027 (Khá năm 2025, Tốt năm 2030), theo Thông tư 22/2020/TT-BGDĐT.", ["Tốt"])
Q("target", "Bao nhiêu lượt người phải tham gia học tập tại TTHTCĐ Nghi Phong mỗi năm đến 2030?",
  [(NP, "<td>Số lượt người tham gia học tập tại Trung tâm học tập cộng đồng</td>"), (NP, "<td>5.000</td>")],
  "3.500 lượt/năm năm 2025, 4.000 năm 2027 và 5.000 lượt/năm năm 2030.", ["3.500", "4.000", "5.000"])
Q("target", "Số ngư dân Nghi Phong được tập huấn an toàn lao động trên biển mỗi năm là bao nhiêu?",
  [(NP, "<td>Số ngư dân được tập huấn an toàn lao động trên biển</td>"), (NP, "<td>250</td>")],
  "150 người/năm (2025), 200 (2027) và 250 người/năm (2030).", ["150", "200", "250"])

# ---------------- deadline (8)
Q("deadline", "Nền tảng Hưng Yên học tập số phải hoàn thành khi nào?",
  [(HY, "Xây dựng, vận hành nền tảng học tập trực tuyến “Hưng Yên học tập số” Sở Thông tin và Truyền thông Sở Giáo dục và Đào tạo; Tỉnh đoàn Quý II/2026")],
  "Quý II/2026, do Sở Thông tin và Truyền thông chủ trì.", ["Quý II/2026"])
Q("deadline", "Ủy ban nhân dân các huyện ở Hưng Yên phải báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày nào?",
  [(HY, "- Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện Kế hoạch về Sở Giáo dục và Đào tạo trước ngày 25/11 hằng năm.")],
  "Trước ngày 25/11 hằng năm.", ["25/11"])
Q("deadline", "Khi nào Hưng Yên sơ kết giữa kỳ và tổng kết kế hoạch?",
  [(HY, "tham mưu sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030.")],
  "Sơ kết giữa kỳ quý IV/2027, tổng kết quý IV/2030.", ["IV/2027", "IV/2030"])
Q("deadline", "Phòng Giáo dục và Đào tạo Chợ Gạo phải báo cáo Ủy ban nhân dân tỉnh trước ngày nào?",
  [(CG, "báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo) trước ngày 10/12 hằng")],
  "Trước ngày 10/12 hằng năm (tham mưu UBND huyện báo cáo UBND tỉnh qua Sở GD&ĐT).", ["10/12"])
Q("deadline", "Các xã, thị trấn ở Chợ Gạo phải xây dựng kế hoạch của địa phương trước ngày nào?",
  [(CG, "7. Ủy ban nhân dân các xã, thị trấn: xây dựng kế hoạch của địa phương trước ngày 30/4/2025")],
  "Trước ngày 30/4/2025.", ["30/4/2025"])
Q("deadline", "Lớp xóa mù chữ cho người tái mù ở các ấp ven sông Tiền của Chợ Gạo tổ chức khi nào?",
  [(CG, "Tổ chức lớp xóa mù chữ cho người tái mù tại các ấp ven sông Tiền")],
  "Năm 2026, do Phòng Giáo dục và Đào tạo chủ trì.", ["2026"])
Q("deadline", "Trung tâm học tập cộng đồng xã Nghi Phong phải tự đánh giá trước ngày nào?",
  [(NP, "tự đánh giá theo Thông tư số 22/2020/TT-BGDĐT trước ngày 30/10 hằng năm.")],
  "Trước ngày 30/10 hằng năm, theo Thông tư 22/2020/TT-BGDĐT.", ["30/10"])
Q("deadline", "Tập huấn an toàn lao động trên biển cho ngư dân Nghi Phong diễn ra vào thời gian nào?",
  [(NP, "<td>Tập huấn an toàn lao động trên biển cho ngư dân</td>"), (NP, "<td>Tháng 12 - tháng 02 hằng năm</td>")],
  "Tháng 12 - tháng 02 hằng năm (mùa nghỉ biển), do TTHTCĐ xã chủ trì.", ["tháng 12", "tháng 02"])

# ---------------- funding (8)
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập Hưng Yên là bao nhiêu, chia theo nguồn thế nào?",
  [(HY, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến là 86,5 tỷ đồng, trong đó: ngân sách tỉnh 42 tỷ đồng; ngân sách cấp huyện, cấp xã 31,5 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 13 tỷ đồng.")],
  "86,5 tỷ đồng: ngân sách tỉnh 42 tỷ, ngân sách cấp huyện, cấp xã 31,5 tỷ, xã hội hóa và nguồn hợp pháp khác 13 tỷ đồng.",
  ["86,5", "42", "31,5", "13"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Hưng Yên được hỗ trợ bao nhiêu tiền mỗi năm?",
  [(HY, "Ngân sách cấp huyện hỗ trợ mỗi trung tâm học tập cộng đồng 20 triệu đồng/năm để tổ chức các chuyên đề.")],
  "20 triệu đồng/năm từ ngân sách cấp huyện.", ["20 triệu"])
Q("funding", "Năm 2027 huyện Chợ Gạo dự kiến chi bao nhiêu cho kế hoạch xã hội học tập?",
  [(CG, "2027 720 420 260 1.400")],
  "1.400 triệu đồng: ngân sách huyện 720, ngân sách xã 420, xã hội hóa 260 triệu đồng.", ["1.400"])
Q("funding", "Tổng nguồn xã hội hóa cả giai đoạn trong kế hoạch huyện Chợ Gạo là bao nhiêu?",
  [(CG, "Tổng cộng 4.400 2.550 1.600 8.550")],
  "1.600 triệu đồng (trên tổng 8.550 triệu đồng).", ["1.600"])
Q("funding", "Ngân sách huyện Chợ Gạo chi bao nhiêu năm 2030 và cả giai đoạn?",
  [(CG, "2030 800 470 310 1.580"), (CG, "Tổng cộng 4.400 2.550 1.600 8.550")],
  "800 triệu đồng năm 2030; 4.400 triệu đồng cả giai đoạn 2025 - 2030.", ["800", "4.400"])
Q("funding", "Chợ Gạo hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu mỗi năm?",
  [(CG, "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 12 triệu đồng/năm để")],
  "12 triệu đồng/năm từ ngân sách huyện.", ["12 triệu"])
Q("funding", "Xã Nghi Phong bố trí bao nhiêu ngân sách cho Trung tâm học tập cộng đồng?",
  [(NP, "- Ngân sách xã bố trí 60 triệu đồng/năm cho hoạt động của Trung tâm học tập cộng đồng và khen thưởng các danh hiệu học tập.")],
  "60 triệu đồng/năm từ ngân sách xã (cho hoạt động TTHTCĐ và khen thưởng danh hiệu học tập).", ["60 triệu"])
Q("funding", "Hội Khuyến học xã Nghi Phong phải vận động bao nhiêu cho Quỹ khuyến học?",
  [(NP, "- Hội Khuyến học xã vận động xã hội hóa cho Quỹ khuyến học ít nhất 150 triệu đồng/năm.")],
  "Ít nhất 150 triệu đồng/năm.", ["150 triệu"])

# ---------------- legal_basis (4)
Q("legal_basis", "Kế hoạch của Hưng Yên căn cứ vào những văn bản nào?",
  [(HY, "Căn cứ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư"),
   (HY, "Căn cứ Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2018 của Thủ tướng Chính phủ"),
   (HY, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (HY, "Căn cứ Nghị quyết số 52-NQ/TU ngày 18 tháng 7 năm 2024 của Ban Thường vụ Tỉnh ủy Hưng Yên")],
  "Luật Giáo dục 2019; Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Chỉ thị 14/CT-TTg ngày 25/5/2018; Quyết định 1373/QĐ-TTg ngày 30/7/2021; Thông tư 22/2020/TT-BGDĐT; Nghị quyết 52-NQ/TU ngày 18/7/2024 của Ban Thường vụ Tỉnh ủy.",
  ["49-KL/TW", "14/CT-TTg", "1373/QĐ-TTg", "52-NQ/TU"])
Q("legal_basis", "Kế hoạch huyện Chợ Gạo thực hiện theo kế hoạch nào của tỉnh Tiền Giang?",
  [(CG, "Căn cứ Kế hoạch số 412/KH-UBND ngày 22 tháng 11 năm 2024 của Ủy ban nhân")],
  "Kế hoạch số 412/KH-UBND ngày 22/11/2024 của UBND tỉnh Tiền Giang về xây dựng xã hội học tập giai đoạn 2025 - 2030 (cùng Quyết định 1373/QĐ-TTg và Nghị quyết 18/NQ-HĐND của HĐND huyện).",
  ["412/KH-UBND", "Tiền Giang"])
Q("legal_basis", "Xã Nghi Phong ban hành kế hoạch dựa trên những căn cứ nào?",
  [(NP, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021"), (NP, "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020"),
   (NP, "Căn cứ Kế hoạch số 296/KH-UBND ngày 05/12/2024 của Ủy ban nhân dân huyện Nghi Lộc")],
  "Quyết định 1373/QĐ-TTg ngày 30/7/2021; Thông tư 22/2020/TT-BGDĐT ngày 06/8/2020; Kế hoạch 296/KH-UBND ngày 05/12/2024 của UBND huyện Nghi Lộc; Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII.",
  ["1373", "22/2020", "296/KH-UBND"])
Q("legal_basis", "Thông tư nào được Hưng Yên dùng để xếp loại trung tâm học tập cộng đồng?",
  [(HY, "đánh giá, xếp loại trung tâm học tập cộng đồng theo Thông tư số 22/2020/TT-BGDĐT.")],
  "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ GD&ĐT về đánh giá, xếp loại “Cộng đồng học tập” cấp xã.", ["22/2020/TT-BGDĐT"])

# ---------------- purpose (3)
Q("purpose", "Mục đích của kế hoạch xã hội học tập tỉnh Hưng Yên là gì?",
  [(HY, "Phát huy vai trò của các thiết chế văn hóa, thư viện, bảo tàng, di tích lịch sử, đặc biệt là Khu di tích quốc gia đặc biệt Phố Hiến"),
   (HY, "góp phần nâng cao chất lượng nguồn nhân lực phục vụ công nghiệp hóa và phát triển các khu công nghiệp của tỉnh.")],
  "Cụ thể hóa Đề án xây dựng xã hội học tập phù hợp với Hưng Yên; bảo đảm người dân được tiếp cận bình đẳng các hình thức học tập, nâng cao chất lượng nguồn nhân lực cho công nghiệp hóa và các khu công nghiệp; phát huy vai trò thiết chế văn hóa, bảo tàng, di tích, đặc biệt Khu di tích Phố Hiến.",
  ["nguồn nhân lực", "Phố Hiến"])
Q("purpose", "Kế hoạch của huyện Chợ Gạo nhằm mục đích gì?",
  [(CG, "Gắn xây dựng xã hội học tập với chương trình xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu và phát triển vùng chuyên canh thanh long của huyện.")],
  "Triển khai Đề án xây dựng xã hội học tập, tạo cơ hội cho mọi người dân học tập suốt đời; gắn với xây dựng nông thôn mới nâng cao, kiểu mẫu và phát triển vùng chuyên canh thanh long.",
  ["nông thôn mới", "thanh long"])
Q("purpose", "Xã Nghi Phong đặt ra những yêu cầu gì cho kế hoạch?",
  [(NP, "- Các nhiệm vụ phải cụ thể, phù hợp với điều kiện của một xã ven biển; bảo đảm tính khả thi và lồng ghép với các chương trình phát triển kinh tế - xã hội của xã.")],
  "Nhiệm vụ cụ thể, phù hợp với một xã ven biển, khả thi, lồng ghép với các chương trình kinh tế - xã hội; phân công rõ trách nhiệm cho từng công chức, đơn vị, đoàn thể và các xóm.",
  ["ven biển", "khả thi"])

# ---------------- task_section (5)
Q("task_section", "Hưng Yên có những giải pháp gì về kỹ năng số và học tập trực tuyến?",
  [(HY, "- Xây dựng và vận hành nền tảng học tập trực tuyến “Hưng Yên học tập số”, tích hợp kho học liệu số dùng chung"),
   (HY, "- Tổ chức bồi dưỡng kỹ năng số cơ bản cho người dân thông qua tổ công nghệ số cộng đồng tại các thôn, tổ dân phố")],
  "Xây dựng nền tảng “Hưng Yên học tập số” (kho học liệu số, khóa học trực tuyến mở); bồi dưỡng kỹ năng số cơ bản cho người dân qua tổ công nghệ số cộng đồng, ưu tiên người cao tuổi, phụ nữ, lao động tự do; bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức cấp xã.",
  ["Hưng Yên học tập số", "tổ công nghệ số cộng đồng"])
Q("task_section", "Kế hoạch Hưng Yên làm gì để nâng cao kỹ năng nghề cho công nhân khu công nghiệp?",
  [(HY, "hằng năm bồi dưỡng cho ít nhất 15.000 lượt công nhân."),
   (HY, "- Xây dựng “Góc học tập công nhân” tại các khu nhà ở công nhân")],
  "Phối hợp doanh nghiệp mở lớp kỹ năng nghề, ngoại ngữ, an toàn lao động, ít nhất 15.000 lượt công nhân/năm; xây dựng “Góc học tập công nhân” tại khu nhà ở công nhân; khuyến khích doanh nghiệp dành thời gian, kinh phí cho người lao động học tập.",
  ["15.000", "Góc học tập công nhân"])
Q("task_section", "Các chuyên đề của trung tâm học tập cộng đồng ở Chợ Gạo tập trung vào nội dung gì?",
  [(CG, "- Các chuyên đề tập trung vào kỹ thuật canh tác thanh long, chuyển đổi số trong")],
  "Kỹ thuật canh tác thanh long, chuyển đổi số trong nông nghiệp, phòng chống xâm nhập mặn, pháp luật và kỹ năng sống; kèm lớp xóa mù chữ cho người tái mù ở các ấp ven sông Tiền.",
  ["thanh long", "xâm nhập mặn"])
Q("task_section", "Trung tâm học tập cộng đồng xã Nghi Phong tổ chức những chuyên đề gì?",
  [(NP, "- Trung tâm học tập cộng đồng xã tổ chức ít nhất 10 chuyên đề/năm về nuôi trồng, khai thác hải sản bền vững, chế biến nước mắm truyền thống, an toàn cho tàu cá và ngư dân trên biển, phòng chống thiên tai, pháp luật, chăm sóc sức khỏe.")],
  "Ít nhất 10 chuyên đề/năm về nuôi trồng, khai thác hải sản bền vững, chế biến nước mắm truyền thống, an toàn tàu cá và ngư dân trên biển, phòng chống thiên tai, pháp luật, chăm sóc sức khỏe.",
  ["10 chuyên đề", "nước mắm"])
Q("task_section", "Nghi Phong có những giải pháp gì về kỹ năng số cho người dân?",
  [(NP, "- Tổ công nghệ số cộng đồng ở 14 xóm hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
   (NP, "- Tổ chức lớp \"Bình dân học vụ số\" cho người cao tuổi và ngư dân vào các tháng nghỉ biển.")],
  "Tổ công nghệ số cộng đồng ở 14 xóm hướng dẫn dùng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt; lớp \"Bình dân học vụ số\" cho người cao tuổi và ngư dân vào các tháng nghỉ biển.",
  ["VNeID", "Bình dân học vụ số"])

# ---------------- cross_plan (6)
Q("cross_plan", "So sánh mức hỗ trợ mỗi trung tâm học tập cộng đồng mỗi năm giữa Hưng Yên và huyện Chợ Gạo.",
  [(HY, "Ngân sách cấp huyện hỗ trợ mỗi trung tâm học tập cộng đồng 20 triệu đồng/năm để tổ chức các chuyên đề."),
   (CG, "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 12 triệu đồng/năm để")],
  "Hưng Yên: 20 triệu đồng/năm (ngân sách cấp huyện); Chợ Gạo: 12 triệu đồng/năm (ngân sách huyện).", ["20 triệu", "12 triệu"])
Q("cross_plan", "Hưng Yên, Chợ Gạo và Nghi Phong tổ chức Tuần lễ học tập suốt đời vào tháng nào?",
  [(HY, "- Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm"),
   (CG, "- Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm"),
   (NP, "- Hưởng ứng \"Tuần lễ học tập suốt đời\" vào tháng 10")],
  "Cả ba đều vào tháng 10 hằng năm.", ["tháng 10"])
Q("cross_plan", "Kế hoạch của Hưng Yên và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(HY, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"),
   (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.", ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của Hưng Yên và ai ký kế hoạch của thành phố Huế?",
  [(HY, "Đào Minh Khuê"), (HUE, "Nguyễn Thanh Bình")],
  "Hưng Yên: Đào Minh Khuê (KT. Chủ tịch, Phó Chủ tịch UBND tỉnh); Huế: Nguyễn Thanh Bình (KT. Chủ tịch, Phó Chủ tịch UBND thành phố).",
  ["Đào Minh Khuê", "Nguyễn Thanh Bình"])
Q("cross_plan", "Chỉ tiêu hộ gia đình đạt Gia đình học tập năm 2030 của Chợ Gạo và Nghi Phong có giống nhau không?",
  [(CG, "đến năm 2030 đạt 80%"), (NP, "<td>Tỷ lệ hộ gia đình đạt danh hiệu<br>\"Gia đình học tập\"</td>")],
  "Giống nhau: cả Chợ Gạo và Nghi Phong đều đặt 80% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2030 (Chợ Gạo 72% năm 2027, Nghi Phong 75% năm 2027).", ["80%"])
Q("cross_plan", "Hà Nội đặt bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập, còn xã Nghi Phong năm 2030 là bao nhiêu?",
  [(HN, "50% công dân đạt danh hiệu công dân học tập"), (NP, "<td>Tỷ lệ người dân đạt danh hiệu \"Công dân học tập\"</td>")],
  "Hà Nội: 50% công dân đạt danh hiệu công dân học tập; Nghi Phong: 60% năm 2030 (40% năm 2025, 50% năm 2027).", ["50%", "60%"])

# ---------------- no_diacritics (6)
Q("no_diacritics", "so thong tin va truyen thong hung yen lam gi trong ke hoach xay dung xa hoi hoc tap",
  [(HY, "Sở Thông tin và Truyền thông: chủ trì xây dựng, vận hành nền tảng “Hưng Yên học tập số”; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về xây dựng xã hội học tập; bảo đảm an toàn thông tin cho nền tảng.")],
  "Chủ trì xây dựng, vận hành nền tảng “Hưng Yên học tập số” (quý II/2026); hướng dẫn báo chí, thông tin cơ sở tuyên truyền; bảo đảm an toàn thông tin cho nền tảng; phối hợp bồi dưỡng kỹ năng số cho cán bộ cấp xã.",
  ["Hưng Yên học tập số", "an toàn thông tin"])
Q("no_diacritics", "ty le lao dong qua dao tao co bang cap chung chi o hung yen nam 2030",
  [(HY, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ % 35 - 45")],
  "45% năm 2030 (35% năm 2026; năm 2028 không đặt chỉ tiêu).", ["45%"])
Q("no_diacritics", "kinh phi nam 2025 cua huyen cho gao la bao nhieu",
  [(CG, "2025 650 380 220 1.250")],
  "1.250 triệu đồng năm 2025: ngân sách huyện 650, ngân sách xã 380, xã hội hóa 220 triệu đồng.", ["1.250"])
Q("no_diacritics", "hoi khuyen hoc huyen cho gao van dong quy khuyen hoc bao nhieu moi nam",
  [(CG, "Hội Khuyến học huyện vận động ít nhất 300 triệu đồng/năm cho Quỹ")],
  "Ít nhất 300 triệu đồng/năm cho Quỹ khuyến học huyện.", ["300 triệu"])
Q("no_diacritics", "xa nghi phong co bao nhieu tu sach cong dong",
  [(NP, "- Duy trì 14 tủ sách cộng đồng tại nhà văn hóa các xóm; luân chuyển sách giữa các xóm 02 lần/năm.")],
  "Duy trì 14 tủ sách cộng đồng tại nhà văn hóa các xóm, luân chuyển sách 02 lần/năm.", ["14"])
Q("no_diacritics", "hoi khuyen hoc xa nghi phong co nhiem vu gi",
  [(NP, "- Đề nghị Hội Khuyến học xã: chủ trì bình xét các danh hiệu học tập; vận động Quỹ khuyến học; trao học bổng \"Tiếp sức ngư dân\" cho con em ngư dân có hoàn cảnh khó khăn.")],
  "Chủ trì bình xét các danh hiệu học tập (Gia đình, Dòng họ học tập — tháng 11 hằng năm); vận động Quỹ khuyến học (ít nhất 150 triệu đồng/năm); trao học bổng \"Tiếp sức ngư dân\" cho con em ngư dân khó khăn.",
  ["bình xét", "Tiếp sức ngư dân"])

# ---------------- abbreviation (6)
Q("abbreviation", "Sở GD&ĐT Hưng Yên tổng hợp báo cáo UBND tỉnh và Bộ trước ngày nào?",
  [(HY, "- Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm")],
  "Trước ngày 15/12 hằng năm.", ["15/12"])
Q("abbreviation", "Sở LĐ-TB&XH Hưng Yên chủ trì nhiệm vụ gì và hoàn thành khi nào?",
  [(HY, "Tổ chức bồi dưỡng kỹ năng nghề cho công nhân các khu công nghiệp Sở Lao động - Thương binh và Xã hội Ban Quản lý các khu công nghiệp tỉnh; Liên đoàn Lao động tỉnh Hằng năm")],
  "Chủ trì bồi dưỡng kỹ năng nghề cho công nhân các khu công nghiệp, thực hiện hằng năm, phối hợp Ban Quản lý các khu công nghiệp tỉnh và Liên đoàn Lao động tỉnh.",
  ["kỹ năng nghề", "hằng năm"])
Q("abbreviation", "TTHTCĐ ở Nghi Phong năm 2025 cần xếp loại gì?",
  [(NP, "<td>Xếp loại Trung tâm học tập cộng đồng<br>(theo Thông tư 22/2020/TT-BGDĐT)</td>"), (NP, "<td>Khá</td>")],
  "Xếp loại Khá năm 2025 (Tốt năm 2027 và 2030).", ["Khá"])
Q("abbreviation", "P.GD&ĐT huyện Chợ Gạo chủ trì những nhiệm vụ nào trong phụ lục?",
  [(CG, "Tham mưu, ban hành văn bản hướng dẫn các xã, thị trấn xây dựng kế hoạch thực hiện"),
   (CG, "Kiện toàn ban giám đốc, đánh giá xếp loại trung tâm học tập cộng đồng"),
   (CG, "Sơ kết 3 năm thực hiện Kế hoạch")],
  "Phòng GD&ĐT chủ trì: ban hành văn bản hướng dẫn các xã xây dựng kế hoạch (tháng 4/2025); kiện toàn, đánh giá xếp loại TTHTCĐ (tháng 11 hằng năm); Tuần lễ hưởng ứng học tập suốt đời (tháng 10); lớp xóa mù chữ cho người tái mù (2026); sơ kết 3 năm (tháng 12/2027) và tổng kết (tháng 11/2030).",
  ["văn bản hướng dẫn", "xếp loại", "sơ kết"])
Q("abbreviation", "KH 64/KH-UBND của UBND H. Chợ Gạo do ai ký?",
  [(CG, "Huỳnh Thị Mỹ Duyên")],
  "Bà Huỳnh Thị Mỹ Duyên, KT. Chủ tịch - Phó Chủ tịch UBND huyện Chợ Gạo.", ["Huỳnh Thị Mỹ Duyên"])
Q("abbreviation", "CC VH-XH xã Nghi Phong chủ trì những việc gì trong bảng phân công?",
  [(NP, "<td>Kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng</td>"), (NP, "<td>Đánh giá \"Cộng đồng học tập\" cấp thôn</td>"),
   (NP, "<td>Sơ kết, tổng kết thực hiện Kế hoạch</td>")],
  "Công chức Văn hóa - Xã hội chủ trì: kiện toàn Ban Giám đốc TTHTCĐ (quý I/2025); đánh giá \"Cộng đồng học tập\" cấp thôn (tháng 12 hằng năm); sơ kết, tổng kết (năm 2027 và năm 2030).",
  ["Ban Giám đốc", "Cộng đồng học tập", "2027"])

# ---------------- paraphrase (5)
Q("paraphrase", "Ở Hưng Yên, học sinh được học lịch sử địa phương qua bảo tàng bằng cách nào?",
  [(HY, "- Xây dựng mô hình “Bảo tàng – trường học” tại Bảo tàng tỉnh và Khu di tích quốc gia đặc biệt Phố Hiến; tổ chức các chương trình giáo dục trải nghiệm về lịch sử Phố Hiến cho học sinh phổ thông.")],
  "Qua mô hình “Bảo tàng – trường học” tại Bảo tàng tỉnh và Khu di tích Phố Hiến, với các chương trình giáo dục trải nghiệm về lịch sử Phố Hiến (chỉ tiêu 30% bảo tàng, di tích năm 2026, 60% năm 2030).",
  ["Bảo tàng – trường học", "Phố Hiến"])
Q("paraphrase", "Hưng Yên khuyến khích các công ty lớn trong khu công nghiệp đào tạo cho người lao động ra sao?",
  [(HY, "100% doanh nghiệp có từ 500 lao động trở lên tại các khu công nghiệp tổ chức ít nhất 01 chương trình bồi dưỡng kỹ năng cho người lao động mỗi năm.")],
  "Đến năm 2030, 100% doanh nghiệp có từ 500 lao động trở lên trong khu công nghiệp tổ chức ít nhất 01 chương trình bồi dưỡng kỹ năng/năm.", ["500 lao động", "01 chương trình"])
Q("paraphrase", "Nông dân trồng thanh long ở Chợ Gạo được hỗ trợ bán hàng qua mạng thế nào?",
  [(CG, "Hướng dẫn hợp tác xã nông nghiệp ứng dụng thương mại điện tử trong tiêu thụ thanh long")],
  "Phòng Kinh tế và Hạ tầng chủ trì hướng dẫn hợp tác xã nông nghiệp ứng dụng thương mại điện tử trong tiêu thụ thanh long (năm 2026); mục tiêu 100% hợp tác xã nông nghiệp ứng dụng thương mại điện tử đến 2030.",
  ["thương mại điện tử", "hợp tác xã"])
Q("paraphrase", "Những người bị mù chữ trở lại ở vùng ven sông của Chợ Gạo được giúp đỡ ra sao?",
  [(CG, "lớp xóa mù chữ cho người dân tái mù tại các ấp vùng ven sông Tiền.")],
  "Tổ chức lớp xóa mù chữ cho người tái mù tại các ấp ven sông Tiền (năm 2026, Phòng GD&ĐT chủ trì).", ["xóa mù chữ", "sông Tiền"])
Q("paraphrase", "Con em ngư dân nghèo ở Nghi Phong có được hỗ trợ học tập không?",
  [(NP, "trao học bổng \"Tiếp sức ngư dân\" cho con em ngư dân có hoàn cảnh khó khăn.")],
  "Có: Hội Khuyến học xã trao học bổng \"Tiếp sức ngư dân\" cho con em ngư dân có hoàn cảnh khó khăn.", ["Tiếp sức ngư dân"])

# ---------------- english (15)
Q("english", "What is the total budget of the Hung Yen learning society plan for 2025-2030?",
  [(HY, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến là 86,5 tỷ đồng")],
  "About 86.5 billion VND (86,5 tỷ đồng): 42 billion from the provincial budget, 31.5 billion from district and commune budgets, 13 billion from socialisation and other lawful sources.",
  ["86", "42", "13"])
Q("english", "Which department leads the online learning platform in Hung Yen, and by when must it be ready?",
  [(HY, "Xây dựng, vận hành nền tảng học tập trực tuyến “Hưng Yên học tập số” Sở Thông tin và Truyền thông Sở Giáo dục và Đào tạo; Tỉnh đoàn Quý II/2026")],
  "The Department of Information and Communications (Sở Thông tin và Truyền thông) leads the “Hưng Yên học tập số” platform, due in Q2 2026 (Quý II/2026).",
  ["Thông tin và Truyền thông", "2026"])
Q("english", "What share of working-age people in Hung Yen should have basic digital skills by 2030?",
  [(HY, "Tỷ lệ người trong độ tuổi lao động có kỹ năng số cơ bản % 50 65 80")],
  "80% by 2030 (50% in 2026, 65% in 2028).", ["80"])
Q("english", "Who signed the Hung Yen provincial plan and when was it issued?",
  [(HY, "Đào Minh Khuê"), (HY, "Hưng Yên, ngày 14 tháng 11 năm 2024")],
  "Đào Minh Khuê, Vice Chairman of the Provincial People's Committee (signing for the Chairman), on 14 November 2024 (plan No. 187/KH-UBND).",
  ["Đào Minh Khuê", "14", "2024"])
Q("english", "How many industrial-zone workers per year should Hung Yen train in job skills?",
  [(HY, "hằng năm bồi dưỡng cho ít nhất 15.000 lượt công nhân.")],
  "At least 15,000 (15.000) worker-trainings per year.", ["15"])
Q("english", "What is Cho Gao district's total funding for the plan, and how much comes from the district budget?",
  [(CG, "Tổng cộng 4.400 2.550 1.600 8.550")],
  "8,550 million VND (8.550 triệu đồng) in total, of which 4,400 million (4.400) from the district budget; communes 2,550 and socialisation 1,600 million.",
  ["550", "400"])
Q("english", "How much funding does Cho Gao plan for 2029?",
  [(CG, "2029 780 450 290 1.520")],
  "1,520 million VND (1.520 triệu đồng): 780 district, 450 commune, 290 socialisation.", ["520", "780"])
Q("english", "Which crop are the community learning centre courses in Cho Gao linked to?",
  [(CG, "trồng thanh long theo tiêu chuẩn VietGAP.")],
  "Dragon fruit (thanh long), grown to VietGAP standards; each centre runs at least 8 topics a year.", ["thanh long", "VietGAP"])
Q("english", "By what date must the communes of Cho Gao report their results each year?",
  [(CG, "- Ủy ban nhân dân các xã, thị trấn báo cáo kết quả thực hiện về Ủy ban nhân dân")],
  "By 20 November each year (trước ngày 20/11), to the district People's Committee via the Education and Training Office.", ["20"])
Q("english", "Who signed the Nghi Phong commune plan?",
  [(NP, "**Hoàng Văn Thắng**")],
  "Hoàng Văn Thắng, Chairman of the Nghi Phong Commune People's Committee (TM. Ủy ban nhân dân, Chủ tịch).", ["Hoàng Văn Thắng"])
Q("english", "How many hamlets does Nghi Phong commune have, and how many should be recognised as learning communities by 2030?",
  [(NP, "[^1]: Xã Nghi Phong có 14 xóm sau khi sáp nhập xóm"), (NP, "<td>14/14</td>")],
  "14 hamlets (xóm); all 14/14 should be learning communities by 2030 (8/14 in 2025, 10/14 in 2027).", ["14/14"])
Q("english", "What percentage of Nghi Phong residents should be 'learning citizens' in 2027?",
  [(NP, "<td>Tỷ lệ người dân đạt danh hiệu \"Công dân học tập\"</td>"), (NP, "<td>50</td>")],
  "50% in 2027 (40% in 2025, 60% in 2030).", ["50"])
Q("english", "Which body runs the digital literacy classes for elderly people and fishermen in Nghi Phong, and when?",
  [(NP, "<td>Lớp \"Bình dân học vụ số\" cho người cao tuổi và ngư dân</td>"), (NP, "<td>Quý II/2025</td>")],
  "The commune police (Công an xã), with the Youth Union and the community digital technology team, in Q2 2025 (Quý II/2025).", ["Công an xã", "2025"])
Q("english", "How much does Nghi Phong commune budget each year for its community learning centre?",
  [(NP, "- Ngân sách xã bố trí 60 triệu đồng/năm")],
  "60 million VND a year (60 triệu đồng/năm) from the commune budget.", ["60"])
Q("english", "When must Hung Yen districts submit their own implementation plans?",
  [(HY, "Ủy ban nhân dân các huyện, thị xã, thành phố: xây dựng kế hoạch thực hiện tại địa phương trước ngày 31/3/2025")],
  "Before 31 March 2025 (31/3/2025).", ["31", "2025"])

# ---------------- follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(HY, "Tỷ lệ người lớn tham gia các chương trình học tập tại trung tâm học tập cộng đồng % 40 50 60")],
  "Năm 2030: 60% người lớn tham gia các chương trình học tập tại TTHTCĐ.", ["60%"],
  ["Hưng Yên đặt chỉ tiêu người lớn tham gia học tập tại trung tâm học tập cộng đồng năm 2026 là bao nhiêu?", "40% năm 2026."])
Q("follow_up", "Còn năm 2028?",
  [(HY, "Số khóa học trực tuyến mở (MOOCs) trên nền tảng “Hưng Yên học tập số” khóa học 20 40 -")],
  "40 khóa học năm 2028 (năm 2030 không đặt chỉ tiêu).", ["40"],
  ["Năm 2026 nền tảng Hưng Yên học tập số phải có bao nhiêu khóa học trực tuyến mở?", "20 khóa học (MOOCs)."])
Q("follow_up", "Còn dòng họ thì sao?",
  [(NP, "<td>Số dòng họ đạt danh hiệu \"Dòng họ học tập\"</td>"), (NP, "<td>12</td>")],
  "Nghi Phong: 12 dòng họ đạt danh hiệu \"Dòng họ học tập\" năm 2025 và 20 dòng họ năm 2030 (năm 2027 không đặt).", ["12", "20"],
  ["Xã Nghi Phong đặt chỉ tiêu Gia đình học tập bao nhiêu?", "70% năm 2025, 75% năm 2027, 80% năm 2030."])
Q("follow_up", "Họ phải báo cáo trước ngày nào?",
  [(HY, "- Các sở, ban, ngành được phân công chủ trì nhiệm vụ gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.")],
  "Các sở, ngành được phân công chủ trì (như Sở Nội vụ) gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.", ["30/11"],
  ["Sở Nội vụ Hưng Yên chủ trì nhiệm vụ gì trong bảng phân công?", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, hoàn thành năm 2028."])
Q("follow_up", "Khoản đó năm 2026 là bao nhiêu?",
  [(CG, "2026 700 400 250 1.350")],
  "Xã hội hóa năm 2026: 250 triệu đồng.", ["250"],
  ["Kinh phí xã hội hóa năm 2025 của Chợ Gạo là bao nhiêu?", "220 triệu đồng."])
Q("follow_up", "Còn ngân sách xã năm đó?",
  [(CG, "2028 750 430 270 1.450")],
  "Ngân sách xã năm 2028: 430 triệu đồng.", ["430"],
  ["Ngân sách huyện Chợ Gạo năm 2028 bố trí bao nhiêu cho xã hội học tập?", "750 triệu đồng."])
Q("follow_up", "Thế còn Phòng Văn hóa và Thông tin?",
  [(CG, "2. Phòng Văn hóa và Thông tin: chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn phát triển “Tủ sách ấp”, phong trào đọc sách")],
  "Phòng Văn hóa và Thông tin chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn phát triển “Tủ sách ấp”, phong trào đọc sách; phối hợp đánh giá danh hiệu “Gia đình học tập” gắn với “Gia đình văn hóa”.",
  ["Tủ sách ấp", "tuyên truyền"],
  ["Phòng Tài chính - Kế hoạch Chợ Gạo có nhiệm vụ gì?", "Tham mưu bố trí kinh phí thực hiện Kế hoạch, hướng dẫn thanh quyết toán."])
Q("follow_up", "Còn ở huyện Chợ Gạo?",
  [(CG, "2. Phòng Văn hóa và Thông tin: chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn phát triển “Tủ sách ấp”, phong trào đọc sách")],
  "Ở Chợ Gạo, Phòng Văn hóa và Thông tin chủ trì phát triển “Tủ sách ấp” và phong trào đọc sách; mỗi ấp có ít nhất 01 tủ sách.", ["Tủ sách ấp"],
  ["Xã Nghi Phong phát triển văn hóa đọc bằng cách nào?", "Duy trì 14 tủ sách cộng đồng tại nhà văn hóa các xóm, luân chuyển sách 02 lần/năm."])
Q("follow_up", "Việc đó ai phối hợp và hoàn thành khi nào?",
  [(HY, "Xây dựng mô hình “Bảo tàng – trường học” tại Bảo tàng tỉnh và Khu di tích Phố Hiến Sở Văn hóa, Thể thao và Du lịch Sở Giáo dục và Đào tạo; Tỉnh đoàn Năm 2027")],
  "Phối hợp: Sở Giáo dục và Đào tạo và Tỉnh đoàn; hoàn thành năm 2027.", ["Tỉnh đoàn", "2027"],
  ["Ở Hưng Yên ai chủ trì mô hình Bảo tàng – trường học?", "Sở Văn hóa, Thể thao và Du lịch."])
Q("follow_up", "Ở đó mỗi trung tâm phải tổ chức bao nhiêu chuyên đề?",
  [(HY, "mỗi trung tâm tổ chức ít nhất 10 chuyên đề/năm gắn với nhu cầu của người dân.")],
  "Ít nhất 10 chuyên đề/năm mỗi trung tâm (139 TTHTCĐ).", ["10 chuyên đề"],
  ["Hưng Yên hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu tiền?", "20 triệu đồng/năm từ ngân sách cấp huyện."])
Q("follow_up", "Còn năm 2027 ở đó?",
  [(NP, "<td>Tỷ lệ người trong độ tuổi lao động<br>có kỹ năng số cơ bản</td>"), (NP, "<td>60</td>")],
  "Nghi Phong năm 2027: 60% người trong độ tuổi lao động có kỹ năng số cơ bản.", ["60%"],
  ["Xã Nghi Phong đặt chỉ tiêu kỹ năng số cơ bản năm 2025 là bao nhiêu?", "45% người trong độ tuổi lao động."])
Q("follow_up", "Họ làm gì và báo cáo khi nào?",
  [(CG, "6. Đề nghị Hội Khuyến học huyện: chủ trì đánh giá, công nhận các danh hiệu học"),
   (CG, "- Đề nghị Hội Khuyến học huyện báo cáo kết quả công nhận danh hiệu học tập")],
  "Hội Khuyến học huyện chủ trì đánh giá, công nhận các danh hiệu học tập, vận động Quỹ khuyến học, nhân rộng mô hình “Chi hội khuyến học hợp tác xã thanh long”; báo cáo kết quả công nhận danh hiệu trước ngày 15/12 hằng năm.",
  ["danh hiệu học tập", "15/12"],
  ["Chợ Gạo giao việc công nhận danh hiệu Gia đình học tập cho ai?", "Hội Khuyến học huyện chủ trì, vào tháng 12 hằng năm."])
Q("follow_up", "Thế còn xã Nghi Phong thì ai chủ trì bình xét?",
  [(NP, "<td>Bình xét danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\"</td>"), (NP, "<td>Hội Khuyến học xã</td>")],
  "Hội Khuyến học xã chủ trì bình xét, phối hợp Ban công tác Mặt trận các xóm và Hội Liên hiệp Phụ nữ xã, vào tháng 11 hằng năm.", ["Hội Khuyến học xã", "tháng 11"],
  ["Ở Chợ Gạo ai chủ trì đánh giá, công nhận danh hiệu Gia đình học tập?", "Hội Khuyến học huyện, tháng 12 hằng năm."])
Q("follow_up", "Còn kỹ năng số cho cán bộ cấp xã thì năm 2028 đạt bao nhiêu?",
  [(HY, "Tỷ lệ cán bộ, công chức, viên chức cấp xã được bồi dưỡng kỹ năng số % 80 100 -")],
  "100% cán bộ, công chức, viên chức cấp xã được bồi dưỡng kỹ năng số năm 2028 (80% năm 2026).", ["100%"],
  ["Hưng Yên đặt chỉ tiêu gì về kỹ năng số?", "Tỷ lệ người trong độ tuổi lao động có kỹ năng số cơ bản 50% (2026), 65% (2028), 80% (2030).",
   "Nhóm kỹ năng số còn có chỉ tiêu nào khác?", "Cán bộ cấp xã được bồi dưỡng kỹ năng số và số khóa học trực tuyến mở."])
Q("follow_up", "Vậy trong phụ lục, việc đào tạo nghề đó ai phối hợp?",
  [(CG, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện; Hội Nông dân huyện")],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện và Hội Nông dân huyện; thực hiện hằng năm, ít nhất 1.200 lao động/năm.",
  ["Hội Nông dân", "1.200"],
  ["Chợ Gạo đào tạo nghề cho bao nhiêu lao động nông thôn mỗi năm?", "Ít nhất 1.200 lao động nông thôn.",
   "Phòng nào chủ trì việc đó?", "Phòng Lao động - Thương binh và Xã hội."])
Q("follow_up", "Thế còn ở Hưng Yên thì sao?",
  [(HY, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời Sở Giáo dục và Đào tạo Hội Khuyến học tỉnh; Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn Tháng 10 hằng năm")],
  "Ở Hưng Yên, Sở Giáo dục và Đào tạo chủ trì Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm, phối hợp Hội Khuyến học tỉnh, Sở VHTTDL và Tỉnh đoàn.",
  ["Sở Giáo dục và Đào tạo", "tháng 10"],
  ["Ở Chợ Gạo ai chủ trì Tuần lễ hưởng ứng học tập suốt đời?", "Phòng Giáo dục và Đào tạo, tháng 10 hằng năm."])
Q("follow_up", "Được rồi. Vậy Hưng Yên có bao nhiêu trung tâm học tập cộng đồng?",
  [(HY, "- Củng cố, nâng cao chất lượng hoạt động của 139 trung tâm học tập cộng đồng")],
  "Kế hoạch nêu củng cố, nâng cao chất lượng hoạt động của 139 trung tâm học tập cộng đồng.", ["139"],
  ["Hưng Yên có bao nhiêu thư viện cấp xã hiện nay?", REFUSE + " Kế hoạch chỉ đặt tỷ lệ xã có thư viện hoặc phòng đọc đạt chuẩn (70% năm 2028, 90% năm 2030)."])
Q("follow_up", "Thôi, vậy năm 2030 tỷ lệ biết chữ mức độ 2 ở đó là bao nhiêu?",
  [(HY, "Tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức độ 2 % 98,5 99 99,5")],
  "99,5% người trong độ tuổi 15 - 60 biết chữ mức độ 2 năm 2030.", ["99,5"],
  ["Hưng Yên có bao nhiêu người mù chữ hiện nay?", REFUSE + " Kế hoạch không nêu số người mù chữ hiện tại."])
Q("follow_up", "What about 2030?",
  [(HY, "Tỷ lệ bảo tàng, di tích cấp tỉnh tổ chức chương trình giáo dục trải nghiệm cho học sinh % 30 - 60")],
  "60% in 2030 (no target is set for 2028).", ["60"],
  ["What share of Hung Yen's provincial museums and heritage sites should run experiential learning programmes for students in 2026?", "30% in 2026."])
Q("follow_up", "And when must it report to the province?",
  [(CG, "báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo) trước ngày 10/12 hằng")],
  "The Education and Training Office advises the district to report to the provincial People's Committee (via the Department of Education and Training) by 10 December each year (10/12).",
  ["10/12"],
  ["Which office is the standing body of the Cho Gao plan?", "The district Office of Education and Training (Phòng Giáo dục và Đào tạo)."])
Q("follow_up", "And who works with them on it?",
  [(NP, "<td>Đồn Biên phòng Nghi Phong;<br>Hội Nghề cá xã</td>")],
  "The Nghi Phong Border Guard Station (Đồn Biên phòng Nghi Phong) and the commune Fisheries Association (Hội Nghề cá xã).",
  ["Đồn Biên phòng", "Hội Nghề cá"],
  ["Who organises sea safety training for fishermen in Nghi Phong?", "The commune community learning centre (Trung tâm học tập cộng đồng xã), from December to February each year."])

# ---------------- unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Tiền Giang đặt chỉ tiêu Gia đình học tập bao nhiêu?",
  REFUSE + " Kế hoạch 412/KH-UBND của tỉnh Tiền Giang chỉ được huyện Chợ Gạo dẫn làm căn cứ, không được nạp.")
U("Tỉnh Nghệ An đặt mục tiêu bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?", REFUSE)
U("Huyện Nghi Lộc có bao nhiêu xã đạt danh hiệu Cộng đồng học tập?",
  REFUSE + " Chỉ có kế hoạch của xã Nghi Phong; kế hoạch 296/KH-UBND của huyện Nghi Lộc không được nạp.")
U("Xã Nghi Thái có kế hoạch xây dựng xã hội học tập như thế nào?", REFUSE)
U("Huyện Gò Công Tây bố trí bao nhiêu kinh phí cho xã hội học tập năm 2026?", REFUSE)
U("Thành phố Hưng Yên đặt chỉ tiêu kỹ năng số cho người dân bao nhiêu?",
  REFUSE + " Kế hoạch của tỉnh Hưng Yên chỉ đặt chỉ tiêu toàn tỉnh, không tách riêng thành phố Hưng Yên.")
U("Tỉnh Bắc Ninh phân công Sở Giáo dục và Đào tạo làm gì trong xây dựng xã hội học tập?", REFUSE)
U("Năm 2028 Hưng Yên đặt chỉ tiêu tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ là bao nhiêu?",
  REFUSE + " Ô năm 2028 của chỉ tiêu này ghi “-” (không đặt chỉ tiêu); chỉ có 35% năm 2026 và 45% năm 2030.")
U("Năm 2026 Hưng Yên muốn bao nhiêu xã có thư viện hoặc phòng đọc đạt chuẩn?",
  REFUSE + " Năm 2026 không đặt chỉ tiêu (ô “-”); chỉ có 70% năm 2028 và 90% năm 2030.")
U("Chỉ tiêu kỹ năng số cơ bản của Hưng Yên cho năm 2027 là bao nhiêu?",
  REFUSE + " Bảng chỉ tiêu chỉ có các năm 2026, 2028 và 2030.")
U("Nghi Phong đặt chỉ tiêu Dòng họ học tập năm 2027 là bao nhiêu?",
  REFUSE + " Ô năm 2027 ghi “-”; chỉ có 12 dòng họ năm 2025 và 20 dòng họ năm 2030.")
U("Huyện Chợ Gạo dự kiến chi bao nhiêu cho kế hoạch năm 2031?",
  REFUSE + " Bảng kinh phí chỉ từ năm 2025 đến năm 2030.")
U("Hiện nay Hưng Yên có bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?",
  REFUSE + " Kế hoạch chỉ đặt chỉ tiêu tỷ lệ (65% năm 2026, 70% năm 2028, 75% năm 2030), không nêu số hiện có.")
U("Năm 2024 huyện Chợ Gạo đã đào tạo nghề cho bao nhiêu lao động nông thôn?",
  REFUSE + " Kế hoạch chỉ đặt mục tiêu ít nhất 1.200 lao động/năm từ 2025.")
U("Các đơn vị không báo cáo đúng hạn theo kế hoạch Hưng Yên sẽ bị xử lý thế nào?", REFUSE)
U("Hộ gia đình ở Nghi Phong không tham gia học tập có bị phạt không?", REFUSE)
U("Bao nhiêu tiền trong kinh phí của Chợ Gạo dành cho Tuần lễ hưởng ứng học tập suốt đời?",
  REFUSE + " Bảng kinh phí chỉ chia theo năm và nguồn (ngân sách huyện, ngân sách xã, xã hội hóa), không tách riêng từng hoạt động.")
U("Nâng cấp Thư viện tỉnh Hưng Yên thành thư viện số tốn bao nhiêu tiền?",
  REFUSE + " Kế hoạch chỉ nêu khoảng 9 tỷ đồng cho nền tảng “Hưng Yên học tập số”, không tách kinh phí nâng cấp Thư viện tỉnh.")
U("Sở Y tế tỉnh Hưng Yên có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?", REFUSE)
U("Phòng Tư pháp huyện Chợ Gạo được giao nhiệm vụ gì?", REFUSE)
U("Trạm Y tế xã Nghi Phong tham gia kế hoạch như thế nào?", REFUSE)
U("Công an tỉnh Hưng Yên phối hợp những nhiệm vụ gì?", REFUSE)
U("Ai ký Kế hoạch 412/KH-UBND của Ủy ban nhân dân tỉnh Tiền Giang?",
  REFUSE + " Kế hoạch này chỉ được dẫn làm căn cứ, không được nạp.")
U("Kế hoạch 296/KH-UBND của huyện Nghi Lộc do ai ký?", REFUSE)
U("What learning society targets has Nghe An province set for 2030?", REFUSE_EN)
U("How many students currently attend schools in Cho Gao district?", REFUSE_EN)
U("Which hospital in Hung Yen is responsible for health education under the plan?", REFUSE_EN)
U("Còn ở xã Nghi Thái thì sao?", REFUSE,
  ["Xã Nghi Phong bố trí bao nhiêu ngân sách cho trung tâm học tập cộng đồng?", "60 triệu đồng/năm từ ngân sách xã."])
U("Thế năm 2032 thì sao?", REFUSE + " Kế hoạch Hưng Yên chỉ đặt chỉ tiêu đến năm 2030.",
  ["Hưng Yên đặt chỉ tiêu người dân có kỹ năng số cơ bản năm 2030 là bao nhiêu?", "80%."])
U("And in Tien Giang province as a whole?", REFUSE_EN,
  ["How much will Cho Gao district spend from its own budget over 2025-2030?", "4,400 million VND (4.400 triệu đồng)."])

for i, q in enumerate(QS, 1):
    q["id"] = f"v{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
