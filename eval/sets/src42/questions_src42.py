"""Write eval/sets/newplans42.jsonl: questions on the two plans of set 42 (plans42/), a few also on bundled plans.

    python eval/sets/src42/questions_src42.py

Refuses to write if an evidence span is not in its plan's extracted text (check_sets' readers, normalised), a key fact
is missing from its answer or from every span it cites, a follow-up has no history, two questions share a text, a
type is below its minimum, or an unanswerable question's probe (what the plan would have to say for the question to
be answerable) matches the accent-free normalised text of the plans it is checked against.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common42 import ALL_PLANS, CC, CC_HEAD, CC_YEAR, HN, HUE, KM, KM_ROWS, norm, plain, text  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "newplans42.jsonl")
MIN = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
       "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4, "english": 14,
       "follow_up": 14, "unanswerable": 28}
Q = []


def q(qtype, question, evidence, answer, key_facts, history=None, probe=None, probe_docs=None):
    """evidence: list of (doc, span). probe: regex over accent-free text, for unanswerable questions."""
    docs = []
    for d, _ in evidence:
        if d not in docs:
            docs.append(d)
    Q.append({"id": f"u42-{len(Q) + 1:03d}", "question": question, "type": qtype, "docs": docs,
              "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer, "key_facts": key_facts,
              "history": history or [], "_probe": probe, "_probe_docs": probe_docs or [KM, CC]})


def h(user, assistant):
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


R = KM_ROWS
KM_LEAD = "Phòng Giáo dục và Đào tạo là cơ quan thường trực, giúp Ủy ban nhân dân thị xã theo dõi, đôn đốc việc thực hiện Kế hoạch"
KM_SIGN = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Thị Hồng Nhung"
CC_SIGN = "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Lang Văn Toản"
KM_FUND = ("Tổng kinh phí dự kiến giai đoạn 2024 - 2030 là 12.600 triệu đồng, trong đó: ngân sách thị xã 7.200 triệu "
           "đồng; ngân sách các phường, xã 3.100 triệu đồng; nguồn xã hội hóa 2.300 triệu đồng")
CC_FUND = ("Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 2.850 triệu đồng, gồm: ngân sách tỉnh hỗ trợ "
           "1.200 triệu đồng; ngân sách xã 1.050 triệu đồng; nguồn xã hội hóa và các chương trình, dự án 600 triệu đồng")
KM_2025 = "a) Đến năm 2025:"
KM_2030 = "b) Đến năm 2030:"
KM_REPORT = ("Chế độ báo cáo: các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày "
             "30/11 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân thị xã")
CC_VHXH = ("Phòng Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch")
CC_VHXH_REP = "tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã và Sở Giáo dục và Đào tạo trước ngày 05/12 hằng năm"

# ------------------------------------------------------------------ agency_tasks
q("agency_tasks", "Theo kế hoạch của thị xã Kinh Môn, Phòng Giáo dục và Đào tạo chủ trì những nhiệm vụ nào?",
  [(KM, R[1]), (KM, R[2]), (KM, R[3]), (KM, R[10]), (KM, KM_LEAD)],
  "Phòng Giáo dục và Đào tạo là cơ quan thường trực và chủ trì bốn dòng của Bảng phân công nhiệm vụ (ô \"Cơ quan chủ "
  "trì\" của dòng 1 gộp xuống dòng 2 và 3): (1) tham mưu kiện toàn Ban Chỉ đạo xây dựng xã hội học tập thị xã, ban "
  "hành quy chế hoạt động (phối hợp Phòng Nội vụ, tháng 9/2024); (2) hướng dẫn UBND các phường, xã xây dựng kế hoạch "
  "hằng năm, tổ chức đánh giá, công nhận danh hiệu \"Cộng đồng học tập\" cấp xã (hằng năm); (3) Tổng hợp, báo cáo "
  "kết quả thực hiện Kế hoạch với UBND thị xã và Sở Giáo dục và Đào tạo (trước ngày 15/12 hằng năm); (10) Đánh giá, "
  "xếp loại Trung tâm học tập cộng đồng, bồi dưỡng cán bộ quản lý Trung tâm (tháng 12 hằng năm).",
  ["kiện toàn Ban Chỉ đạo", "Cộng đồng học tập", "Tổng hợp, báo cáo", "Đánh giá, xếp loại Trung tâm học tập cộng đồng"])
q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội thị xã Kinh Môn được giao chủ trì việc gì?",
  [(KM, R[4]), (KM, R[5])],
  "Chủ trì hai nhiệm vụ (ô chủ trì gộp hai dòng 4-5): bồi dưỡng kỹ năng nghề, kỹ năng số cho công nhân lao động tại "
  "các khu, cụm công nghiệp (phối hợp Liên đoàn Lao động thị xã và các doanh nghiệp); tư vấn, hướng nghiệp, giới "
  "thiệu việc làm cho người lao động nông thôn sau học nghề (phối hợp Trung tâm GDNN-GDTX thị xã); thời gian 2024 - 2030.",
  ["kỹ năng nghề, kỹ năng số", "giới thiệu việc làm", "2024 - 2030"])
q("agency_tasks", "Kinh Môn giao Phòng Văn hóa và Thông tin làm những gì?",
  [(KM, R[7]), (KM, R[8])],
  "Phòng Văn hóa và Thông tin chủ trì: xây dựng, nhân rộng mô hình \"Gia đình học tập\", \"Dòng họ học tập\" gắn với "
  "phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" (hằng năm); tuyên truyền trên Trang thông tin điện tử "
  "thị xã, hệ thống truyền thanh phường, xã, phát triển thư viện, tủ sách cộng đồng tại các khu dân cư (phối hợp Trung "
  "tâm Văn hóa, Thông tin và Thể thao thị xã; hoàn thành Quý IV/2025).",
  ["Gia đình học tập", "tủ sách cộng đồng", "Quý IV/2025"])
q("agency_tasks", "Nhiệm vụ của Phòng Tài chính - Kế hoạch trong kế hoạch xây dựng xã hội học tập thị xã Kinh Môn?",
  [(KM, R[6])],
  "Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh toán, quyết "
  "toán kinh phí; phối hợp Phòng Giáo dục và Đào tạo; thời gian: tháng 11 hằng năm.",
  ["dự toán ngân sách", "Tháng 11 hằng năm"])
q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã Kinh Môn có vai trò gì trong Bảng phân công?",
  [(KM, R[9]), (KM, R[5]), (KM, R[10])],
  "Trung tâm chủ trì một nhiệm vụ: xây dựng điểm học tập số tại Trung tâm học tập cộng đồng, hướng dẫn khai thác nền "
  "tảng học tập trực tuyến mở (phối hợp Phòng GD&ĐT, Bưu điện thị xã; Quý II/2026). Ngoài ra Trung tâm là cơ quan "
  "phối hợp ở dòng 5 (tư vấn, hướng nghiệp, giới thiệu việc làm) và dòng 10 (đánh giá, xếp loại TTHTCĐ).",
  ["điểm học tập số", "Quý II/2026", "Bưu điện thị xã"])
q("agency_tasks", "Công an thị xã Kinh Môn được phân công nhiệm vụ gì?",
  [(KM, R[11])],
  "Chủ trì phổ biến pháp luật, kỹ năng phòng, chống tội phạm và tệ nạn ma túy tại cộng đồng dân cư; phối hợp Phòng "
  "Tư pháp và UBND các phường, xã; thực hiện hằng năm.",
  ["phòng, chống tội phạm", "ma túy", "Hằng năm"])
q("agency_tasks", "Kế hoạch của Kinh Môn đề nghị Hội Khuyến học thị xã làm gì?",
  [(KM, R[12]), (KM, R[2]), (KM, R[7])],
  "Dòng 12 (\"Đề nghị Hội Khuyến học thị xã\" ở cột chủ trì): đẩy mạnh phong trào khuyến học, khuyến tài; vận động xây "
  "dựng Quỹ khuyến học; phối hợp đánh giá, công nhận các danh hiệu học tập. Hội còn là cơ quan phối hợp ở dòng 2 "
  "(công nhận \"Cộng đồng học tập\" cấp xã) và dòng 7 (mô hình Gia đình, Dòng họ học tập).",
  ["khuyến học, khuyến tài", "Quỹ khuyến học", "Đề nghị"])
q("agency_tasks", "Ủy ban nhân dân các phường, xã của thị xã Kinh Môn phải làm gì theo kế hoạch 146?",
  [(KM, R[13])],
  "Chủ trì xây dựng kế hoạch xây dựng xã hội học tập hằng năm của địa phương; bố trí kinh phí và cán bộ phụ trách "
  "Trung tâm học tập cộng đồng; phối hợp Hội Khuyến học các phường, xã; hoàn thành trước ngày 31/01 hằng năm.",
  ["cán bộ phụ trách", "Trước ngày 31/01 hằng năm"])
q("agency_tasks", "Theo kế hoạch của xã Môn Sơn, Phòng Văn hóa - Xã hội có nhiệm vụ gì?",
  [(CC, CC_VHXH), (CC, "hướng dẫn các bản đăng ký, bình xét danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Bản học tập”"),
   (CC, CC_VHXH_REP)],
  "Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn các bản đăng ký, bình xét danh hiệu "
  "\"Gia đình học tập\", \"Dòng họ học tập\", \"Bản học tập\"; tổng hợp, báo cáo kết quả về UBND xã và Sở Giáo dục "
  "và Đào tạo trước ngày 05/12 hằng năm.",
  ["cơ quan thường trực", "Bản học tập", "05/12"])
q("agency_tasks", "Phòng Kinh tế xã Môn Sơn phải tổ chức bao nhiêu lớp tập huấn mỗi năm và về nội dung gì?",
  [(CC, "Phòng Kinh tế: chủ trì tổ chức ít nhất 08 lớp tập huấn kỹ thuật sản xuất nông, lâm nghiệp mỗi năm")],
  "Phòng Kinh tế chủ trì tổ chức ít nhất 08 lớp tập huấn kỹ thuật sản xuất nông, lâm nghiệp mỗi năm.",
  ["08 lớp", "nông, lâm nghiệp"])
q("agency_tasks", "Trung tâm học tập cộng đồng xã Môn Sơn được giao những việc gì?",
  [(CC, "Trung tâm học tập cộng đồng xã: tổ chức các lớp chuyên đề theo chỉ tiêu tại Bảng 1; mở lớp xóa mù chữ; quản lý, "
        "vận hành điểm học tập số; hoàn thành kế hoạch hoạt động năm trước ngày 15/02 hằng năm")],
  "Tổ chức các lớp chuyên đề theo chỉ tiêu tại Bảng 1; mở lớp xóa mù chữ; quản lý, vận hành điểm học tập số; hoàn "
  "thành kế hoạch hoạt động năm trước ngày 15/02 hằng năm.",
  ["lớp chuyên đề", "xóa mù chữ", "điểm học tập số", "15/02"])
q("agency_tasks", "Các trường học trên địa bàn xã Môn Sơn có trách nhiệm gì trong xây dựng xã hội học tập?",
  [(CC, "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã: duy trì sĩ số, chống học sinh bỏ học; mở cửa "
        "thư viện nhà trường phục vụ người dân vào ngày thứ Bảy; cử giáo viên tham gia giảng dạy lớp xóa mù chữ")],
  "Các trường mầm non, tiểu học, THCS: duy trì sĩ số, chống học sinh bỏ học; mở cửa thư viện nhà trường phục vụ người "
  "dân vào ngày thứ Bảy; cử giáo viên tham gia giảng dạy lớp xóa mù chữ.",
  ["bỏ học", "thứ Bảy", "xóa mù chữ"])
q("agency_tasks", "Trưởng các bản ở Môn Sơn phải làm gì?",
  [(CC, "Trưởng các bản: vận động hộ gia đình đăng ký danh hiệu học tập; tổ chức sinh hoạt học tập cộng đồng tại nhà "
        "văn hóa bản ít nhất 01 lần/quý")],
  "Vận động hộ gia đình đăng ký danh hiệu học tập; tổ chức sinh hoạt học tập cộng đồng tại nhà văn hóa bản ít nhất "
  "01 lần/quý (và báo cáo kết quả về Phòng Văn hóa - Xã hội theo chế độ báo cáo).",
  ["đăng ký danh hiệu", "01 lần/quý"])

# ------------------------------------------------------------------ target
q("target", "Đến năm 2025, thị xã Kinh Môn phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?",
  [(KM, KM_2025), (KM, "Phấn đấu 75% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "75% hộ gia đình đạt danh hiệu \"Gia đình học tập\" vào năm 2025 (và 65% dòng họ đạt \"Dòng họ học tập\").",
  ["75%"])
q("target", "Năm 2025 Kinh Môn đặt mục tiêu bao nhiêu % công nhân lao động ở các khu, cụm công nghiệp được bồi dưỡng kỹ năng?",
  [(KM, KM_2025), (KM, "45% công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số")],
  "45% công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số (đến năm 2025).",
  ["45%"])
q("target", "Đến 2030 bao nhiêu phường, xã của Kinh Môn được công nhận Cộng đồng học tập cấp xã?",
  [(KM, KM_2030), (KM, "14/14 phường, xã được công nhận danh hiệu “Cộng đồng học tập” cấp xã")],
  "Tất cả: 14/14 phường, xã được công nhận danh hiệu \"Cộng đồng học tập\" cấp xã đến năm 2030.",
  ["14/14"])
q("target", "Chỉ tiêu về Trung tâm học tập cộng đồng xếp loại Tốt của Kinh Môn năm 2025 và 2030?",
  [(KM, KM_2025), (KM, "80% Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt"), (KM, KM_2030),
   (KM, "100% Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt")],
  "Năm 2025: 80% Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt; năm 2030: 100%.",
  ["80%", "100%"])
q("target", "Kinh Môn muốn bao nhiêu dòng họ đạt Dòng họ học tập vào năm 2025?",
  [(KM, KM_2025), (KM, "65% dòng họ đạt danh hiệu “Dòng họ học tập”")],
  "65% dòng họ đạt danh hiệu \"Dòng họ học tập\" vào năm 2025 (năm 2030: 80%).",
  ["65%"])
q("target", "Năm 2030 Kinh Môn đặt chỉ tiêu bao nhiêu cho Dòng họ học tập và Đơn vị học tập?",
  [(KM, KM_2030), (KM, "80% dòng họ đạt danh hiệu “Dòng họ học tập”; 100% cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”")],
  "Đến năm 2030: 80% dòng họ đạt danh hiệu \"Dòng họ học tập\" và 100% cơ quan, đơn vị đạt danh hiệu \"Đơn vị học tập\".",
  ["80%", "100%"])
q("target", "Năm 2026 xã Môn Sơn đặt chỉ tiêu bao nhiêu phần trăm gia đình học tập?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2026])],
  "Theo Bảng 1 (năm là dòng, chỉ tiêu là cột), năm 2026: 62% hộ đạt \"Gia đình học tập\" (dòng họ 50%, bản 40%).",
  ["62"])
q("target", "Tỷ lệ Bản học tập của Môn Sơn năm 2028 là bao nhiêu?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2028])],
  "Năm 2028: 55% bản đạt danh hiệu \"Bản học tập\" (Bảng 1, dòng 2028, cột Bản học tập).",
  ["55"])
q("target", "Đến năm 2030, tỷ lệ người 15 - 60 tuổi biết chữ mức độ 2 ở xã Môn Sơn phải đạt bao nhiêu?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2030])],
  "97% người 15 - 60 tuổi biết chữ mức độ 2 vào năm 2030 (Bảng 1).",
  ["97"])
q("target", "Năm 2027 Trung tâm học tập cộng đồng xã Môn Sơn phải mở bao nhiêu lớp chuyên đề?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2027])],
  "26 lớp chuyên đề/năm trong năm 2027 (Bảng 1, cột cuối \"Lớp chuyên đề của TTHTCĐ (lớp/năm)\").",
  ["26"])
q("target", "Môn Sơn đặt mục tiêu bao nhiêu phần trăm người trong độ tuổi lao động dùng thành thạo VNeID?",
  [(CC, "2. Chỉ tiêu khác đến năm 2030"),
   (CC, "60% người dân trong độ tuổi lao động sử dụng thành thạo ứng dụng VNeID và dịch vụ công trực tuyến")],
  "60% người dân trong độ tuổi lao động sử dụng thành thạo ứng dụng VNeID và dịch vụ công trực tuyến, đến năm 2030.",
  ["60%", "VNeID"])
q("target", "Chỉ tiêu về hộ làm du lịch cộng đồng ở Môn Sơn đến 2030 là gì?",
  [(CC, "80% hộ gia đình ở các bản làm du lịch cộng đồng có ít nhất 01 người được bồi dưỡng kỹ năng giao tiếp, ngoại "
        "ngữ phục vụ du khách")],
  "Đến năm 2030, 80% hộ gia đình ở các bản làm du lịch cộng đồng có ít nhất 01 người được bồi dưỡng kỹ năng giao "
  "tiếp, ngoại ngữ phục vụ du khách.",
  ["80%", "01 người"])
q("target", "Năm 2030, những danh hiệu nào trong Bảng 1 của xã Môn Sơn có cùng chỉ tiêu 70%?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2030])],
  "Dòng năm 2030 của Bảng 1 là 78 | 70 | 70 | 97 | 30: Dòng họ học tập và Bản học tập cùng 70% (Gia đình học tập 78%).",
  ["Dòng họ học tập", "Bản học tập", "78"])

# ------------------------------------------------------------------ deadline
q("deadline", "Ban Chỉ đạo xây dựng xã hội học tập thị xã Kinh Môn phải được kiện toàn xong khi nào?",
  [(KM, R[1])],
  "Tháng 9/2024 (Phòng Giáo dục và Đào tạo chủ trì, Phòng Nội vụ phối hợp; kèm ban hành quy chế hoạt động).",
  ["Tháng 9/2024"])
q("deadline", "Việc phát triển thư viện, tủ sách cộng đồng ở các khu dân cư của Kinh Môn phải xong trước thời điểm nào?",
  [(KM, R[8])],
  "Quý IV/2025 (dòng 8 của Bảng phân công nhiệm vụ: tuyên truyền và phát triển thư viện, tủ sách cộng đồng).",
  ["Quý IV/2025"])
q("deadline", "Các cơ quan, đơn vị ở Kinh Môn gửi báo cáo kết quả thực hiện kế hoạch về đâu, trước ngày nào?",
  [(KM, KM_REPORT)],
  "Gửi về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm để tổng hợp, báo cáo UBND thị xã.",
  ["Phòng Giáo dục và Đào tạo", "30/11"])
q("deadline", "Khi nào Kinh Môn sơ kết và tổng kết kế hoạch xây dựng xã hội học tập?",
  [(KM, "sơ kết thực hiện Kế hoạch vào quý IV/2027 và tổng kết vào quý IV/2030")],
  "Sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.",
  ["quý IV/2027", "quý IV/2030"])
q("deadline", "Nhiệm vụ của Hội Khuyến học thị xã Kinh Môn trong Bảng phân công có thời gian hoàn thành là gì?",
  [(KM, R[11]), (KM, R[12])],
  "Hằng năm: ô \"Thời gian hoàn thành\" của dòng 12 (Hội Khuyến học thị xã) được gộp với ô của dòng 11 ở trên, "
  "ghi \"Hằng năm\".",
  ["Hằng năm"])
q("deadline", "Ngày hội khuyến học thị xã Kinh Môn tổ chức vào những thời điểm nào?",
  [(KM, "tổ chức Ngày hội khuyến học thị xã vào tháng 10/2025 và tháng 10/2028")],
  "Vào tháng 10/2025 và tháng 10/2028, để biểu dương các điển hình.",
  ["tháng 10/2025", "tháng 10/2028"])
q("deadline", "Xã Môn Sơn quy định báo cáo định kỳ về kế hoạch xã hội học tập vào những mốc nào?",
  [(CC, "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 30/11)")],
  "Định kỳ 6 tháng trước ngày 15/6 và hằng năm trước ngày 30/11; các phòng, đơn vị và Trưởng các bản báo cáo về Phòng "
  "Văn hóa - Xã hội.",
  ["15/6", "30/11"])
q("deadline", "Trung tâm học tập cộng đồng xã Môn Sơn phải hoàn thành kế hoạch hoạt động năm trước ngày nào?",
  [(CC, "hoàn thành kế hoạch hoạt động năm trước ngày 15/02 hằng năm")],
  "Trước ngày 15/02 hằng năm.",
  ["15/02"])

# ------------------------------------------------------------------ funding
q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập thị xã Kinh Môn 2024 - 2030 là bao nhiêu, từ những nguồn nào?",
  [(KM, KM_FUND)],
  "12.600 triệu đồng, gồm: ngân sách thị xã 7.200 triệu đồng; ngân sách các phường, xã 3.100 triệu đồng; nguồn xã "
  "hội hóa 2.300 triệu đồng.",
  ["12.600", "7.200", "3.100", "2.300"])
q("funding", "Ngân sách thị xã Kinh Môn hỗ trợ Trung tâm học tập cộng đồng và điểm học tập số như thế nào?",
  [(KM, "Ngân sách thị xã hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm và hỗ trợ một lần 50 triệu đồng "
        "cho mỗi điểm học tập số")],
  "Mỗi Trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm; mỗi điểm học tập số được hỗ trợ một lần 50 triệu đồng.",
  ["20 triệu đồng/năm", "50 triệu đồng"])
q("funding", "Tổng kinh phí của kế hoạch xã Môn Sơn giai đoạn 2026 - 2030?",
  [(CC, CC_FUND)],
  "2.850 triệu đồng: ngân sách tỉnh hỗ trợ 1.200 triệu đồng; ngân sách xã 1.050 triệu đồng; nguồn xã hội hóa và các "
  "chương trình, dự án 600 triệu đồng.",
  ["2.850", "1.200", "1.050", "600"])
q("funding", "Ngân sách xã Môn Sơn chi cho Trung tâm học tập cộng đồng và lớp xóa mù chữ bao nhiêu?",
  [(CC, "Ngân sách xã bố trí cho Trung tâm học tập cộng đồng 30 triệu đồng/năm; hỗ trợ mỗi lớp xóa mù chữ 25 triệu đồng")],
  "Trung tâm học tập cộng đồng: 30 triệu đồng/năm; mỗi lớp xóa mù chữ: 25 triệu đồng.",
  ["30 triệu đồng/năm", "25 triệu đồng"])
q("funding", "Hội Khuyến học xã Môn Sơn phải vận động Quỹ khuyến học được bao nhiêu?",
  [(CC, "Hội Khuyến học xã vận động Quỹ khuyến học đạt ít nhất 150 triệu đồng/năm")],
  "Ít nhất 150 triệu đồng/năm.",
  ["150 triệu đồng/năm"])
q("funding", "Hội Khuyến học thị xã Kinh Môn phấn đấu vận động Quỹ khuyến học bao nhiêu mỗi năm?",
  [(KM, "Hội Khuyến học thị xã vận động các tổ chức, doanh nghiệp, cá nhân đóng góp Quỹ khuyến học, phấn đấu đạt ít "
        "nhất 1.000 triệu đồng mỗi năm")],
  "Ít nhất 1.000 triệu đồng mỗi năm, vận động từ các tổ chức, doanh nghiệp, cá nhân.",
  ["1.000 triệu đồng"])

# ------------------------------------------------------------------ legal_basis
q("legal_basis", "Kế hoạch xây dựng xã hội học tập của thị xã Kinh Môn căn cứ vào những văn bản nào?",
  [(KM, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (KM, "Căn cứ Kế hoạch số 3025/KH-UBND ngày 12/10/2021 của Ủy ban nhân dân tỉnh Hải Dương"),
   (KM, "Căn cứ Nghị quyết số 08-NQ/TU ngày 20/3/2024 của Ban Thường vụ Thị ủy Kinh Môn")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 3025/KH-UBND ngày 12/10/2021 của "
  "UBND tỉnh Hải Dương; Nghị quyết số 08-NQ/TU ngày 20/3/2024 của Ban Thường vụ Thị ủy Kinh Môn (và theo đề nghị của "
  "Phòng GD&ĐT tại Tờ trình số 57/TTr-PGDĐT).",
  ["1373/QĐ-TTg", "3025/KH-UBND", "08-NQ/TU"])
q("legal_basis", "Kinh Môn ban hành kế hoạch này theo đề nghị của cơ quan nào, tại văn bản nào?",
  [(KM, "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 57/TTr-PGDĐT ngày 02/8/2024")],
  "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 57/TTr-PGDĐT ngày 02/8/2024.",
  ["57/TTr-PGDĐT", "02/8/2024"])
q("legal_basis", "Kế hoạch của xã Môn Sơn dựa trên những căn cứ pháp lý nào?",
  [(CC, "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025"),
   (CC, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (CC, "Căn cứ Kế hoạch số 612/KH-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh Nghệ An"),
   (CC, "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 26/12/2025 của Hội đồng nhân dân xã Môn Sơn")],
  "Luật Tổ chức chính quyền địa phương năm 2025; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 612/KH-UBND "
  "ngày 18/11/2025 của UBND tỉnh Nghệ An; Nghị quyết số 05/NQ-HĐND ngày 26/12/2025 của HĐND xã Môn Sơn về dự toán "
  "ngân sách xã năm 2026.",
  ["Luật Tổ chức chính quyền địa phương", "1373/QĐ-TTg", "612/KH-UBND", "05/NQ-HĐND"])
q("legal_basis", "Văn bản nào của HĐND xã Môn Sơn được nêu trong phần căn cứ của kế hoạch?",
  [(CC, "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 26/12/2025 của Hội đồng nhân dân xã Môn Sơn về dự toán ngân sách xã "
        "năm 2026")],
  "Nghị quyết số 05/NQ-HĐND ngày 26/12/2025 của HĐND xã Môn Sơn về dự toán ngân sách xã năm 2026.",
  ["05/NQ-HĐND", "26/12/2025"])
q("legal_basis", "Kế hoạch của Kinh Môn cụ thể hóa kế hoạch nào của tỉnh?",
  [(KM, "Cụ thể hóa các nhiệm vụ, giải pháp của Kế hoạch số 3025/KH-UBND của Ủy ban nhân dân tỉnh"),
   (KM, "Kế hoạch số 3025/KH-UBND ngày 12/10/2021 của Ủy ban nhân dân tỉnh Hải Dương thực hiện Đề án “Xây dựng xã hội "
        "học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh")],
  "Kế hoạch số 3025/KH-UBND ngày 12/10/2021 của UBND tỉnh Hải Dương thực hiện Đề án \"Xây dựng xã hội học tập giai "
  "đoạn 2021 - 2030\" trên địa bàn tỉnh.",
  ["3025/KH-UBND", "12/10/2021"])

# ------------------------------------------------------------------ purpose
q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập thị xã Kinh Môn là gì?",
  [(KM, "tạo cơ hội cho mọi người dân, nhất là công nhân trong các khu, cụm công nghiệp, người lao động nông thôn và "
        "người cao tuổi được học tập thường xuyên, học tập suốt đời"),
   (KM, "Huy động sự tham gia của các doanh nghiệp sản xuất xi măng, vật liệu xây dựng, khai thác khoáng sản")],
  "Cụ thể hóa Kế hoạch 3025/KH-UBND của tỉnh; tạo cơ hội cho mọi người dân, nhất là công nhân trong các khu, cụm công "
  "nghiệp, người lao động nông thôn và người cao tuổi học tập thường xuyên, suốt đời; huy động các doanh nghiệp sản "
  "xuất xi măng, vật liệu xây dựng, khai thác khoáng sản tham gia đào tạo, bồi dưỡng kỹ năng cho người lao động.",
  ["công nhân", "người cao tuổi", "xi măng"])
q("purpose", "Kế hoạch xã hội học tập của xã Môn Sơn nhằm mục đích gì?",
  [(CC, "bảo đảm mọi người dân, nhất là đồng bào dân tộc Thái, Đan Lai ở các bản vùng đệm Vườn quốc gia Pù Mát, được "
        "học tập thường xuyên, học tập suốt đời"),
   (CC, "Nâng cao dân trí, kỹ năng sinh kế và kỹ năng số cho người dân, gắn học tập với phát triển du lịch cộng đồng và "
        "kinh tế dưới tán rừng")],
  "Triển khai Kế hoạch 612/KH-UBND của tỉnh sau sắp xếp đơn vị hành chính; bảo đảm mọi người dân, nhất là đồng bào "
  "Thái, Đan Lai ở các bản vùng đệm Vườn quốc gia Pù Mát, được học tập suốt đời; nâng cao dân trí, kỹ năng sinh kế, "
  "kỹ năng số, gắn học tập với du lịch cộng đồng và kinh tế dưới tán rừng.",
  ["Đan Lai", "Pù Mát", "du lịch cộng đồng"])
q("purpose", "Yêu cầu đặt ra trong kế hoạch của Kinh Môn là gì?",
  [(KM, "Phân công nhiệm vụ cụ thể cho từng cơ quan chủ trì, cơ quan phối hợp, có thời gian hoàn thành rõ ràng"),
   (KM, "Gắn xây dựng xã hội học tập với xây dựng đô thị văn minh và mục tiêu xây dựng thị xã Kinh Môn trở thành thành "
        "phố trực thuộc tỉnh")],
  "Phân công nhiệm vụ cụ thể cho từng cơ quan chủ trì, cơ quan phối hợp với thời gian hoàn thành rõ ràng, phối hợp "
  "chặt chẽ; gắn xây dựng xã hội học tập với xây dựng đô thị văn minh và mục tiêu đưa Kinh Môn trở thành thành phố "
  "trực thuộc tỉnh.",
  ["cơ quan chủ trì, cơ quan phối hợp", "thành phố trực thuộc tỉnh"])
q("purpose", "Kế hoạch của Môn Sơn đặt ra yêu cầu gì khi triển khai?",
  [(CC, "lồng ghép với các chương trình mục tiêu quốc gia trên địa bàn"),
   (CC, "Bảo đảm tiết kiệm, hiệu quả, phù hợp với phong tục, tập quán của đồng bào các dân tộc")],
  "Các phòng, đơn vị và các bản xác định nhiệm vụ cụ thể, lồng ghép với các chương trình mục tiêu quốc gia; bảo đảm "
  "tiết kiệm, hiệu quả, phù hợp với phong tục, tập quán của đồng bào các dân tộc.",
  ["chương trình mục tiêu quốc gia", "phong tục, tập quán"])

# ------------------------------------------------------------------ task_section
q("task_section", "Phần bồi dưỡng kỹ năng cho công nhân, người lao động trong kế hoạch của Kinh Môn nêu những gì?",
  [(KM, "3. Bồi dưỡng kỹ năng cho công nhân, người lao động"),
   (KM, "Phối hợp với các doanh nghiệp trong khu công nghiệp Phú Thứ và các cụm công nghiệp tổ chức ít nhất 20 lớp bồi "
        "dưỡng kỹ năng nghề, kỹ năng số mỗi năm cho công nhân lao động")],
  "Mục III.3: phối hợp với các doanh nghiệp trong khu công nghiệp Phú Thứ và các cụm công nghiệp tổ chức ít nhất 20 "
  "lớp bồi dưỡng kỹ năng nghề, kỹ năng số mỗi năm cho công nhân lao động; khuyến khích doanh nghiệp hỗ trợ thời gian, "
  "kinh phí cho người lao động học tập.",
  ["Phú Thứ", "20 lớp"])
q("task_section", "Kinh Môn nâng cao hiệu quả Trung tâm học tập cộng đồng bằng những giải pháp nào?",
  [(KM, "Mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 06 lớp chuyên đề mỗi năm về pháp luật, kỹ thuật sản xuất, "
        "chăm sóc sức khỏe, kỹ năng số")],
  "Mỗi Trung tâm tổ chức ít nhất 06 lớp chuyên đề mỗi năm (pháp luật, kỹ thuật sản xuất, chăm sóc sức khỏe, kỹ năng "
  "số); củng cố Ban Giám đốc, bố trí cán bộ chuyên trách theo dõi hoạt động của Trung tâm.",
  ["06 lớp chuyên đề"])
q("task_section", "Nhiệm vụ tuyên truyền trong kế hoạch của Kinh Môn yêu cầu gì?",
  [(KM, "bảo đảm mỗi tháng có ít nhất 02 tin, bài về xây dựng xã hội học tập"),
   (KM, "tổ chức hưởng ứng Tuần lễ học tập suốt đời hằng năm")],
  "Tuyên truyền về học tập suốt đời trên Trang thông tin điện tử thị xã và hệ thống truyền thanh các phường, xã, bảo "
  "đảm mỗi tháng có ít nhất 02 tin, bài về xây dựng xã hội học tập; hưởng ứng Tuần lễ học tập suốt đời hằng năm.",
  ["02 tin, bài", "Tuần lễ học tập suốt đời"])
q("task_section", "Môn Sơn làm gì để xóa mù chữ cho đồng bào Đan Lai?",
  [(CC, "2. Xóa mù chữ cho đồng bào Đan Lai và chống tái mù chữ"),
   (CC, "Mỗi năm mở ít nhất 03 lớp xóa mù chữ tại các bản vùng đệm Vườn quốc gia Pù Mát")],
  "Mỗi năm mở ít nhất 03 lớp xóa mù chữ tại các bản vùng đệm Vườn quốc gia Pù Mát; vận động người học biết chữ tham "
  "gia các lớp chuyên đề để chống tái mù chữ.",
  ["03 lớp", "tái mù chữ"])
q("task_section", "Các nội dung bồi dưỡng kỹ năng sinh kế mà kế hoạch của Môn Sơn đề ra?",
  [(CC, "Tổ chức tập huấn kỹ thuật trồng quế, trồng cây dược liệu dưới tán rừng, nuôi ong; bồi dưỡng kỹ năng đón tiếp "
        "du khách, nấu ăn và thuyết minh văn hóa Thái cho các hộ làm du lịch cộng đồng")],
  "Tập huấn kỹ thuật trồng quế, trồng cây dược liệu dưới tán rừng, nuôi ong; bồi dưỡng kỹ năng đón tiếp du khách, nấu "
  "ăn và thuyết minh văn hóa Thái cho các hộ làm du lịch cộng đồng.",
  ["trồng quế", "nuôi ong", "văn hóa Thái"])
q("task_section", "Môn Sơn tuyên truyền về học tập suốt đời bằng cách nào?",
  [(CC, "Tuyên truyền bằng tiếng phổ thông và tiếng Thái trên hệ thống loa truyền thanh các bản")],
  "Tuyên truyền bằng tiếng phổ thông và tiếng Thái trên hệ thống loa truyền thanh các bản; lồng ghép vào các buổi "
  "sinh hoạt cộng đồng tại nhà văn hóa bản.",
  ["tiếng Thái", "loa truyền thanh"])

# ------------------------------------------------------------------ cross_plan
q("cross_plan", "Cơ quan thường trực trong kế hoạch của thị xã Kinh Môn và của xã Môn Sơn là cơ quan nào?",
  [(KM, KM_LEAD), (CC, CC_VHXH)],
  "Kinh Môn: Phòng Giáo dục và Đào tạo; Môn Sơn: Phòng Văn hóa - Xã hội.",
  ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa - Xã hội"])
q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2030 của Kinh Môn và Môn Sơn.",
  [(KM, KM_2030), (KM, "85% hộ gia đình đạt danh hiệu “Gia đình học tập”"), (CC, CC_HEAD), (CC, CC_YEAR[2030])],
  "Kinh Môn: 85% hộ gia đình; Môn Sơn: 78% (Bảng 1, dòng 2030). Kinh Môn cao hơn 7 điểm phần trăm.",
  ["85%", "78"])
q("cross_plan", "Kế hoạch nào có tổng kinh phí lớn hơn, Kinh Môn hay Môn Sơn, và mỗi bên bao nhiêu?",
  [(KM, KM_FUND), (CC, CC_FUND)],
  "Kinh Môn lớn hơn: 12.600 triệu đồng (2024 - 2030) so với 2.850 triệu đồng của Môn Sơn (2026 - 2030).",
  ["12.600", "2.850"])
q("cross_plan", "Mỗi Trung tâm học tập cộng đồng được hỗ trợ bao nhiêu mỗi năm ở Kinh Môn và ở Môn Sơn?",
  [(KM, "Ngân sách thị xã hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm"),
   (CC, "Ngân sách xã bố trí cho Trung tâm học tập cộng đồng 30 triệu đồng/năm")],
  "Kinh Môn: 20 triệu đồng/năm cho mỗi Trung tâm (ngân sách thị xã); Môn Sơn: 30 triệu đồng/năm (ngân sách xã).",
  ["20 triệu đồng/năm", "30 triệu đồng/năm"])
q("cross_plan", "Kế hoạch của Kinh Môn và kế hoạch năm 2026 của Huế do ai ký, với chức vụ gì?",
  [(KM, KM_SIGN), (HUE, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Bình")],
  "Cả hai đều ký TM. Ủy ban nhân dân, KT. Chủ tịch, chức vụ Phó Chủ tịch: Kinh Môn — Nguyễn Thị Hồng Nhung; Huế — "
  "Nguyễn Thanh Bình.",
  ["Nguyễn Thị Hồng Nhung", "Nguyễn Thanh Bình", "PHÓ CHỦ TỊCH"])
q("cross_plan", "Hạn báo cáo kết quả về Sở Giáo dục và Đào tạo ở xã Môn Sơn so với các xã, phường của Huế?",
  [(CC, CC_VHXH_REP), (HUE, "9. Ủy ban nhân dân các xã, phường"),
   (HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Môn Sơn: Phòng Văn hóa - Xã hội báo cáo UBND xã và Sở GD&ĐT trước ngày 05/12 hằng năm; Huế: UBND các xã, phường "
  "gửi báo cáo về Sở GD&ĐT trước ngày 15/12/2026.",
  ["05/12", "15/12/2026"])
q("cross_plan", "Cơ quan thường trực ở Kinh Môn và ở kế hoạch của Hà Nội khác nhau thế nào?",
  [(KM, KM_LEAD), (HN, "1. Sở Giáo dục và Đào tạo"),
   (HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "Cùng là cơ quan ngành giáo dục nhưng khác cấp: Kinh Môn giao Phòng Giáo dục và Đào tạo (cấp thị xã); Hà Nội giao Sở "
  "Giáo dục và Đào tạo (cấp thành phố).",
  ["Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"])
q("cross_plan", "Kinh Môn và Môn Sơn lần lượt triển khai kế hoạch nào của cấp tỉnh?",
  [(KM, "Căn cứ Kế hoạch số 3025/KH-UBND ngày 12/10/2021 của Ủy ban nhân dân tỉnh Hải Dương"),
   (CC, "Căn cứ Kế hoạch số 612/KH-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh Nghệ An")],
  "Kinh Môn: Kế hoạch số 3025/KH-UBND ngày 12/10/2021 của UBND tỉnh Hải Dương; Môn Sơn: Kế hoạch số 612/KH-UBND ngày "
  "18/11/2025 của UBND tỉnh Nghệ An.",
  ["3025/KH-UBND", "612/KH-UBND"])

# ------------------------------------------------------------------ no_diacritics
q("no_diacritics", "kinh mon ho tro moi trung tam hoc tap cong dong bao nhieu tien 1 nam",
  [(KM, "Ngân sách thị xã hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm")],
  "Ngân sách thị xã Kinh Môn hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm.",
  ["20 triệu đồng/năm"])
q("no_diacritics", "cong an thi xa kinh mon phoi hop voi nhung co quan nao de pho bien phap luat",
  [(KM, R[11])],
  "Công an thị xã chủ trì; cơ quan phối hợp là Phòng Tư pháp và Ủy ban nhân dân các phường, xã (hằng năm).",
  ["Phòng Tư pháp", "Ủy ban nhân dân các phường, xã"])
q("no_diacritics", "ke hoach kinh mon: phong giao duc va dao tao la co quan gi",
  [(KM, KM_LEAD)],
  "Phòng Giáo dục và Đào tạo là cơ quan thường trực, giúp UBND thị xã theo dõi, đôn đốc việc thực hiện Kế hoạch.",
  ["cơ quan thường trực"])
q("no_diacritics", "xa mon son nam 2026 chi tieu dong ho hoc tap bao nhieu phan tram",
  [(CC, CC_HEAD), (CC, CC_YEAR[2026])],
  "Năm 2026: 50% dòng họ đạt \"Dòng họ học tập\" (Bảng 1).",
  ["50"])
q("no_diacritics", "den nam 2027 xa mon son bo tri bao nhieu diem hoc tap so",
  [(CC, "đến năm 2027 bố trí 01 điểm học tập số tại Trung tâm và 03 điểm học tập số tại nhà văn hóa các bản đông dân cư")],
  "Đến năm 2027: 01 điểm học tập số tại Trung tâm học tập cộng đồng và 03 điểm tại nhà văn hóa các bản đông dân cư.",
  ["01 điểm", "03 điểm"])
q("no_diacritics", "cong an xa mon son tuyen truyen nhung noi dung gi",
  [(CC, "Công an xã: tuyên truyền, phổ biến pháp luật về phòng, chống ma túy, mua bán người và bảo vệ rừng tại các bản")],
  "Tuyên truyền, phổ biến pháp luật về phòng, chống ma túy, mua bán người và bảo vệ rừng tại các bản.",
  ["ma túy", "mua bán người", "bảo vệ rừng"])
q("no_diacritics", "ai ky ke hoach xay dung xa hoi hoc tap cua xa mon son",
  [(CC, CC_SIGN)],
  "Ông Lang Văn Toản, Chủ tịch UBND xã (TM. Ủy ban nhân dân, CHỦ TỊCH).",
  ["Lang Văn Toản", "CHỦ TỊCH"])

q("no_diacritics", "ke hoach xhht cua thi xa kinh mon so bao nhieu, ban hanh ngay nao",
  [(KM, "Số: 146/KH-UBND"), (KM, "Kinh Môn, ngày 15 tháng 8 năm 2024")],
  "Kế hoạch số 146/KH-UBND của UBND thị xã Kinh Môn, ban hành ngày 15 tháng 8 năm 2024 (giai đoạn 2024 - 2030).",
  ["146/KH-UBND", "15 tháng 8 năm 2024"])

# ------------------------------------------------------------------ abbreviation
q("abbreviation", "Phòng TC-KH TX Kinh Môn có n/v gì trong KH 146/KH-UBND?",
  [(KM, R[6])],
  "Phòng Tài chính - Kế hoạch chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; "
  "hướng dẫn thanh toán, quyết toán kinh phí (phối hợp Phòng GD&ĐT; tháng 11 hằng năm).",
  ["dự toán ngân sách", "quyết toán"])
q("abbreviation", "TT GDNN-GDTX TX Kinh Môn là đơn vị phối hợp ở những nhiệm vụ nào?",
  [(KM, R[5]), (KM, R[10])],
  "Phối hợp ở hai nhiệm vụ: tư vấn, hướng nghiệp, giới thiệu việc làm cho người lao động nông thôn sau học nghề (chủ "
  "trì: Phòng LĐ-TB&XH); đánh giá, xếp loại TTHTCĐ và bồi dưỡng cán bộ quản lý TTHTCĐ (chủ trì: Phòng GD&ĐT). "
  "(Trung tâm còn chủ trì việc xây dựng điểm học tập số.)",
  ["giới thiệu việc làm", "xếp loại"])
q("abbreviation", "LĐLĐ TX Kinh Môn tham gia nhiệm vụ nào trong KH?",
  [(KM, R[4])],
  "Liên đoàn Lao động thị xã là cơ quan phối hợp (cùng các doanh nghiệp) trong nhiệm vụ bồi dưỡng kỹ năng nghề, kỹ "
  "năng số cho công nhân lao động tại các khu, cụm công nghiệp, do Phòng Lao động - Thương binh và Xã hội chủ trì "
  "(2024 - 2030).",
  ["Liên đoàn Lao động thị xã", "kỹ năng nghề, kỹ năng số", "Phòng Lao động - Thương binh và Xã hội"])
q("abbreviation", "TTHTCĐ xã Môn Sơn năm 2028 phải mở bn lớp chuyên đề?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2028])],
  "28 lớp chuyên đề/năm trong năm 2028 (Bảng 1).",
  ["28"])
q("abbreviation", "UBMTTQ VN xã Môn Sơn và các đoàn thể được đề nghị những gì?",
  [(CC, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể: phối hợp tuyên truyền, vận động đoàn viên, hội "
        "viên tham gia học tập suốt đời"),
   (CC, "Hội Khuyến học xã vận động Quỹ khuyến học đạt ít nhất 150 triệu đồng/năm")],
  "Phối hợp tuyên truyền, vận động đoàn viên, hội viên tham gia học tập suốt đời; trong đó Hội Khuyến học xã vận động "
  "Quỹ khuyến học ít nhất 150 triệu đồng/năm, Đoàn Thanh niên xã thành lập tổ \"Bình dân học vụ số\".",
  ["học tập suốt đời", "150 triệu đồng"])
q("abbreviation", "VP HĐND & UBND xã Môn Sơn làm gì trong KH XHHT?",
  [(CC, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: đăng tải Kế hoạch và các tài liệu học tập trên Trang thông "
        "tin điện tử xã; hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại bộ phận một cửa")],
  "Đăng tải Kế hoạch và các tài liệu học tập trên Trang thông tin điện tử xã; hướng dẫn người dân sử dụng dịch vụ công "
  "trực tuyến tại bộ phận một cửa.",
  ["Trang thông tin điện tử xã", "bộ phận một cửa"])
q("abbreviation", "KH 146 của TX Kinh Môn: tỷ lệ CNLĐ được bồi dưỡng KN nghề, KN số đến 2030?",
  [(KM, KM_2030), (KM, "70% công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số")],
  "70% công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số đến năm 2030 (năm "
  "2025: 45%).",
  ["70%"])

# ------------------------------------------------------------------ paraphrase
q("paraphrase", "Ở Kinh Môn, việc giúp người lao động nông thôn học nghề xong tìm được việc làm do đơn vị nào đứng ra làm?",
  [(KM, R[4]), (KM, R[5])],
  "Phòng Lao động - Thương binh và Xã hội chủ trì (ô chủ trì của dòng 4 gộp xuống dòng 5), phối hợp Trung tâm Giáo dục "
  "nghề nghiệp - Giáo dục thường xuyên thị xã; thời gian 2024 - 2030.",
  ["Phòng Lao động - Thương binh và Xã hội", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã"])
q("paraphrase", "Việc đưa tin lên trang web của thị xã Kinh Môn và mở rộng tủ sách ở khu dân cư do ai phụ trách chính?",
  [(KM, R[7]), (KM, R[8])],
  "Phòng Văn hóa và Thông tin chủ trì (ô chủ trì gộp dòng 7-8), phối hợp Trung tâm Văn hóa, Thông tin và Thể thao thị "
  "xã; hoàn thành Quý IV/2025.",
  ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao thị xã"])
q("paraphrase", "Ở Môn Sơn, người dân muốn vào đọc sách ở thư viện trường thì đến vào hôm nào?",
  [(CC, "mở cửa thư viện nhà trường phục vụ người dân vào ngày thứ Bảy")],
  "Vào ngày thứ Bảy: các trường mầm non, tiểu học, THCS mở cửa thư viện nhà trường phục vụ người dân.",
  ["thứ Bảy"])
q("paraphrase", "Ở Môn Sơn ai chỉ cho bà con cách làm thủ tục hành chính qua mạng?",
  [(CC, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: đăng tải Kế hoạch"),
   (CC, "hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại bộ phận một cửa")],
  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại bộ phận một cửa (Đoàn Thanh niên "
  "xã còn có tổ \"Bình dân học vụ số\" hướng dẫn kỹ năng số ở các bản).",
  ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "dịch vụ công trực tuyến"])
q("paraphrase", "Thị xã Kinh Môn tính chuyện mỗi năm cho công nhân đi học mấy lớp nghề và kỹ năng số?",
  [(KM, "tổ chức ít nhất 20 lớp bồi dưỡng kỹ năng nghề, kỹ năng số mỗi năm cho công nhân lao động")],
  "Ít nhất 20 lớp bồi dưỡng kỹ năng nghề, kỹ năng số mỗi năm, phối hợp với các doanh nghiệp trong khu công nghiệp "
  "Phú Thứ và các cụm công nghiệp.",
  ["20 lớp"])

# ------------------------------------------------------------------ english
q("english", "Who signed Kinh Môn's learning-society plan, and in what capacity?",
  [(KM, KM_SIGN)],
  "Nguyễn Thị Hồng Nhung signed it for the People's Committee (TM. ỦY BAN NHÂN DÂN) on behalf of the Chairman (KT. "
  "CHỦ TỊCH), as Vice-Chairwoman (PHÓ CHỦ TỊCH).",
  ["Nguyễn Thị Hồng Nhung", "PHÓ CHỦ TỊCH"])
q("english", "What is the number and issue date of Kinh Môn's plan?",
  [(KM, "Số: 146/KH-UBND"), (KM, "Kinh Môn, ngày 15 tháng 8 năm 2024")],
  "Plan No. 146/KH-UBND of the People's Committee of Kinh Môn town, dated 15 August 2024 (\"ngày 15 tháng 8 năm 2024\").",
  ["146/KH-UBND", "15 tháng 8 năm 2024"])
q("english", "Which body is the standing agency for Kinh Môn's plan?",
  [(KM, KM_LEAD)],
  "Phòng Giáo dục và Đào tạo (the town's Education and Training Office) is the \"cơ quan thường trực\", helping the "
  "People's Committee monitor and urge implementation.",
  ["Phòng Giáo dục và Đào tạo", "cơ quan thường trực"])
q("english", "By when must Kinh Môn's wards and communes draw up their annual learning-society plans?",
  [(KM, R[13])],
  "Before 31 January every year (\"Trước ngày 31/01 hằng năm\"); the ward/commune People's Committees lead, with the "
  "ward/commune study-promotion associations.",
  ["31/01"])
q("english", "How much one-off support does each digital learning point get in Kinh Môn?",
  [(KM, "hỗ trợ một lần 50 triệu đồng cho mỗi điểm học tập số")],
  "A one-off 50 million dong (\"50 triệu đồng\") per digital learning point, from the town budget.",
  ["50 triệu đồng"])
q("english", "Which bodies coordinate with Kinh Môn's Culture and Information Office on the family and clan learning models?",
  [(KM, R[7])],
  "Hội Khuyến học thị xã (the town Study Promotion Association) and Ủy ban Mặt trận Tổ quốc Việt Nam thị xã (the "
  "Fatherland Front committee); the task is yearly (\"Hằng năm\").",
  ["Hội Khuyến học thị xã", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã"])
q("english", "Who leads building the digital learning points in Kinh Môn, and by when?",
  [(KM, R[9])],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã leads it (with Phòng GD&ĐT and Bưu điện thị xã), to be "
  "completed by Quý II/2026 (Q2 2026).",
  ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã", "Quý II/2026"])
q("english", "Which organisations does Kinh Môn's plan ask to help supervise implementation?",
  [(KM, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội thị xã (Thị đoàn, Hội Liên "
        "hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh thị xã)"),
   (KM, "phối hợp giám sát việc thực hiện Kế hoạch")],
  "The town Fatherland Front committee (Ủy ban Mặt trận Tổ quốc Việt Nam thị xã) and socio-political organisations (Thị đoàn, Hội Liên hiệp Phụ nữ, Hội Nông "
  "dân, Hội Cựu chiến binh) are requested (\"Đề nghị\") to mobilise members and to help supervise (\"phối hợp giám "
  "sát\") implementation.",
  ["Ủy ban Mặt trận Tổ quốc Việt Nam thị xã", "Hội Cựu chiến binh", "giám sát"])
q("english", "Who signed Môn Sơn commune's plan?",
  [(CC, CC_SIGN)],
  "Lang Văn Toản, Chairman (CHỦ TỊCH) of the commune People's Committee, signing for the committee (TM. ỦY BAN NHÂN DÂN).",
  ["Lang Văn Toản", "CHỦ TỊCH"])
q("english", "What are the number and date of Môn Sơn's learning-society plan?",
  [(CC, "Số: 14/KH-UBND"), (CC, "Môn Sơn, ngày 23 tháng 01 năm 2026")],
  "Plan No. 14/KH-UBND, dated 23 January 2026 (\"ngày 23 tháng 01 năm 2026\"), for 2026 - 2030.",
  ["14/KH-UBND", "23 tháng 01 năm 2026"])
q("english", "What level-2 literacy rate for people aged 15-60 does Môn Sơn target in 2026?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2026])],
  "93,5% (93.5%) in 2026, rising to 97% in 2030 (Table 1, years as rows).",
  ["93,5"])
q("english", "How many literacy classes will Môn Sơn open each year, and how much does each class receive?",
  [(CC, "Mỗi năm mở ít nhất 03 lớp xóa mù chữ"), (CC, "hỗ trợ mỗi lớp xóa mù chữ 25 triệu đồng")],
  "At least 03 literacy classes a year in the buffer-zone villages of Pù Mát National Park; the commune budget gives "
  "25 triệu đồng (25 million dong) per class.",
  ["03", "25 triệu đồng"])
q("english", "What will Môn Sơn's Youth Union set up?",
  [(CC, "Đoàn Thanh niên xã thành lập tổ “Bình dân học vụ số” hướng dẫn kỹ năng số cho người dân ở các bản")],
  "A \"Bình dân học vụ số\" team that guides villagers in digital skills.",
  ["Bình dân học vụ số"])
q("english", "Which provincial plan does Môn Sơn's plan implement?",
  [(CC, "Căn cứ Kế hoạch số 612/KH-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh Nghệ An")],
  "Plan No. 612/KH-UBND of 18/11/2025 of the Nghệ An Provincial People's Committee on building a learning society "
  "for 2026 - 2030.",
  ["612/KH-UBND", "18/11/2025"])
q("english", "When will Môn Sơn hold the mid-term review and the final review of the plan?",
  [(CC, "sơ kết vào năm 2028 và tổng kết vào năm 2030")],
  "Mid-term review (\"sơ kết vào năm 2028\") in 2028 and final review (\"tổng kết vào năm 2030\") in 2030.",
  ["sơ kết vào năm 2028", "tổng kết vào năm 2030"])

# ------------------------------------------------------------------ follow_up
q("follow_up", "Hạn hoàn thành những việc đó là khi nào?",
  [(KM, R[4]), (KM, R[5])],
  "2024 - 2030: ô \"Thời gian hoàn thành\" của dòng 4 được gộp xuống dòng 5, nên cả hai nhiệm vụ đều thực hiện trong "
  "giai đoạn 2024 - 2030.",
  ["2024 - 2030"],
  h("Phòng Lao động - Thương binh và Xã hội thị xã Kinh Môn chủ trì những việc gì?",
    "Bồi dưỡng kỹ năng nghề, kỹ năng số cho công nhân lao động ở các khu, cụm công nghiệp; tư vấn, hướng nghiệp, giới "
    "thiệu việc làm cho lao động nông thôn sau học nghề."))
q("follow_up", "Còn năm 2030?",
  [(KM, KM_2030), (KM, "85% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "Đến năm 2030: 85% hộ gia đình đạt danh hiệu \"Gia đình học tập\".",
  ["85%"],
  h("Năm 2025 Kinh Môn phấn đấu bao nhiêu phần trăm hộ đạt Gia đình học tập?", "75% hộ gia đình."))
q("follow_up", "Cơ quan nào phối hợp?",
  [(KM, R[9])],
  "Phòng Giáo dục và Đào tạo và Bưu điện thị xã.",
  ["Phòng Giáo dục và Đào tạo", "Bưu điện thị xã"],
  h("Ai chủ trì xây dựng điểm học tập số ở Kinh Môn?",
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã, hoàn thành Quý II/2026."))
q("follow_up", "Trong đó ngân sách các phường, xã bao nhiêu?",
  [(KM, KM_FUND)],
  "3.100 triệu đồng (trong tổng 12.600 triệu đồng).",
  ["3.100"],
  h("Kế hoạch của thị xã Kinh Môn cần tổng cộng bao nhiêu kinh phí?", "12.600 triệu đồng cho giai đoạn 2024 - 2030."))
q("follow_up", "Rồi Phòng đó phải báo cáo lên Sở khi nào?",
  [(KM, R[1]), (KM, R[3])],
  "Phòng Giáo dục và Đào tạo (chủ trì, ô gộp từ dòng 1) tổng hợp, báo cáo kết quả thực hiện Kế hoạch với UBND thị xã "
  "và Sở Giáo dục và Đào tạo trước ngày 15/12 hằng năm.",
  ["15/12"],
  h("Các cơ quan ở Kinh Môn gửi báo cáo kết quả về đâu, trước ngày nào?",
    "Về Phòng Giáo dục và Đào tạo, trước ngày 30/11 hằng năm."))
q("follow_up", "Mỗi năm họ phải vận động được bao nhiêu cho Quỹ khuyến học?",
  [(KM, "phấn đấu đạt ít nhất 1.000 triệu đồng mỗi năm")],
  "Ít nhất 1.000 triệu đồng mỗi năm.",
  ["1.000 triệu đồng"],
  h("Hội Khuyến học thị xã Kinh Môn được đề nghị làm gì?",
    "Đẩy mạnh phong trào khuyến học, khuyến tài; vận động xây dựng Quỹ khuyến học; phối hợp công nhận các danh hiệu học tập."))
q("follow_up", "Năm 2028 thì sao?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2028])],
  "Năm 2028: 70% hộ đạt \"Gia đình học tập\".",
  ["70"],
  h("Xã Môn Sơn năm 2026 đặt chỉ tiêu Gia đình học tập bao nhiêu?", "62%."))
q("follow_up", "Còn đến năm 2030?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2030])],
  "Năm 2030: 70% bản đạt \"Bản học tập\".",
  ["70"],
  h("Tỷ lệ Bản học tập của xã Môn Sơn năm 2026 là bao nhiêu?", "40%."))
q("follow_up", "Họ phối hợp với đơn vị nào để bồi dưỡng kỹ năng làm du lịch cộng đồng?",
  [(CC, "phối hợp Ban Quản lý Vườn quốc gia Pù Mát bồi dưỡng kỹ năng làm du lịch cộng đồng cho các hộ dân vùng đệm")],
  "Với Ban Quản lý Vườn quốc gia Pù Mát, để bồi dưỡng cho các hộ dân vùng đệm.",
  ["Ban Quản lý Vườn quốc gia Pù Mát"],
  h("Phòng Kinh tế xã Môn Sơn có nhiệm vụ gì?",
    "Chủ trì tổ chức ít nhất 08 lớp tập huấn kỹ thuật sản xuất nông, lâm nghiệp mỗi năm."))
q("follow_up", "Trong đó ngân sách xã chi bao nhiêu?",
  [(CC, CC_FUND)],
  "1.050 triệu đồng từ ngân sách xã (tỉnh hỗ trợ 1.200, xã hội hóa và chương trình, dự án 600).",
  ["1.050"],
  h("Kế hoạch của xã Môn Sơn tổng kinh phí bao nhiêu?", "2.850 triệu đồng cho 2026 - 2030."))
q("follow_up", "Cơ quan đó phải báo cáo Sở trước ngày nào?",
  [(CC, CC_VHXH_REP)],
  "Trước ngày 05/12 hằng năm (báo cáo UBND xã và Sở Giáo dục và Đào tạo).",
  ["05/12"],
  h("Ở xã Môn Sơn cơ quan nào là thường trực của kế hoạch?", "Phòng Văn hóa - Xã hội."))
q("follow_up", "And Kinh Môn's?",
  [(KM, KM_SIGN)],
  "Nguyễn Thị Hồng Nhung, PHÓ CHỦ TỊCH (Vice-Chairwoman), signing KT. CHỦ TỊCH for the People's Committee.",
  ["Nguyễn Thị Hồng Nhung", "PHÓ CHỦ TỊCH"],
  h("Who signed Môn Sơn's plan?", "Lang Văn Toản, Chairman (CHỦ TỊCH) of the commune People's Committee."))
q("follow_up", "Vậy ở xã Môn Sơn thì chỉ tiêu biết chữ mức độ 2 năm 2028 là bao nhiêu?",
  [(CC, CC_HEAD), (CC, CC_YEAR[2028])],
  "95,5% người 15 - 60 tuổi biết chữ mức độ 2 vào năm 2028.",
  ["95,5"],
  h("Kế hoạch xây dựng xã hội học tập của xã Con Cuông đặt chỉ tiêu biết chữ thế nào?",
    "Các kế hoạch đang có không gồm kế hoạch của xã Con Cuông nên tôi không trả lời được."))
q("follow_up", "Thế còn thị xã Kinh Môn thì chỉ tiêu Dòng họ học tập năm 2030 là bao nhiêu?",
  [(KM, KM_2030), (KM, "80% dòng họ đạt danh hiệu “Dòng họ học tập”")],
  "Đến năm 2030: 80% dòng họ đạt danh hiệu \"Dòng họ học tập\".",
  ["80%"],
  h("Thành phố Chí Linh đặt chỉ tiêu Dòng họ học tập bao nhiêu?",
    "Không có kế hoạch của thành phố Chí Linh trong các kế hoạch đang có."))
q("follow_up", "Còn Trạm Y tế xã?",
  [(CC, "Trạm Y tế xã: phối hợp Trung tâm học tập cộng đồng tổ chức các chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em, "
        "phòng chống suy dinh dưỡng")],
  "Trạm Y tế xã phối hợp Trung tâm học tập cộng đồng tổ chức các chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em, phòng "
  "chống suy dinh dưỡng.",
  ["sức khỏe bà mẹ, trẻ em", "suy dinh dưỡng"],
  h("Công an xã Môn Sơn làm gì trong kế hoạch?",
    "Tuyên truyền, phổ biến pháp luật về phòng, chống ma túy, mua bán người và bảo vệ rừng tại các bản."))

# ------------------------------------------------------------------ unanswerable
NOT = "Kế hoạch không nêu"
q("unanswerable", "Kế hoạch xây dựng xã hội học tập của thành phố Chí Linh đặt chỉ tiêu gì?", [],
  "Các kế hoạch đang có không gồm kế hoạch của thành phố Chí Linh (chỉ có thị xã Kinh Môn và xã Môn Sơn cùng năm "
  "kế hoạch có sẵn).", [], probe=r"chi linh", probe_docs=ALL_PLANS)
q("unanswerable", "Phường An Lưu của thị xã Kinh Môn phải đạt bao nhiêu phần trăm gia đình học tập năm 2025?", [],
  "Kế hoạch của Kinh Môn chỉ đặt chỉ tiêu chung cho thị xã (75% năm 2025), không giao chỉ tiêu riêng cho phường An Lưu "
  "hay từng phường, xã.", [], probe=r"an luu")
q("unanswerable", "Kế hoạch 3025/KH-UBND của UBND tỉnh Hải Dương giao Sở Giáo dục và Đào tạo tỉnh những nhiệm vụ gì?", [],
  "Kế hoạch 3025/KH-UBND chỉ được Kinh Môn trích dẫn làm căn cứ; nội dung của nó không có trong các kế hoạch đang có.",
  [], probe=r"3025/kh-ubnd[^.;]*giao so giao duc")
q("unanswerable", "What does Đông Triều town's learning-society plan require?", [],
  "No plan of Đông Triều is loaded; the loaded plans are Kinh Môn's, Môn Sơn's and the five bundled plans.", [],
  probe=r"dong trieu", probe_docs=ALL_PLANS)
q("unanswerable", "Kế hoạch xây dựng xã hội học tập của xã Con Cuông giao nhiệm vụ gì cho Trung tâm học tập cộng đồng?", [],
  "Không có kế hoạch của xã Con Cuông trong các kế hoạch đang có.", [], probe=r"con cuong", probe_docs=ALL_PLANS)
q("unanswerable", "Tỉnh Nghệ An đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?", [],
  "Kế hoạch 612/KH-UBND của UBND tỉnh Nghệ An chỉ được xã Môn Sơn dẫn làm căn cứ; chỉ tiêu của tỉnh không có trong "
  "các kế hoạch đang có (78% là chỉ tiêu riêng của xã Môn Sơn).", [],
  probe=r"(tinh|nghe an)[^.;]{0,80}gia dinh hoc tap[^.;]{0,40}\d+ ?%")
q("unanswerable", "What targets does Tương Dương commune set for 2030?", [],
  "No plan of Tương Dương is loaded.", [], probe=r"tuong duong", probe_docs=ALL_PLANS)
q("unanswerable", "Còn năm 2027?", [],
  "Ô \"Bản học tập\" của dòng 2027 trong Bảng 1 để trống: kế hoạch không đặt chỉ tiêu Bản học tập cho năm 2027 (chỉ "
  "có 40% năm 2026 và 55% năm 2028).", [],
  h("Tỷ lệ Bản học tập của xã Môn Sơn năm 2026 là bao nhiêu?", "40%."),
  probe=r"2027 66 55 \d+(,\d+)? 94,5")
q("unanswerable", "Năm 2029 xã Môn Sơn phấn đấu bao nhiêu phần trăm gia đình học tập?", [],
  "Bảng 1 chỉ có các năm 2026, 2027, 2028 và 2030; kế hoạch không đặt chỉ tiêu cho năm 2029.", [], probe=r"\b2029\b")
q("unanswerable", "What is Môn Sơn's 2027 target for 'Bản học tập' (learning villages)?", [],
  "The plan sets none: the 2027 row of Table 1 leaves the Bản học tập cell empty (40% in 2026, 55% in 2028).", [],
  probe=r"2027 66 55 \d+(,\d+)? 94,5")
q("unanswerable", "Chỉ tiêu Gia đình học tập năm 2027 của thị xã Kinh Môn là bao nhiêu?", [],
  "Kế hoạch của Kinh Môn chỉ đặt chỉ tiêu cho năm 2025 (75%) và năm 2030 (85%), không có năm 2027.", [],
  probe=r"2027[^.;]{0,60}gia dinh hoc tap|gia dinh hoc tap[^.;]{0,60}2027", probe_docs=[KM])
q("unanswerable", "Kinh Môn đặt chỉ tiêu bao nhiêu phần trăm Công dân học tập?", [],
  "Kế hoạch của Kinh Môn không có chỉ tiêu \"Công dân học tập\" (chỉ có Gia đình, Dòng họ, Đơn vị, Cộng đồng học tập).",
  [], probe=r"cong dan hoc tap", probe_docs=[KM])
q("unanswerable", "Trung tâm Y tế thị xã Kinh Môn có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?", [],
  "Kế hoạch của Kinh Môn không giao nhiệm vụ cho Trung tâm Y tế hay Phòng Y tế thị xã.", [],
  probe=r"phong y te|trung tam y te|\by te\b", probe_docs=[KM])
q("unanswerable", "Ban Chỉ huy Quân sự thị xã Kinh Môn được giao nhiệm vụ gì trong kế hoạch?", [],
  "Kế hoạch (phần hiển thị của văn bản) không nhắc đến Ban Chỉ huy Quân sự thị xã; chỉ một ghi chú soạn thảo bị ẩn "
  "đề xuất bổ sung, không phải nội dung kế hoạch.", [], probe=r"quan su", probe_docs=[KM])
q("unanswerable", "Phòng Nội vụ thị xã Kinh Môn chủ trì những nhiệm vụ nào?", [],
  "Phòng Nội vụ không chủ trì nhiệm vụ nào: trong Bảng phân công nó chỉ là cơ quan phối hợp ở dòng 1 (kiện toàn Ban "
  "Chỉ đạo, do Phòng GD&ĐT chủ trì).", [], probe=r"phong noi vu (?!thang 9/2024)", probe_docs=[KM])
q("unanswerable", "Bưu điện thị xã Kinh Môn chủ trì việc gì trong kế hoạch?", [],
  "Bưu điện thị xã không chủ trì nhiệm vụ nào; nó chỉ phối hợp ở dòng 9 (điểm học tập số, do Trung tâm GDNN-GDTX chủ "
  "trì).", [], probe=r"buu dien thi xa (?!quy ii/2026)", probe_docs=[KM])
q("unanswerable", "Which tasks does Kinh Môn's town Labour Federation (Liên đoàn Lao động thị xã) lead?", [],
  "None: the Labour Federation appears only in the coordinating column (row 4, led by Phòng Lao động - Thương binh "
  "và Xã hội).", [], probe=r"lien doan lao dong thi xa(?!; cac doanh nghiep)", probe_docs=[KM])
q("unanswerable", "Hiện nay thị xã Kinh Môn có bao nhiêu Trung tâm học tập cộng đồng đạt loại Tốt?", [],
  "Kế hoạch không nêu số hiện có hay kết quả đánh giá hiện nay; chỉ đặt chỉ tiêu 80% (2025) và 100% (2030).", [],
  probe=r"hien nay|hien co|ket qua (nam|thuc hien) 202[34]", probe_docs=[KM])
q("unanswerable", "Cơ quan không hoàn thành nhiệm vụ đúng hạn theo kế hoạch của Kinh Môn sẽ bị xử lý thế nào?", [],
  "Kế hoạch không quy định xử lý, kỷ luật hay khen thưởng; chỉ yêu cầu báo cáo và phản ánh vướng mắc về Phòng GD&ĐT.",
  [], probe=r"xu ly|ky luat|che tai|khen thuong", probe_docs=[KM])
q("unanswerable", "Mức hỗ trợ 25 triệu đồng cho mỗi Trung tâm học tập cộng đồng ở Kinh Môn áp dụng từ năm nào?", [],
  "Kế hoạch không có mức 25 triệu đồng: nó hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm (con số 25 triệu "
  "chỉ nằm trong một ghi chú soạn thảo bị ẩn).", [], probe=r"25 trieu", probe_docs=[KM])
q("unanswerable", "Nghị quyết 08-NQ/TU của Thị ủy Kinh Môn đặt chỉ tiêu gì cho giáo dục đến năm 2030?", [],
  "Nghị quyết 08-NQ/TU chỉ được dẫn làm căn cứ; nội dung và chỉ tiêu của nó không có trong kế hoạch.", [],
  probe=r"nghi quyet (so )?08-nq/tu[^;]*(dat|phan dau|chi tieu)", probe_docs=[KM])
q("unanswerable", "What total budget did Tờ trình 57/TTr-PGDĐT propose for Kinh Môn's plan?", [],
  "The plan only cites Tờ trình 57/TTr-PGDĐT as the proposal it was issued on; what the Tờ trình proposed is not in it.",
  [], probe=r"57/ttr-pgddt[^.;]*trieu", probe_docs=[KM])
q("unanswerable", "Hội Cựu chiến binh xã Môn Sơn có nhiệm vụ gì?", [],
  "Kế hoạch của Môn Sơn không nhắc Hội Cựu chiến binh xã (chỉ nêu chung \"các đoàn thể\", Hội Khuyến học xã và Đoàn "
  "Thanh niên xã).", [], probe=r"cuu chien binh", probe_docs=[CC])
q("unanswerable", "Ban Chỉ huy Quân sự xã Môn Sơn làm gì trong kế hoạch xây dựng xã hội học tập?", [],
  "Kế hoạch của Môn Sơn không giao nhiệm vụ cho Ban Chỉ huy Quân sự xã.", [], probe=r"quan su", probe_docs=[CC])
q("unanswerable", "Bản đạt danh hiệu Bản học tập ở Môn Sơn được thưởng bao nhiêu tiền?", [],
  "Kế hoạch không quy định mức thưởng cho bản đạt \"Bản học tập\".", [], probe=r"khen thuong|muc thuong|\bthuong\b[^.;]{0,30}(trieu|dong)", probe_docs=[CC])
q("unanswerable", "Hiện nay xã Môn Sơn có bao nhiêu bản?", [],
  "Kế hoạch không nêu số bản của xã.", [], probe=r"\d+ ban\b|\d+/\d+ ban", probe_docs=[CC])
q("unanswerable", "Năm 2025 xã Môn Sơn đạt bao nhiêu phần trăm hộ Gia đình học tập?", [],
  "Kế hoạch không nêu kết quả năm 2025; Bảng 1 bắt đầu từ năm 2026 (62%).", [],
  probe=r"nam 2025[^.;]{0,60}(dat|%)", probe_docs=[CC])
q("unanswerable", "Nghị quyết 05/NQ-HĐND của HĐND xã Môn Sơn bố trí bao nhiêu tiền cho giáo dục năm 2026?", [],
  "Nghị quyết 05/NQ-HĐND chỉ được dẫn làm căn cứ; các con số dự toán của nó không có trong kế hoạch.", [],
  probe=r"05/nq-hdnd[^;]*\d+ trieu", probe_docs=[CC])
q("unanswerable", "Kế hoạch của xã Môn Sơn giao Phòng Giáo dục và Đào tạo huyện Con Cuông nhiệm vụ gì?", [],
  "Kế hoạch (2026, sau sắp xếp, không còn cấp huyện) không nhắc Phòng GD&ĐT huyện; xã báo cáo trực tiếp UBND xã và Sở "
  "GD&ĐT.", [], probe=r"phong giao duc|huyen con cuong", probe_docs=[CC])
q("unanswerable", "How much of Kinh Môn's budget goes to the 2025 study-promotion festival (Ngày hội khuyến học)?", [],
  "The plan does not break its 12.600 million budget down by activity; no amount is given for the Ngày hội khuyến học.",
  [], probe=r"ngay hoi[^.;]*trieu", probe_docs=[KM])
q("unanswerable", "Mỗi điểm học tập số ở các bản của Môn Sơn được hỗ trợ bao nhiêu tiền?", [],
  "Kế hoạch của Môn Sơn không nêu mức hỗ trợ cho điểm học tập số (mức 50 triệu đồng/điểm là của Kinh Môn).", [],
  probe=r"diem hoc tap so[^.;]*trieu|trieu[^.;]*diem hoc tap so", probe_docs=[CC])
q("unanswerable", "Kinh Môn hỗ trợ mỗi lớp xóa mù chữ bao nhiêu tiền?", [],
  "Kế hoạch của Kinh Môn không có lớp xóa mù chữ hay mức hỗ trợ cho lớp (mức 25 triệu đồng/lớp là của Môn Sơn).", [],
  probe=r"lop xoa mu chu|xoa mu chu[^.;]*trieu", probe_docs=[KM])

q("unanswerable", "Vì sao Kinh Môn nâng chỉ tiêu Gia đình học tập năm 2025 từ 70% lên 75%?", [],
  "Kế hoạch chỉ ghi 75% cho năm 2025; nó không nói đến mức 70% hay việc điều chỉnh nào (con số 70% chỉ là chữ ẩn còn "
  "sót trong bản thảo, không hiển thị).", [], probe=r"70%[^.;]{0,40}gia dinh hoc tap|dieu chinh chi tieu", probe_docs=[KM])
q("unanswerable", "What budget did Kinh Môn's first submitted option (phương án trình lần 1) propose?", [],
  "The plan gives one total, 12.600 million dong; it mentions no earlier option (the 11.800 figure is hidden draft "
  "text that Word does not show).", [], probe=r"11\.800|phuong an trinh", probe_docs=[KM])


def main():
    problems = []
    seen = set()
    counts = {}
    for x in Q:
        where = x["id"]
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        if x["question"] in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(x["question"])
        if x["type"] == "follow_up" and not x["history"]:
            problems.append(f"{where}: follow_up without history")
        if x["type"] == "unanswerable":
            if x["evidence"] or x["key_facts"]:
                problems.append(f"{where}: unanswerable with evidence/key facts")
            if not x["_probe"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in x["_probe_docs"]:
                    m = re.search(x["_probe"], plain(text(d)))
                    if m:
                        problems.append(f"{where}: probe {x['_probe']!r} matches {d}: {m.group(0)!r}")
            continue
        if not x["evidence"]:
            problems.append(f"{where}: no evidence")
        for ev in x["evidence"]:
            if norm(ev["span"]) not in text(ev["doc"]):
                problems.append(f"{where}: span not in {ev['doc']}: {ev['span'][:80]!r}")
        for kf in x["key_facts"]:
            k = norm(kf).lower()
            if k not in norm(x["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in norm(ev["span"]).lower() for ev in x["evidence"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
    for t, m in MIN.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for x in Q:
            rec = {k: v for k, v in x.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(Q)} questions -> {OUT}; {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
