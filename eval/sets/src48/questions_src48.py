"""Write eval/sets/newplans48.jsonl: set 48's questions on plans48/ (and, for cross-plan questions, the bundled plans).

    python eval/sets/src48/questions_src48.py

Refuses to write if: a span is missing from its plan after FORMAT.md's normalisation (text as extracted by
check_sets.py); a key fact is missing from the reference answer or from every span the question cites; a follow-up has
no history; two questions share a text; an unanswerable question has docs/evidence or no probe, or its probe regex
matches the accent-free normalised text of the plans it is about; a type falls below the brief's minimum.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
from check_sets import norm, text_of  # noqa: E402

R = "rachgia_58-KH-UBND_2025.docx"
H = "kiengiang_27-KH-HKH_2025.docx"
CT = "003_1a817ee72b993e3e.txt"
HUE = "000_4550be4bb11189cd.txt"
BUNDLED = ["000_4550be4bb11189cd.txt", "001_7bafa58816a5de75.txt", "002_797e8de6131c77f9.txt", CT,
           "004_b1b28019b71edc03.txt"]
OURS = [R, H]
ALL = OURS + BUNDLED
MINIMUM = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
           "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4,
           "english": 18, "follow_up": 14, "unanswerable": 28}

Q = []


# A target line whose year is only in its heading gets the heading cited too, so the year can be read from the spans.
YEAR_HEADS = [
    (R, ("12/12 xã, phường", "65% hộ gia đình", "60% người trong độ tuổi", "Ít nhất 06 thư viện"), "a) Đến năm 2027"),
    (R, ("80% hộ gia đình", "85% người trong độ tuổi", "12/12 Trung tâm", "30% người lao động trong các cơ sở"), "b) Đến năm 2030"),
    (R, ("65% of households", "60% of working-age", "At least 06", "12/12 communes"), "a) By 2027"),
    (R, ("80% of households", "85% of working-age", "12/12 Community", "30% of workers"), "b) By 2030"),
    (H, ("380.000 người", "45 tỷ đồng", "60% hộ gia đình đạt danh hiệu GĐHT"), "1. Đến năm 2027"),
    (H, ("420.000 người", "60 tỷ đồng", "12.000 suất", "75% hộ gia đình đạt danh hiệu GĐHT", "đạt danh hiệu CDHT."), "2. Đến năm 2030"),
]


ANNEX = {
    R: (r"^\d+ (Phường|Xã) ", ["TT Xã, phường Hộ gia đình đạt danh hiệu “Gia đình học tập” (%) Người trong độ tuổi lao động có kỹ năng số cơ bản (%)",
                             "CHỈ TIÊU NĂM 2027 GIAO CHO CÁC XÃ, PHƯỜNG"]),
    H: (r"^\d+ (Thành phố|Huyện|Các BĐD) ", ["TT Đơn vị Hội viên (người) Quỹ khuyến học vận động (triệu đồng/năm) Hộ đạt danh hiệu GĐHT (%)",
                                          "CHỈ TIÊU NĂM 2027 GIAO CHO HỘI KHUYẾN HỌC CÁC HUYỆN, THÀNH PHỐ"]),
}


def with_year_heads(ev):
    out = list(ev)
    for doc, span in ev:
        if doc in ANNEX and re.match(ANNEX[doc][0], span):
            # a Phụ lục row: its header row (columns, units) and its title (the year) are cited with it
            have = [x for d, x in out if d == doc]
            for extra in ANNEX[doc][1]:
                if not any(extra in x for x in have):
                    out.append((doc, extra))
        for hdoc, starts, head in YEAR_HEADS:
            if doc == hdoc and any(k in span for k in starts) and (doc, head) not in out:
                out.append((doc, head))
    return out


def q(typ, question, ev, answer, kf, history=None, probe=None, probe_docs=None):
    """ev: list of (doc, span); for unanswerable, ev = [] and probe is required."""
    ev = with_year_heads(ev)
    Q.append({"type": typ, "question": question, "ev": ev, "answer": answer, "kf": kf, "history": history or [],
              "probe": probe, "probe_docs": probe_docs})


def hist(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ---------------------------------------------------------------- agency_tasks
q("agency_tasks", "Theo kế hoạch xây dựng thành phố học tập của UBND thành phố Rạch Giá, Phòng Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(R, "1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố thành lập Tổ công tác xây dựng hồ sơ đề cử; hoàn thành hồ sơ đề cử, trình Ủy ban nhân dân thành phố trước ngày 30/6/2026")],
  "Phòng GD&ĐT là cơ quan thường trực: tham mưu UBND thành phố thành lập Tổ công tác xây dựng hồ sơ đề cử; hoàn thành hồ sơ đề cử, trình UBND thành phố trước ngày 30/6/2026; tổng hợp kết quả, báo cáo UBND thành phố và Sở GD&ĐT trước ngày 15/12 hằng năm; tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030 (mục V.1).",
  ["cơ quan thường trực", "Tổ công tác", "30/6/2026"])
q("agency_tasks", "Phòng Văn hóa, Khoa học và Thông tin thành phố Rạch Giá được giao làm gì trong kế hoạch thành phố học tập?",
  [(R, "2. Phòng Văn hóa, Khoa học và Thông tin: Chủ trì tuyên truyền về thành phố học tập; xây dựng nền tảng học tập trực tuyến “Rạch Giá học tập”, đưa vào vận hành trước ngày 31/12/2025; hướng dẫn Thư viện thành phố mở cửa vào buổi tối và ngày nghỉ.")],
  "Chủ trì tuyên truyền về thành phố học tập; xây dựng nền tảng học tập trực tuyến “Rạch Giá học tập”, đưa vào vận hành trước ngày 31/12/2025; hướng dẫn Thư viện thành phố mở cửa vào buổi tối và ngày nghỉ (mục V.2).",
  ["tuyên truyền", "Rạch Giá học tập", "31/12/2025", "buổi tối"])
q("agency_tasks", "Kế hoạch 58/KH-UBND của Rạch Giá giao Phòng Nội vụ những việc gì?",
  [(R, "4. Phòng Nội vụ: Chủ trì mở các lớp bồi dưỡng kỹ năng an toàn trên biển cho ngư dân; phối hợp với các doanh nghiệp du lịch tổ chức bồi dưỡng tiếng Anh giao tiếp cho người lao động; đưa tiêu chí học tập suốt đời vào đánh giá cán bộ, công chức thành phố.")],
  "Phòng Nội vụ chủ trì mở các lớp bồi dưỡng kỹ năng an toàn trên biển cho ngư dân; phối hợp với các doanh nghiệp du lịch tổ chức bồi dưỡng tiếng Anh giao tiếp cho người lao động; đưa tiêu chí học tập suốt đời vào đánh giá cán bộ, công chức thành phố (mục V.4).",
  ["an toàn trên biển", "tiếng Anh giao tiếp", "đánh giá cán bộ, công chức"])
q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố Rạch Giá phải làm gì?",
  [(R, "5. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố: Tổ chức các lớp xóa mù chữ, lớp tiếng Anh giao tiếp cho người lao động du lịch; hỗ trợ chuyên môn cho các Trung tâm học tập cộng đồng.")],
  "Tổ chức các lớp xóa mù chữ, lớp tiếng Anh giao tiếp cho người lao động du lịch; hỗ trợ chuyên môn cho các Trung tâm học tập cộng đồng (mục V.5). Trường Cao đẳng Kiên Giang được đề nghị phối hợp với Trung tâm biên soạn tài liệu tiếng Anh (mục V.7).",
  ["xóa mù chữ", "tiếng Anh giao tiếp", "hỗ trợ chuyên môn"])
q("agency_tasks", "UBND thành phố Rạch Giá đề nghị Trường Cao đẳng Kiên Giang làm gì?",
  [(R, "7. Đề nghị Trường Cao đẳng Kiên Giang: Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố biên soạn tài liệu tiếng Anh giao tiếp cho người lao động du lịch, dịch vụ cảng.")],
  "Kế hoạch đề nghị (không giao) Trường Cao đẳng Kiên Giang phối hợp với Trung tâm GDNN-GDTX thành phố biên soạn tài liệu tiếng Anh giao tiếp cho người lao động du lịch, dịch vụ cảng (mục V.7).",
  ["biên soạn tài liệu tiếng Anh", "dịch vụ cảng"])
q("agency_tasks", "Trong kế hoạch 27/KH-HKH của Hội Khuyến học tỉnh Kiên Giang, Văn phòng Hội có nhiệm vụ gì?",
  [(H, "Là cơ quan thường trực giúp BTV theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 05/12 hằng năm, trình BTV.")],
  "Văn phòng Hội là cơ quan thường trực giúp Ban Thường vụ (BTV) theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 05/12 hằng năm, trình BTV (mục V.2).",
  ["cơ quan thường trực", "15/6", "05/12"])
q("agency_tasks", "Ban Tổ chức - Hội viên của Hội Khuyến học tỉnh Kiên Giang được giao những việc gì?",
  [(H, "Ban Tổ chức - Hội viên: hướng dẫn thành lập CHKH, BĐD; theo dõi số lượng hội viên; xây dựng phần mềm quản lý hội viên.")],
  "Hướng dẫn thành lập Chi hội khuyến học (CHKH) và Ban đại diện Hội Khuyến học (BĐD); theo dõi số lượng hội viên; xây dựng phần mềm quản lý hội viên (mục V.3).",
  ["CHKH", "theo dõi số lượng hội viên", "phần mềm quản lý hội viên"])
q("agency_tasks", "Ban Tuyên truyền của Hội Khuyến học tỉnh làm gì theo kế hoạch giai đoạn 2025 - 2030?",
  [(H, "Ban Tuyên truyền: biên tập Bản tin Khuyến học Kiên Giang hằng quý; phối hợp với Đài Phát thanh và Truyền hình Kiên Giang duy trì chuyên mục “Khuyến học - Khuyến tài”.")],
  "Biên tập Bản tin Khuyến học Kiên Giang hằng quý; phối hợp với Đài Phát thanh và Truyền hình Kiên Giang duy trì chuyên mục “Khuyến học - Khuyến tài” (mục V.3).",
  ["Bản tin Khuyến học Kiên Giang", "hằng quý", "Khuyến học - Khuyến tài"])
q("agency_tasks", "Hội Khuyến học cấp huyện ở Kiên Giang phải làm gì theo kế hoạch của Hội Khuyến học tỉnh?",
  [(H, "Xây dựng kế hoạch giai đoạn 2025 - 2030 của đơn vị, gửi về Văn phòng Hội trước ngày 30/5/2025; giao chỉ tiêu cho HKH cấp xã; báo cáo kết quả trước ngày 30/11 hằng năm.")],
  "HKH cấp huyện (các huyện, thành phố) xây dựng kế hoạch giai đoạn 2025 - 2030 của đơn vị, gửi về Văn phòng Hội trước ngày 30/5/2025; giao chỉ tiêu cho HKH cấp xã; báo cáo kết quả trước ngày 30/11 hằng năm (mục V.4); chỉ tiêu năm 2027 của từng huyện, thành phố ở Phụ lục.",
  ["30/5/2025", "giao chỉ tiêu cho HKH cấp xã", "30/11"])
q("agency_tasks", "Ban Thường vụ Hội Khuyến học tỉnh Kiên Giang tự giao cho mình việc gì trong kế hoạch?",
  [(H, "Chỉ đạo HKH các cấp triển khai Kế hoạch; sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.")],
  "BTV HKH tỉnh chỉ đạo HKH các cấp triển khai Kế hoạch; sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030 (mục V.1).",
  ["Chỉ đạo HKH các cấp", "quý IV/2027", "quý IV/2030"])
q("agency_tasks", "Hội Khuyến học tỉnh Kiên Giang đề nghị Sở Giáo dục và Đào tạo làm gì?",
  [(H, "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo Phòng Giáo dục và Đào tạo các huyện, thành phố phối hợp với HKH cùng cấp kiểm tra hoạt động của TTHTCĐ.")],
  "Hội chỉ đề nghị (không giao) Sở GD&ĐT chỉ đạo Phòng Giáo dục và Đào tạo các huyện, thành phố phối hợp với HKH cùng cấp kiểm tra hoạt động của TTHTCĐ (Trung tâm học tập cộng đồng) (mục V.6).",
  ["Phòng Giáo dục và Đào tạo các huyện, thành phố", "kiểm tra hoạt động"])
q("agency_tasks", "Kế hoạch của Hội Khuyến học tỉnh Kiên Giang đề nghị Ủy ban MTTQ Việt Nam tỉnh điều gì?",
  [(H, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đưa tiêu chí GĐHT vào nội dung bình xét “Gia đình văn hóa” trong Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”.")],
  "Đề nghị Ủy ban MTTQ Việt Nam tỉnh đưa tiêu chí Gia đình học tập (GĐHT) vào nội dung bình xét “Gia đình văn hóa” trong Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” (mục V.6).",
  ["Gia đình văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa"])
q("agency_tasks", "Hội Khuyến học tỉnh phối hợp với Tỉnh đoàn và Hội Liên hiệp Phụ nữ tỉnh để làm gì?",
  [(H, "HKH tỉnh phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên đăng ký danh hiệu CDHT.")],
  "HKH tỉnh phối hợp với Tỉnh đoàn, Hội LHPN tỉnh vận động đoàn viên, hội viên đăng ký danh hiệu CDHT (Công dân học tập) (mục V.6). Kế hoạch không giao nhiệm vụ riêng cho hai tổ chức này.",
  ["vận động đoàn viên, hội viên", "CDHT"])
q("agency_tasks", "Theo kế hoạch của UBND thành phố Rạch Giá (không phải kế hoạch của Hội tỉnh), Hội Khuyến học thành phố được đề nghị làm gì?",
  [(R, "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và Hội Khuyến học thành phố: Vận động Nhân dân tham gia xây dựng thành phố học tập; Hội Khuyến học thành phố chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp cơ sở.")],
  "Cùng Ủy ban MTTQ Việt Nam thành phố vận động Nhân dân tham gia xây dựng thành phố học tập; Hội Khuyến học thành phố chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp cơ sở (mục V.8, một mục “Đề nghị”).",
  ["Vận động Nhân dân", "đánh giá, công nhận", "Cộng đồng học tập"])
q("agency_tasks", "UBND các xã, phường của thành phố Rạch Giá có trách nhiệm gì?",
  [(R, "6. Ủy ban nhân dân các xã, phường: Xây dựng kế hoạch hằng năm, gửi Phòng Giáo dục và Đào tạo trước ngày 31/01; chỉ đạo Trung tâm học tập cộng đồng hoạt động hiệu quả; báo cáo kết quả trước ngày 30/11 hằng năm.")],
  "Xây dựng kế hoạch hằng năm, gửi Phòng GD&ĐT trước ngày 31/01; chỉ đạo Trung tâm học tập cộng đồng hoạt động hiệu quả; báo cáo kết quả trước ngày 30/11 hằng năm (mục V.6); chỉ tiêu năm 2027 của từng xã, phường ở Phụ lục.",
  ["kế hoạch hằng năm", "31/01", "30/11"])

# ---------------------------------------------------------------- target
q("target", "Rạch Giá đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập vào năm 2027?",
  [(R, "- 65% hộ gia đình đạt danh hiệu “Gia đình học tập”."), (R, "a) Đến năm 2027")],
  "Đến năm 2027, 65% hộ gia đình đạt danh hiệu “Gia đình học tập” (mục II.2.a của kế hoạch UBND thành phố; Phụ lục chia chỉ tiêu này cho từng xã, phường).",
  ["65%"])
q("target", "Đến năm 2030 thành phố Rạch Giá muốn bao nhiêu người trong độ tuổi lao động có kỹ năng số cơ bản?",
  [(R, "- 85% người trong độ tuổi lao động có kỹ năng số cơ bản."), (R, "b) Đến năm 2030")],
  "85% người trong độ tuổi lao động có kỹ năng số cơ bản vào năm 2030 (năm 2027 là 60%).", ["85%"])
q("target", "Chỉ tiêu tiếng Anh cho người lao động ngành du lịch, dịch vụ cảng của Rạch Giá đến 2030 là bao nhiêu?",
  [(R, "- 30% người lao động trong các cơ sở du lịch, lưu trú, dịch vụ cảng giao tiếp được bằng tiếng Anh.")],
  "Đến năm 2030, 30% người lao động trong các cơ sở du lịch, lưu trú, dịch vụ cảng giao tiếp được bằng tiếng Anh.", ["30%"])
q("target", "Kế hoạch Rạch Giá yêu cầu bao nhiêu thư viện, điểm đọc mở cửa buổi tối vào năm 2027?",
  [(R, "- Ít nhất 06 thư viện, điểm đọc công cộng mở cửa vào buổi tối và ngày nghỉ.")],
  "Đến năm 2027, ít nhất 06 thư viện, điểm đọc công cộng mở cửa vào buổi tối và ngày nghỉ.", ["06"])
q("target", "Hội Khuyến học tỉnh Kiên Giang đặt mục tiêu bao nhiêu hội viên vào năm 2030?",
  [(H, "- Tổng số hội viên toàn tỉnh đạt ít nhất 420.000 người; 100% trường đại học, cao đẳng, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên có BĐD.")],
  "Đến năm 2030, tổng số hội viên toàn tỉnh đạt ít nhất 420.000 người (năm 2027: ít nhất 380.000 người); 100% trường đại học, cao đẳng, trung tâm GDNN-GDTX có Ban đại diện Hội (BĐD).",
  ["420.000"])
q("target", "Quỹ khuyến học các cấp ở Kiên Giang phải vận động được bao nhiêu mỗi năm đến năm 2027?",
  [(H, "- QKH các cấp vận động đạt ít nhất 45 tỷ đồng mỗi năm.")],
  "Đến năm 2027, Quỹ khuyến học, khuyến tài (QKH) các cấp vận động đạt ít nhất 45 tỷ đồng mỗi năm (năm 2030: ít nhất 60 tỷ đồng).",
  ["45 tỷ đồng"])
q("target", "Tỷ lệ dòng họ đạt danh hiệu Dòng họ học tập năm 2030 theo kế hoạch của Hội Khuyến học tỉnh Kiên Giang?",
  [(H, "75% hộ gia đình đạt danh hiệu GĐHT; 55% dòng họ đạt danh hiệu DHHT; 70% ấp, khu phố đạt danh hiệu CĐHT; 85% cơ quan, đơn vị đạt danh hiệu ĐVHT.")],
  "55% dòng họ đạt danh hiệu Dòng họ học tập (DHHT) vào năm 2030 (năm 2027 là 40%).", ["55%"])
q("target", "Đến 2027 bao nhiêu phần trăm ấp, khu phố ở Kiên Giang phải đạt danh hiệu Cộng đồng học tập theo kế hoạch của Hội?",
  [(H, "60% hộ gia đình đạt danh hiệu GĐHT; 40% dòng họ đạt danh hiệu DHHT; 55% ấp, khu phố đạt danh hiệu CĐHT; 70% cơ quan, đơn vị đạt danh hiệu ĐVHT.")],
  "55% ấp, khu phố đạt danh hiệu Cộng đồng học tập cấp ấp, khu phố (CĐHT) vào năm 2027; năm 2030 là 70%.", ["55%"])
q("target", "Hội Khuyến học huyện Hòn Đất được giao chỉ tiêu hội viên năm 2027 là bao nhiêu?",
  [(H, "5 Huyện Hòn Đất 36.000 3.200 60"), (H, "TT Đơn vị Hội viên (người) Quỹ khuyến học vận động (triệu đồng/năm) Hộ đạt danh hiệu GĐHT (%)")],
  "Theo Phụ lục của Kế hoạch 27/KH-HKH, HKH huyện Hòn Đất được giao 36.000 hội viên năm 2027 (cùng 3.200 triệu đồng/năm quỹ khuyến học vận động và 60% hộ đạt GĐHT).",
  ["36.000"])
q("target", "Phụ lục kế hoạch thành phố Rạch Giá giao phường Rạch Sỏi chỉ tiêu gì cho năm 2027?",
  [(R, "9 Phường Rạch Sỏi 62 56"), (R, "TT Xã, phường Hộ gia đình đạt danh hiệu “Gia đình học tập” (%) Người trong độ tuổi lao động có kỹ năng số cơ bản (%)")],
  "Phường Rạch Sỏi năm 2027: 62% hộ gia đình đạt danh hiệu “Gia đình học tập” và 56% người trong độ tuổi lao động có kỹ năng số cơ bản (Phụ lục).",
  ["62", "56"])
q("target", "Đến 2030 Hội Khuyến học Kiên Giang trao ít nhất bao nhiêu suất học bổng mỗi năm?",
  [(H, "- QKH các cấp vận động đạt ít nhất 60 tỷ đồng mỗi năm; mỗi năm trao ít nhất 12.000 suất học bổng.")],
  "Mỗi năm trao ít nhất 12.000 suất học bổng (chỉ tiêu đến năm 2030, cùng với QKH các cấp vận động đạt ít nhất 60 tỷ đồng mỗi năm).",
  ["12.000"])
q("target", "Hội Khuyến học tỉnh giao cho Hội Khuyến học thành phố Rạch Giá tỷ lệ Gia đình học tập năm 2027 là bao nhiêu?",
  [(H, "1 Thành phố Rạch Giá 52.000 7.500 62"), (H, "TT Đơn vị Hội viên (người) Quỹ khuyến học vận động (triệu đồng/năm) Hộ đạt danh hiệu GĐHT (%)")],
  "Phụ lục Kế hoạch 27/KH-HKH giao HKH thành phố Rạch Giá 62% hộ đạt danh hiệu GĐHT năm 2027 (cùng 52.000 hội viên và 7.500 triệu đồng/năm quỹ vận động). Lưu ý: kế hoạch của UBND thành phố Rạch Giá tự đặt 65% cho năm 2027.",
  ["62"])
q("target", "Năm 2030 Rạch Giá cần bao nhiêu Trung tâm học tập cộng đồng được xếp loại Tốt?",
  [(R, "- 12/12 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt.")],
  "12/12 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt vào năm 2030.", ["12/12"])

# ---------------------------------------------------------------- deadline
q("deadline", "Hồ sơ đề cử Rạch Giá tham gia Mạng lưới thành phố học tập toàn cầu UNESCO phải trình UBND thành phố trước ngày nào?",
  [(R, "hoàn thành hồ sơ đề cử, trình Ủy ban nhân dân thành phố trước ngày 30/6/2026")],
  "Phòng GD&ĐT hoàn thành hồ sơ đề cử, trình UBND thành phố trước ngày 30/6/2026 (mục V.1).", ["30/6/2026"])
q("deadline", "Nền tảng học trực tuyến Rạch Giá học tập phải vận hành khi nào?",
  [(R, "xây dựng nền tảng học tập trực tuyến “Rạch Giá học tập”, đưa vào vận hành trước ngày 31/12/2025")],
  "Phòng Văn hóa, Khoa học và Thông tin xây dựng nền tảng “Rạch Giá học tập”, đưa vào vận hành trước ngày 31/12/2025.",
  ["31/12/2025"])
q("deadline", "Các Hội Khuyến học huyện, thành phố thuộc tỉnh Kiên Giang phải gửi kế hoạch giai đoạn 2025 - 2030 về tỉnh hội trước ngày nào?",
  [(H, "gửi về Văn phòng Hội trước ngày 30/5/2025")],
  "Trước ngày 30/5/2025, gửi về Văn phòng Hội (mục V.4).", ["30/5/2025"])
q("deadline", "Văn phòng Hội Khuyến học tỉnh Kiên Giang tổng hợp báo cáo năm trước ngày nào?",
  [(H, "tổng hợp báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 05/12 hằng năm, trình BTV")],
  "Báo cáo năm trước ngày 05/12 hằng năm (báo cáo 6 tháng trước ngày 15/6), trình Ban Thường vụ.", ["05/12"])
q("deadline", "Khi nào Ban Quỹ khuyến học phải công khai việc vận động và sử dụng quỹ?",
  [(H, "Ban Quỹ khuyến học: quản lý QKH tỉnh; công khai kết quả vận động và sử dụng QKH trước ngày 31/01 năm sau.")],
  "Trước ngày 31/01 năm sau, Ban Quỹ khuyến học công khai kết quả vận động và sử dụng Quỹ khuyến học, khuyến tài (QKH).",
  ["31/01 năm sau"])
q("deadline", "Ngày hội học tập suốt đời thành phố Rạch Giá được tổ chức vào thời gian nào?",
  [(R, "Tổ chức “Ngày hội học tập suốt đời thành phố Rạch Giá” vào tháng 10 hằng năm tại khu đô thị lấn biển.")],
  "Vào tháng 10 hằng năm, tại khu đô thị lấn biển (mục III.1).", ["tháng 10 hằng năm", "khu đô thị lấn biển"])
q("deadline", "Kế hoạch thành phố học tập Rạch Giá sơ kết, tổng kết vào thời điểm nào?",
  [(R, "tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030")],
  "Phòng GD&ĐT tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"])
q("deadline", "UBND xã, phường ở Rạch Giá gửi kế hoạch hằng năm cho Phòng Giáo dục trước ngày nào?",
  [(R, "Xây dựng kế hoạch hằng năm, gửi Phòng Giáo dục và Đào tạo trước ngày 31/01")],
  "Trước ngày 31/01 (hằng năm); báo cáo kết quả trước ngày 30/11 hằng năm.", ["31/01"])

# ---------------------------------------------------------------- funding
q("funding", "Tổng kinh phí thực hiện kế hoạch xây dựng thành phố học tập Rạch Giá 2025 - 2030 là bao nhiêu, từ nguồn nào?",
  [(R, "Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 18.600 triệu đồng, trong đó: ngân sách thành phố 12.400 triệu đồng; nguồn xã hội hóa 6.200 triệu đồng.")],
  "Tổng kinh phí dự kiến 18.600 triệu đồng: ngân sách thành phố 12.400 triệu đồng, nguồn xã hội hóa 6.200 triệu đồng (bản tiếng Việt; bản dịch tiếng Anh làm từ dự thảo ghi số khác, và bản tiếng Việt được áp dụng).",
  ["18.600", "12.400", "6.200"])
q("funding", "Chi phí chuẩn bị hồ sơ đề cử UNESCO của Rạch Giá lấy từ đâu và bao nhiêu?",
  [(R, "Kinh phí chuẩn bị hồ sơ đề cử tham gia Mạng lưới (dịch thuật, tư liệu, hội thảo) là 350 triệu đồng, bố trí từ ngân sách thành phố năm 2025.")],
  "350 triệu đồng (dịch thuật, tư liệu, hội thảo), bố trí từ ngân sách thành phố năm 2025.", ["350 triệu", "ngân sách thành phố năm 2025"])
q("funding", "Mỗi trung tâm học tập cộng đồng ở Rạch Giá được hỗ trợ bao nhiêu tiền một năm?",
  [(R, "Mỗi Trung tâm học tập cộng đồng được hỗ trợ 30 triệu đồng/năm từ ngân sách thành phố.")],
  "30 triệu đồng/năm, từ ngân sách thành phố.", ["30 triệu"])
q("funding", "Hội Khuyến học tỉnh Kiên Giang đề nghị UBND tỉnh hỗ trợ bao nhiêu kinh phí, cho việc gì?",
  [(H, "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm, tổng cộng 1.200 triệu đồng giai đoạn 2025 - 2030.")],
  "Đề nghị UBND tỉnh hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm, tổng cộng 1.200 triệu đồng giai đoạn 2025 - 2030 (đây là đề nghị; Hội cũng đề nghị Sở Tài chính tham mưu bố trí khoản này).",
  ["200 triệu", "1.200 triệu"])
q("funding", "Quỹ khuyến học của Hội ở Kiên Giang có dùng ngân sách nhà nước không?",
  [(H, "QKH được vận động từ xã hội hóa, quản lý và sử dụng theo Quy chế Quỹ của HKH tỉnh, không sử dụng ngân sách nhà nước.")],
  "Không. Quỹ khuyến học, khuyến tài (QKH) được vận động từ xã hội hóa, quản lý và sử dụng theo Quy chế Quỹ của HKH tỉnh, không sử dụng ngân sách nhà nước.",
  ["xã hội hóa", "Quy chế Quỹ", "không sử dụng ngân sách nhà nước"])
q("funding", "Kinh phí hoạt động của Văn phòng Hội Khuyến học tỉnh Kiên Giang do ai bảo đảm?",
  [(H, "Kinh phí hoạt động của Văn phòng HKH tỉnh do ngân sách tỉnh bảo đảm theo dự toán hằng năm của hội có tính chất đặc thù.")],
  "Do ngân sách tỉnh bảo đảm theo dự toán hằng năm của hội có tính chất đặc thù.", ["ngân sách tỉnh", "tính chất đặc thù"])
q("funding", "Hội Khuyến học thành phố Rạch Giá được giao vận động quỹ khuyến học bao nhiêu một năm vào năm 2027?",
  [(H, "1 Thành phố Rạch Giá 52.000 7.500 62"), (H, "Quỹ khuyến học vận động (triệu đồng/năm)")],
  "7.500 triệu đồng/năm (Phụ lục Kế hoạch 27/KH-HKH, chỉ tiêu năm 2027 giao HKH thành phố Rạch Giá).", ["7.500"])

# ---------------------------------------------------------------- legal_basis
q("legal_basis", "Kế hoạch xây dựng thành phố học tập Rạch Giá căn cứ những văn bản nào?",
  [(R, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021"), (R, "Căn cứ Kế hoạch số 112/KH-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kiên Giang"),
   (R, "Căn cứ Nghị quyết số 14-NQ/TU ngày 08/11/2024 của Ban Thường vụ Thành ủy Rạch Giá"), (R, "Căn cứ Công văn số 305/SGDĐT-GDTX ngày 21/02/2025")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch số 112/KH-UBND ngày 20/5/2022 của UBND tỉnh Kiên Giang; Nghị quyết số 14-NQ/TU ngày 08/11/2024 của Ban Thường vụ Thành ủy Rạch Giá; Công văn số 305/SGDĐT-GDTX ngày 21/02/2025 của Sở GD&ĐT tỉnh Kiên Giang về chuẩn bị hồ sơ đề cử; và theo đề nghị tại Tờ trình số 39/TTr-PGDĐT.",
  ["1373/QĐ-TTg", "112/KH-UBND", "14-NQ/TU", "305/SGDĐT-GDTX"])
q("legal_basis", "Nghị quyết của Thành ủy Rạch Giá về thành phố học tập mà kế hoạch dẫn là nghị quyết số mấy, ngày nào?",
  [(R, "Căn cứ Nghị quyết số 14-NQ/TU ngày 08/11/2024 của Ban Thường vụ Thành ủy Rạch Giá về xây dựng thành phố học tập gắn với phát triển kinh tế biển;")],
  "Nghị quyết số 14-NQ/TU ngày 08/11/2024 của Ban Thường vụ Thành ủy Rạch Giá về xây dựng thành phố học tập gắn với phát triển kinh tế biển.",
  ["14-NQ/TU", "08/11/2024"])
q("legal_basis", "Kế hoạch 27/KH-HKH căn cứ văn bản nào của Trung ương Hội Khuyến học Việt Nam?",
  [(H, "Căn cứ Kế hoạch số 35/KH-TWH ngày 15/01/2025 của Trung ương Hội Khuyến học Việt Nam về công tác khuyến học, khuyến tài giai đoạn 2025 - 2030;")],
  "Kế hoạch số 35/KH-TWH ngày 15/01/2025 của Trung ương Hội Khuyến học Việt Nam về công tác khuyến học, khuyến tài giai đoạn 2025 - 2030.",
  ["35/KH-TWH", "15/01/2025"])
q("legal_basis", "Hội Khuyến học tỉnh Kiên Giang ban hành kế hoạch để thực hiện nghị quyết đại hội nào?",
  [(H, "Thực hiện Nghị quyết Đại hội đại biểu HKH tỉnh Kiên Giang lần thứ V, nhiệm kỳ 2021 - 2026")],
  "Nghị quyết Đại hội đại biểu Hội Khuyến học tỉnh Kiên Giang lần thứ V, nhiệm kỳ 2021 - 2026.", ["lần thứ V", "2021 - 2026"])
q("legal_basis", "Những quyết định nào của Thủ tướng được Hội Khuyến học tỉnh Kiên Giang dẫn làm căn cứ?",
  [(H, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021"), (H, "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022"),
   (H, "Quyết định số 677/QĐ-TTg ngày 03/6/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 (Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”), Quyết định số 387/QĐ-TTg ngày 25/3/2022 (Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”) và Quyết định số 677/QĐ-TTg ngày 03/6/2022 (Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”).",
  ["1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg"])

# ---------------------------------------------------------------- purpose
q("purpose", "Mục đích của kế hoạch xây dựng thành phố học tập Rạch Giá là gì?",
  [(R, "Xây dựng Rạch Giá thành thành phố học tập, tạo cơ hội cho mọi người dân được học tập thường xuyên, học tập suốt đời; nâng cao chất lượng nguồn nhân lực phục vụ phát triển kinh tế biển, du lịch và dịch vụ cảng."),
   (R, "Hoàn thiện hồ sơ đề cử thành phố Rạch Giá tham gia Mạng lưới các thành phố học tập toàn cầu của UNESCO (UNESCO Global Network of Learning Cities - GNLC) trong năm 2026.")],
  "Xây dựng Rạch Giá thành thành phố học tập, tạo cơ hội cho mọi người dân học tập thường xuyên, học tập suốt đời, nâng cao chất lượng nguồn nhân lực phục vụ kinh tế biển, du lịch và dịch vụ cảng; và hoàn thiện hồ sơ đề cử thành phố tham gia Mạng lưới các thành phố học tập toàn cầu của UNESCO (GNLC) trong năm 2026.",
  ["kinh tế biển", "hồ sơ đề cử", "năm 2026"])
q("purpose", "Hội Khuyến học tỉnh Kiên Giang ban hành kế hoạch 2025 - 2030 nhằm mục đích gì?",
  [(H, "Củng cố, phát triển tổ chức HKH các cấp đến tận ấp, khu phố, trường học, cơ quan, doanh nghiệp; nâng cao chất lượng hoạt động của CHKH và BĐD."),
   (H, "Đẩy mạnh xây dựng các mô hình GĐHT, DHHT, CĐHT, ĐVHT và CDHT, góp phần xây dựng xã hội học tập ở tỉnh Kiên Giang.")],
  "Củng cố, phát triển tổ chức HKH các cấp đến tận ấp, khu phố, trường học, cơ quan, doanh nghiệp; nâng cao chất lượng hoạt động của Chi hội khuyến học (CHKH) và Ban đại diện (BĐD); đẩy mạnh xây dựng các mô hình GĐHT, DHHT, CĐHT, ĐVHT và CDHT, góp phần xây dựng xã hội học tập ở tỉnh Kiên Giang.",
  ["đến tận ấp, khu phố", "CHKH", "xã hội học tập"])
q("purpose", "Kế hoạch của Hội Khuyến học tỉnh đặt yêu cầu gì đối với việc vận động quỹ và công nhận danh hiệu?",
  [(H, "Việc vận động QKH bảo đảm tự nguyện, công khai, minh bạch; việc đánh giá, công nhận các danh hiệu học tập thực chất, không chạy theo thành tích.")],
  "Vận động Quỹ khuyến học, khuyến tài phải bảo đảm tự nguyện, công khai, minh bạch; đánh giá, công nhận các danh hiệu học tập thực chất, không chạy theo thành tích.",
  ["tự nguyện, công khai, minh bạch", "không chạy theo thành tích"])
q("purpose", "Kế hoạch Rạch Giá yêu cầu gì về bản dịch tiếng Anh và khung tiêu chí của UNESCO?",
  [(R, "Các nhiệm vụ bám sát Khung các đặc trưng chính của thành phố học tập do Viện Học tập suốt đời của UNESCO ban hành"),
   (R, "Bản dịch tiếng Anh của Kế hoạch được gửi kèm hồ sơ đề cử; trường hợp có sự khác nhau giữa bản tiếng Việt và bản dịch thì áp dụng bản tiếng Việt.")],
  "Các nhiệm vụ bám sát Khung các đặc trưng chính của thành phố học tập do Viện Học tập suốt đời của UNESCO ban hành, có chỉ số đo lường, cơ quan chủ trì và thời hạn; bản dịch tiếng Anh được gửi kèm hồ sơ đề cử, và nếu bản tiếng Việt và bản dịch khác nhau thì áp dụng bản tiếng Việt.",
  ["Khung các đặc trưng chính", "gửi kèm hồ sơ đề cử", "áp dụng bản tiếng Việt"])

# ---------------------------------------------------------------- task_section
q("task_section", "Phần học tập gắn với kinh tế biển và du lịch trong kế hoạch Rạch Giá gồm những nội dung gì?",
  [(R, "3. Học tập gắn với kinh tế biển và du lịch"), (R, "Mở các lớp bồi dưỡng kỹ năng an toàn khi khai thác trên biển, bảo quản sản phẩm sau thu hoạch cho ngư dân."),
   (R, "Bồi dưỡng tiếng Anh giao tiếp và kỹ năng phục vụ khách cho người lao động trong các cơ sở du lịch, lưu trú và dịch vụ cảng.")],
  "Mục III.3 gồm: mở các lớp bồi dưỡng kỹ năng an toàn khi khai thác trên biển, bảo quản sản phẩm sau thu hoạch cho ngư dân; bồi dưỡng tiếng Anh giao tiếp và kỹ năng phục vụ khách cho người lao động trong các cơ sở du lịch, lưu trú và dịch vụ cảng.",
  ["an toàn khi khai thác trên biển", "bảo quản sản phẩm sau thu hoạch", "kỹ năng phục vụ khách"])
q("task_section", "Về hợp tác quốc tế, kế hoạch thành phố học tập Rạch Giá đề ra nhiệm vụ gì?",
  [(R, "5. Hợp tác quốc tế"), (R, "Chuẩn bị hồ sơ đề cử theo mẫu của Viện Học tập suốt đời của UNESCO; trao đổi kinh nghiệm với các thành phố thành viên Mạng lưới trong nước.")],
  "Chuẩn bị hồ sơ đề cử theo mẫu của Viện Học tập suốt đời của UNESCO; trao đổi kinh nghiệm với các thành phố thành viên Mạng lưới trong nước (mục III.5).",
  ["theo mẫu của Viện Học tập suốt đời", "trao đổi kinh nghiệm"])
q("task_section", "Kế hoạch của Hội Khuyến học Kiên Giang nói gì về trao học bổng?",
  [(H, "2. Vận động QKH, trao học bổng"), (H, "Vận động cá nhân, doanh nghiệp, con em xa quê đóng góp QKH; trao học bổng cho học sinh, sinh viên nghèo vượt khó, học sinh dân tộc Khmer ở các huyện An Biên, Gò Quao, Châu Thành.")],
  "Mục III.2: vận động cá nhân, doanh nghiệp, con em xa quê đóng góp Quỹ khuyến học; trao học bổng cho học sinh, sinh viên nghèo vượt khó, học sinh dân tộc Khmer ở các huyện An Biên, Gò Quao, Châu Thành; tổ chức “Ngày hội khuyến học” cấp tỉnh vào tháng 9 hằng năm. Chỉ tiêu: đến 2030 mỗi năm trao ít nhất 12.000 suất học bổng.",
  ["nghèo vượt khó", "Khmer", "An Biên, Gò Quao, Châu Thành"])
q("task_section", "Phần củng cố tổ chức Hội, phát triển hội viên trong kế hoạch 27/KH-HKH có những nhiệm vụ nào?",
  [(H, "1. Củng cố tổ chức Hội, phát triển hội viên"), (H, "Kiện toàn BTV HKH cấp huyện, cấp xã; thành lập CHKH ở 100% ấp, khu phố; thành lập BĐD ở trường học, cơ quan, doanh nghiệp có từ 30 hội viên trở lên."),
   (H, "Xây dựng phần mềm quản lý hội viên và các mô hình học tập, đưa vào sử dụng thống nhất trong toàn tỉnh từ năm 2026.")],
  "Kiện toàn Ban Thường vụ HKH cấp huyện, cấp xã; thành lập Chi hội khuyến học ở 100% ấp, khu phố; thành lập Ban đại diện ở trường học, cơ quan, doanh nghiệp có từ 30 hội viên trở lên; xây dựng phần mềm quản lý hội viên và các mô hình học tập, dùng thống nhất trong toàn tỉnh từ năm 2026.",
  ["100% ấp, khu phố", "30 hội viên", "từ năm 2026"])
q("task_section", "Kế hoạch Rạch Giá phát triển thiết chế học tập suốt đời như thế nào, có liên quan bảo tàng không?",
  [(R, "Củng cố 12 Trung tâm học tập cộng đồng; mở rộng giờ phục vụ của Thư viện thành phố và các điểm đọc công cộng; phối hợp với Bảo tàng tỉnh Kiên Giang tổ chức các chương trình giáo dục di sản cho học sinh và người dân.")],
  "Có. Mục III.2: củng cố 12 Trung tâm học tập cộng đồng; mở rộng giờ phục vụ của Thư viện thành phố và các điểm đọc công cộng; phối hợp với Bảo tàng tỉnh Kiên Giang tổ chức các chương trình giáo dục di sản cho học sinh và người dân.",
  ["12 Trung tâm", "Bảo tàng tỉnh Kiên Giang", "giáo dục di sản"])

# ---------------------------------------------------------------- cross_plan
q("cross_plan", "Kế hoạch của UBND thành phố Rạch Giá và kế hoạch của Hội Khuyến học tỉnh Kiên Giang cùng căn cứ kế hoạch nào của UBND tỉnh?",
  [(R, "Căn cứ Kế hoạch số 112/KH-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kiên Giang"), (H, "Căn cứ Kế hoạch số 112/KH-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kiên Giang")],
  "Cả hai cùng căn cứ Kế hoạch số 112/KH-UBND ngày 20/5/2022 của UBND tỉnh Kiên Giang triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” (và cùng căn cứ Quyết định 1373/QĐ-TTg).",
  ["112/KH-UBND", "20/5/2022"])
q("cross_plan", "Chỉ tiêu Gia đình học tập năm 2027 cho Rạch Giá: thành phố tự đặt bao nhiêu, Hội Khuyến học tỉnh giao bao nhiêu?",
  [(R, "- 65% hộ gia đình đạt danh hiệu “Gia đình học tập”."), (R, "a) Đến năm 2027"), (H, "1 Thành phố Rạch Giá 52.000 7.500 62"), (H, "CHỈ TIÊU NĂM 2027 GIAO CHO HỘI KHUYẾN HỌC CÁC HUYỆN, THÀNH PHỐ")],
  "Kế hoạch của UBND thành phố Rạch Giá đặt 65% hộ gia đình đạt “Gia đình học tập” năm 2027; Phụ lục kế hoạch của Hội Khuyến học tỉnh giao HKH thành phố Rạch Giá 62% hộ đạt GĐHT năm 2027. Hai con số do hai cơ quan khác nhau đặt.",
  ["65%", "62"])
q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2030 giữa kế hoạch thành phố Rạch Giá và kế hoạch của Hội Khuyến học tỉnh Kiên Giang.",
  [(R, "- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”."), (R, "b) Đến năm 2030"), (H, "75% hộ gia đình đạt danh hiệu GĐHT; 55% dòng họ đạt danh hiệu DHHT")],
  "Rạch Giá (UBND thành phố) đặt 80% hộ gia đình đạt “Gia đình học tập” năm 2030; Hội Khuyến học tỉnh đặt 75% cho toàn tỉnh Kiên Giang năm 2030.",
  ["80%", "75%"])
q("cross_plan", "Rạch Giá và Cần Thơ (kế hoạch 2024) nói gì về việc tham gia mạng lưới thành phố học tập toàn cầu của UNESCO?",
  [(R, "Hoàn thiện hồ sơ đề cử thành phố Rạch Giá tham gia Mạng lưới các thành phố học tập toàn cầu của UNESCO (UNESCO Global Network of Learning Cities - GNLC) trong năm 2026."),
   (CT, "d) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành.")],
  "Rạch Giá đặt mục đích hoàn thiện hồ sơ đề cử tham gia Mạng lưới các thành phố học tập toàn cầu của UNESCO (GNLC) trong năm 2026 và mục tiêu là thành viên Mạng lưới đến năm 2030; kế hoạch năm 2024 của Cần Thơ chỉ nêu nhiệm vụ “chủ động, tích cực tham gia mạng lưới ‘Thành phố học tập toàn cầu’” do UNESCO điều hành, không có hạn hồ sơ.",
  ["năm 2026", "chủ động, tích cực tham gia"])
q("cross_plan", "Quyết định 387/QĐ-TTg và 677/QĐ-TTg được cả kế hoạch Hội Khuyến học Kiên Giang và kế hoạch Cần Thơ dẫn — hai quyết định đó phê duyệt chương trình gì?",
  [(H, "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”"),
   (CT, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”")],
  "Quyết định 387/QĐ-TTg (25/3/2022) phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”; Quyết định 677/QĐ-TTg (03/6/2022) phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”. Kế hoạch Hội Khuyến học Kiên Giang và kế hoạch Cần Thơ (mục Hội Khuyến học thành phố) gọi tên giống nhau.",
  ["gia đình, dòng họ, cộng đồng, đơn vị", "công dân học tập"])
q("cross_plan", "Hạn báo cáo kết quả hằng năm của xã, phường Rạch Giá (theo UBND thành phố) và của Hội Khuyến học cấp huyện (theo Hội tỉnh) là ngày nào?",
  [(R, "báo cáo kết quả trước ngày 30/11 hằng năm"), (H, "báo cáo kết quả trước ngày 30/11 hằng năm")],
  "Cùng ngày: UBND các xã, phường của Rạch Giá báo cáo kết quả trước ngày 30/11 hằng năm; HKH cấp huyện báo cáo kết quả trước ngày 30/11 hằng năm (về Hội tỉnh).",
  ["30/11"])
q("cross_plan", "Hai kế hoạch ở Kiên Giang (thành phố Rạch Giá và Hội Khuyến học tỉnh) đều sơ kết, tổng kết khi nào?",
  [(R, "tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030"), (H, "sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030")],
  "Cả hai: sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030 (ở Rạch Giá do Phòng GD&ĐT tham mưu; ở Hội do Ban Thường vụ HKH tỉnh).",
  ["quý IV/2027", "quý IV/2030"])

q("cross_plan", "Hội Khuyến học thành phố Rạch Giá có những nhiệm vụ gì, tính cả kế hoạch của UBND thành phố và kế hoạch của Hội Khuyến học tỉnh?",
  [(R, "Hội Khuyến học thành phố chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp cơ sở."),
   (H, "Xây dựng kế hoạch giai đoạn 2025 - 2030 của đơn vị, gửi về Văn phòng Hội trước ngày 30/5/2025; giao chỉ tiêu cho HKH cấp xã; báo cáo kết quả trước ngày 30/11 hằng năm."),
   (H, "1 Thành phố Rạch Giá 52.000 7.500 62")],
  "Theo kế hoạch của UBND thành phố (mục V.8, một mục “Đề nghị”): cùng Ủy ban MTTQ thành phố vận động Nhân dân, và chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp cơ sở. Theo kế hoạch của Hội Khuyến học tỉnh (mục V.4, HKH cấp huyện): xây dựng kế hoạch 2025 - 2030 gửi Văn phòng Hội trước ngày 30/5/2025, giao chỉ tiêu cho HKH cấp xã, báo cáo trước ngày 30/11 hằng năm; Phụ lục giao năm 2027 52.000 hội viên, 7.500 triệu đồng/năm quỹ vận động, 62% hộ đạt GĐHT.",
  ["đánh giá, công nhận", "30/5/2025", "52.000"])

# ---------------------------------------------------------------- no_diacritics
q("no_diacritics", "phong giao duc rach gia phai trinh ho so de cu unesco truoc ngay nao",
  [(R, "hoàn thành hồ sơ đề cử, trình Ủy ban nhân dân thành phố trước ngày 30/6/2026")],
  "Phòng GD&ĐT thành phố Rạch Giá hoàn thành hồ sơ đề cử, trình UBND thành phố trước ngày 30/6/2026.", ["30/6/2026"])
q("no_diacritics", "hoi khuyen hoc tinh kien giang dat chi tieu bao nhieu hoi vien nam 2027",
  [(H, "Tổng số hội viên toàn tỉnh đạt ít nhất 380.000 người; 100% ấp, khu phố có CHKH.")],
  "Đến năm 2027, tổng số hội viên toàn tỉnh đạt ít nhất 380.000 người; 100% ấp, khu phố có Chi hội khuyến học.", ["380.000"])
q("no_diacritics", "ban quy khuyen hoc hoi khuyen hoc kien giang lam nhung gi",
  [(H, "Ban Quỹ khuyến học: quản lý QKH tỉnh; công khai kết quả vận động và sử dụng QKH trước ngày 31/01 năm sau.")],
  "Ban Quỹ khuyến học quản lý Quỹ khuyến học, khuyến tài (QKH) tỉnh; công khai kết quả vận động và sử dụng QKH trước ngày 31/01 năm sau.",
  ["công khai kết quả vận động", "31/01"])
q("no_diacritics", "chi tieu ky nang so nam 2027 cua xa phi thong rach gia",
  [(R, "12 Xã Phi Thông 58 45"), (R, "Người trong độ tuổi lao động có kỹ năng số cơ bản (%)")],
  "Theo Phụ lục kế hoạch thành phố Rạch Giá, xã Phi Thông năm 2027: 45% người trong độ tuổi lao động có kỹ năng số cơ bản (và 58% hộ đạt Gia đình học tập).",
  ["45"])
q("no_diacritics", "hkh huyen kien hai duoc giao van dong quy khuyen hoc bao nhieu",
  [(H, "14 Huyện Kiên Hải 4.500 500 56"), (H, "Quỹ khuyến học vận động (triệu đồng/năm)")],
  "HKH huyện Kiên Hải được giao vận động 500 triệu đồng/năm quỹ khuyến học năm 2027 (Phụ lục; cùng 4.500 hội viên và 56% hộ đạt GĐHT).",
  ["500"])
q("no_diacritics", "ai ky ke hoach 27 cua hoi khuyen hoc tinh kien giang",
  [(H, "TM. BAN THƯỜNG VỤ CHỦ TỊCH (Đã ký) Lâm Văn Thạnh")],
  "Ông Lâm Văn Thạnh, Chủ tịch, ký thay mặt Ban Thường vụ (TM. BAN THƯỜNG VỤ / CHỦ TỊCH) Hội Khuyến học tỉnh Kiên Giang.",
  ["Lâm Văn Thạnh", "TM. BAN THƯỜNG VỤ"])
q("no_diacritics", "nam 2030 ty le co quan don vi dat don vi hoc tap o kien giang la bao nhieu",
  [(H, "85% cơ quan, đơn vị đạt danh hiệu ĐVHT.")],
  "Theo kế hoạch của Hội Khuyến học tỉnh, năm 2030 có 85% cơ quan, đơn vị đạt danh hiệu Đơn vị học tập (ĐVHT); năm 2027 là 70%.",
  ["85%"])

# ---------------------------------------------------------------- abbreviation
q("abbreviation", "CHKH ở ấp, KP có nv gì theo KH 27/KH-HKH?",
  [(H, "5. HKH cấp xã, CHKH và BĐD"), (H, "Tổ chức đăng ký, bình xét GĐHT, DHHT, CĐHT ở ấp, khu phố; rà soát danh sách hội viên vào tháng 10 hằng năm.")],
  "Chi hội khuyến học (cùng HKH cấp xã và BĐD) tổ chức đăng ký, bình xét Gia đình học tập, Dòng họ học tập, Cộng đồng học tập ở ấp, khu phố; rà soát danh sách hội viên vào tháng 10 hằng năm (mục V.5).",
  ["bình xét", "tháng 10"])
q("abbreviation", "BĐD trong KH của HKH KG là gì, lập ở đâu?",
  [(H, "BĐD Ban đại diện Hội Khuyến học"), (H, "thành lập BĐD ở trường học, cơ quan, doanh nghiệp có từ 30 hội viên trở lên")],
  "BĐD là Ban đại diện Hội Khuyến học; được thành lập ở trường học, cơ quan, doanh nghiệp có từ 30 hội viên trở lên (đến 2030: 100% trường đại học, cao đẳng, trung tâm GDNN-GDTX có BĐD).",
  ["Ban đại diện Hội Khuyến học", "30 hội viên"])
q("abbreviation", "CT GĐHT 2030 của HKH tỉnh KG?",
  [(H, "75% hộ gia đình đạt danh hiệu GĐHT")],
  "Năm 2030: 75% hộ gia đình đạt danh hiệu Gia đình học tập (GĐHT) (năm 2027: 60%).", ["75%"])
q("abbreviation", "P.GD&ĐT TP RG báo cáo UBND TP và SGDĐT hạn nào?",
  [(R, "tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố và Sở Giáo dục và Đào tạo trước ngày 15/12 hằng năm")],
  "Phòng GD&ĐT thành phố Rạch Giá tổng hợp kết quả, báo cáo UBND thành phố và Sở GD&ĐT trước ngày 15/12 hằng năm.", ["15/12"])
q("abbreviation", "QKH các cấp ở KG đến 2030 vđ bn/năm?",
  [(H, "QKH các cấp vận động đạt ít nhất 60 tỷ đồng mỗi năm")],
  "Đến năm 2030, Quỹ khuyến học, khuyến tài (QKH) các cấp vận động đạt ít nhất 60 tỷ đồng mỗi năm.", ["60 tỷ đồng"])
q("abbreviation", "CT CDHT 2030 của HKH KG?",
  [(H, "- 30% người trong độ tuổi lao động đạt danh hiệu CDHT."), (H, "CDHT Công dân học tập")],
  "Năm 2030: 30% người trong độ tuổi lao động đạt danh hiệu Công dân học tập (CDHT).", ["30%"])
q("abbreviation", "VP Hội HKH KG nộp BC 6 tháng trước ngày nào?",
  [(H, "tổng hợp báo cáo 6 tháng trước ngày 15/6")],
  "Văn phòng Hội tổng hợp báo cáo 6 tháng trước ngày 15/6 (báo cáo năm trước ngày 05/12 hằng năm), trình BTV.", ["15/6"])
q("abbreviation", "TP RG: bn % LĐ có kỹ năng số CB năm 2027?",
  [(R, "- 60% người trong độ tuổi lao động có kỹ năng số cơ bản."), (R, "a) Đến năm 2027")],
  "Năm 2027, thành phố Rạch Giá đặt 60% người trong độ tuổi lao động có kỹ năng số cơ bản (2030: 85%).", ["60%"])

# ---------------------------------------------------------------- paraphrase
q("paraphrase", "Bà con đi đánh bắt cá ở Rạch Giá được thành phố cho học những gì?",
  [(R, "Mở các lớp bồi dưỡng kỹ năng an toàn khi khai thác trên biển, bảo quản sản phẩm sau thu hoạch cho ngư dân.")],
  "Kế hoạch mở các lớp bồi dưỡng kỹ năng an toàn khi khai thác trên biển, bảo quản sản phẩm sau thu hoạch cho ngư dân (mục III.3); Phòng Nội vụ chủ trì các lớp an toàn trên biển.",
  ["an toàn khi khai thác trên biển", "bảo quản sản phẩm sau thu hoạch"])
q("paraphrase", "Người Kiên Giang đi làm ăn xa có được Hội kêu gọi góp quỹ không?",
  [(H, "Vận động cá nhân, doanh nghiệp, con em xa quê đóng góp QKH")],
  "Có: Hội vận động cá nhân, doanh nghiệp, con em xa quê đóng góp Quỹ khuyến học, khuyến tài (QKH) (mục III.2).", ["con em xa quê"])
q("paraphrase", "Thư viện ở Rạch Giá có mở ngoài giờ hành chính không?",
  [(R, "- Ít nhất 06 thư viện, điểm đọc công cộng mở cửa vào buổi tối và ngày nghỉ."), (R, "hướng dẫn Thư viện thành phố mở cửa vào buổi tối và ngày nghỉ")],
  "Có theo kế hoạch: đến năm 2027 ít nhất 06 thư viện, điểm đọc công cộng mở cửa vào buổi tối và ngày nghỉ; Phòng Văn hóa, Khoa học và Thông tin hướng dẫn Thư viện thành phố mở cửa vào buổi tối và ngày nghỉ.",
  ["buổi tối và ngày nghỉ", "06"])
q("paraphrase", "Mỗi năm khi nào thì các chi hội phải soát lại xem ai còn là hội viên?",
  [(H, "rà soát danh sách hội viên vào tháng 10 hằng năm")],
  "HKH cấp xã, Chi hội khuyến học và Ban đại diện rà soát danh sách hội viên vào tháng 10 hằng năm.", ["tháng 10"])
q("paraphrase", "Ngày lễ học suốt đời của Rạch Giá tổ chức lúc nào, chỗ nào?",
  [(R, "Tổ chức “Ngày hội học tập suốt đời thành phố Rạch Giá” vào tháng 10 hằng năm tại khu đô thị lấn biển.")],
  "“Ngày hội học tập suốt đời thành phố Rạch Giá” tổ chức vào tháng 10 hằng năm tại khu đô thị lấn biển.",
  ["tháng 10", "khu đô thị lấn biển"])

# ---------------------------------------------------------------- english
# Gold for English questions: where the fact is in BOTH language versions, the English span AND the Vietnamese span
# are cited (either is correct evidence); where the versions differ (the budget), the Vietnamese span is the fact and
# the translator's note is cited for why; facts only in Vietnamese (the Annex, the Nơi nhận, the Hội's plan) cite
# the Vietnamese lines.
q("english", "When must the Rach Gia nomination to the UNESCO Global Network of Learning Cities be submitted to the City People's Committee?",
  [(R, "completes the nomination and submits it to the City People’s Committee before 30 June 2026"), (R, "hoàn thành hồ sơ đề cử, trình Ủy ban nhân dân thành phố trước ngày 30/6/2026")],
  "Before 30 June 2026 (30/6/2026): the Division of Education and Training (Phòng Giáo dục và Đào tạo) completes the nomination and submits it to the City People's Committee.",
  ["30 June 2026", "30/6/2026"])
q("english", "What is the Division of Culture, Science and Information responsible for in the Rach Gia plan?",
  [(R, "2. Division of Culture, Science and Information: Leads communication on the learning city; builds the “Rach Gia Learns” online learning platform and puts it into operation before 31 December 2025"),
   (R, "2. Phòng Văn hóa, Khoa học và Thông tin: Chủ trì tuyên truyền về thành phố học tập")],
  "It leads communication on the learning city, builds the “Rach Gia Learns” (“Rạch Giá học tập”) online learning platform and puts it into operation before 31 December 2025, and guides the City Library to open in the evenings and on days off.",
  ["Rach Gia Learns", "31 December 2025"])
q("english", "What is Rach Gia's 2030 target for households recognised as Learning Families?",
  [(R, "- 80% of households are recognised as “Learning Families”."), (R, "- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.")],
  "80% of households recognised as “Learning Families” (“Gia đình học tập”) by 2030 (65% by 2027).", ["80%"])
q("english", "What is the total budget of the Rach Gia learning city plan?",
  [(R, "Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 18.600 triệu đồng, trong đó: ngân sách thành phố 12.400 triệu đồng; nguồn xã hội hóa 6.200 triệu đồng."),
   (R, "The total estimated funding for the 2025 - 2030 period is VND 17,800 million"),
   (R, "In case of any discrepancy, the Vietnamese text prevails.")],
  "VND 18,600 million (18.600 triệu đồng) for 2025 - 2030: 12.400 triệu from the city budget and 6.200 triệu from socialised sources. The English translation says VND 17,800 million because it was made from the draft; the translator's note says the Vietnamese text prevails.",
  ["18.600", "17,800", "Vietnamese text prevails"])
q("english", "Why does the English version of the Rach Gia plan show a different budget from the Vietnamese one?",
  [(R, "This translation was prepared from the draft Plan submitted with Submission No. 39/TTr-PGDĐT dated 05 March 2025"),
   (R, "Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 18.600 triệu đồng")],
  "Because the translation was prepared from the draft Plan submitted with Submission No. 39/TTr-PGDĐT dated 05 March 2025; the issued Vietnamese text (18.600 triệu đồng in total) prevails in case of discrepancy.",
  ["draft", "39/TTr-PGDĐT", "18.600"])
q("english", "How much does the city budget contribute to the Rach Gia plan?",
  [(R, "ngân sách thành phố 12.400 triệu đồng"), (R, "In case of any discrepancy, the Vietnamese text prevails.")],
  "VND 12,400 million (12.400 triệu đồng) according to the issued Vietnamese text; the English translation's VND 11,600 million comes from the draft, and the Vietnamese text prevails.",
  ["12.400"])
q("english", "What does the Rach Gia plan ask Kien Giang College to do?",
  [(R, "7. Kien Giang College is requested to: cooperate with the City Centre for Vocational Education and Continuing Education in compiling English materials for tourism and port service workers."),
   (R, "7. Đề nghị Trường Cao đẳng Kiên Giang")],
  "It is requested (not ordered) to cooperate with the City Centre for Vocational Education and Continuing Education in compiling English materials for tourism and port service workers (Trường Cao đẳng Kiên Giang, item V.7).",
  ["requested", "English materials"])
q("english", "What is the digital skills target for working-age people in Rach Gia by 2027?",
  [(R, "- 60% of working-age people have basic digital skills."), (R, "- 60% người trong độ tuổi lao động có kỹ năng số cơ bản.")],
  "60% of working-age people have basic digital skills by 2027 (85% by 2030).", ["60%"])
q("english", "Which resolution of the city Party Committee is the Rach Gia plan based on?",
  [(R, "Resolution No. 14-NQ/TU dated 08 November 2024"), (R, "Căn cứ Nghị quyết số 14-NQ/TU ngày 08/11/2024")],
  "Resolution No. 14-NQ/TU dated 08 November 2024 (08/11/2024) of the Standing Board of the Rach Gia City Party Committee, on building a learning city linked with the marine economy.",
  ["14-NQ/TU", "08/11/2024"])
q("english", "Who signed the Rach Gia learning city plan?",
  [(R, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Trần Thị Kim Ngân"), (R, "VICE CHAIRPERSON (Signed) Tran Thi Kim Ngan")],
  "Trần Thị Kim Ngân, Vice Chairperson, signing for the Chairperson on behalf of the City People's Committee (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).",
  ["Trần Thị Kim Ngân", "Vice Chairperson"])
q("english", "By when must Rach Gia's communes and wards send their annual plans to the Division of Education and Training?",
  [(R, "Develop annual plans and send them to the Division of Education and Training before 31 January"), (R, "gửi Phòng Giáo dục và Đào tạo trước ngày 31/01")],
  "Before 31 January (31/01) each year; they report results before 30 November.", ["31 January", "31/01"])
q("english", "What 2027 Learning Family target does the annex of the Rach Gia plan set for Vinh Thanh Van ward?",
  [(R, "1 Phường Vĩnh Thanh Vân 70 68"), (R, "Hộ gia đình đạt danh hiệu “Gia đình học tập” (%)")],
  "70% of households (Phường Vĩnh Thanh Vân), with 68% of working-age people having basic digital skills; the annex exists only in Vietnamese.",
  ["70"])
q("english", "Is the annex with ward targets included in the English translation of the Rach Gia plan?",
  [(R, "[The Annex is not translated.]"), (R, "CHỈ TIÊU NĂM 2027 GIAO CHO CÁC XÃ, PHƯỜNG")],
  "No. The English translation ends with “[The Annex is not translated.]”; the annex of 2027 targets for the communes and wards (“Chỉ tiêu năm 2027 giao cho các xã, phường”) exists only in Vietnamese.",
  ["not translated"])
q("english", "How many members does the Kien Giang Association for Promoting Education aim to have by 2030?",
  [(H, "Tổng số hội viên toàn tỉnh đạt ít nhất 420.000 người")],
  "At least 420,000 members province-wide by 2030 (ít nhất 420.000 người); at least 380.000 by 2027.", ["420.000"])
q("english", "How much funding does the provincial study promotion association ask the Provincial People's Committee for?",
  [(H, "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm, tổng cộng 1.200 triệu đồng giai đoạn 2025 - 2030.")],
  "It requests VND 200 million a year (200 triệu đồng), 1.200 triệu đồng in total for 2025 - 2030, to assess and recognise learning models.",
  ["200 triệu", "1.200 triệu"])
q("english", "Who signed the Kien Giang study promotion association's plan, and in what capacity?",
  [(H, "TM. BAN THƯỜNG VỤ CHỦ TỊCH (Đã ký) Lâm Văn Thạnh")],
  "Lâm Văn Thạnh, Chairman, on behalf of the Standing Board (TM. BAN THƯỜNG VỤ / CHỦ TỊCH) of the Hội Khuyến học tỉnh Kiên Giang.",
  ["Lâm Văn Thạnh", "BAN THƯỜNG VỤ"])
q("english", "What is the deadline for district-level study promotion associations in Kien Giang to send their 2025-2030 plans?",
  [(H, "gửi về Văn phòng Hội trước ngày 30/5/2025")],
  "Before 30 May 2025 (30/5/2025), to the Association's Office (Văn phòng Hội).", ["30/5/2025"])
q("english", "In the association's plan, what does the abbreviation GĐHT stand for?",
  [(H, "GĐHT Gia đình học tập")],
  "GĐHT stands for “Gia đình học tập” (Learning Family), as defined in the plan's abbreviation table.", ["Gia đình học tập"])
q("english", "Who receives the Rach Gia plan according to its list of recipients?",
  [(R, "Nơi nhận: - Sở Giáo dục và Đào tạo tỉnh Kiên Giang; - TT Thành ủy, TT HĐND thành phố; - CT, các PCT UBND thành phố; - Các cơ quan, đơn vị tại Mục V; - UBND các xã, phường; - Lưu: VT, PGDĐT.")],
  "The Nơi nhận (only in the Vietnamese text) lists: Sở Giáo dục và Đào tạo tỉnh Kiên Giang; TT Thành ủy, TT HĐND thành phố; CT, các PCT UBND thành phố; the bodies in Section V; UBND các xã, phường; and the archive (Lưu: VT, PGDĐT).",
  ["Sở Giáo dục và Đào tạo tỉnh Kiên Giang", "UBND các xã, phường"])
q("english", "What 2027 targets does the provincial association assign to Rach Gia City's association?",
  [(H, "1 Thành phố Rạch Giá 52.000 7.500 62"), (H, "TT Đơn vị Hội viên (người) Quỹ khuyến học vận động (triệu đồng/năm) Hộ đạt danh hiệu GĐHT (%)")],
  "52.000 members, 7.500 million VND a year raised for the study promotion fund, and 62% of households recognised as Learning Families (GĐHT) in 2027 (the city's own plan sets 65%).",
  ["52.000", "7.500", "62"])

# ---------------------------------------------------------------- follow_up
q("follow_up", "Còn năm 2030?",
  [(R, "- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”."), (R, "b) Đến năm 2030")],
  "Năm 2030, kế hoạch Rạch Giá đặt 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["80%"],
  hist("Rạch Giá đặt chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?", "65% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2027 (mục II.2.a) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Thế còn quỹ khuyến học năm đó?",
  [(H, "- QKH các cấp vận động đạt ít nhất 45 tỷ đồng mỗi năm.")],
  "Năm 2027, Quỹ khuyến học, khuyến tài các cấp vận động đạt ít nhất 45 tỷ đồng mỗi năm.", ["45 tỷ đồng"],
  hist("Hội Khuyến học Kiên Giang muốn có bao nhiêu hội viên năm 2027?", "Ít nhất 380.000 người toàn tỉnh (mục II.1) [kiengiang_27-KH-HKH_2025.docx]."))
q("follow_up", "Còn Phòng Nội vụ?",
  [(R, "4. Phòng Nội vụ: Chủ trì mở các lớp bồi dưỡng kỹ năng an toàn trên biển cho ngư dân; phối hợp với các doanh nghiệp du lịch tổ chức bồi dưỡng tiếng Anh giao tiếp cho người lao động")],
  "Phòng Nội vụ thành phố Rạch Giá chủ trì mở các lớp bồi dưỡng kỹ năng an toàn trên biển cho ngư dân; phối hợp với doanh nghiệp du lịch bồi dưỡng tiếng Anh giao tiếp cho người lao động; đưa tiêu chí học tập suốt đời vào đánh giá cán bộ, công chức thành phố.",
  ["an toàn trên biển", "tiếng Anh giao tiếp"],
  hist("Trong kế hoạch Rạch Giá, Phòng Tài chính - Kế hoạch làm gì?", "Tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh quyết toán (mục V.3) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "And how much of it comes from socialised sources?",
  [(R, "nguồn xã hội hóa 6.200 triệu đồng"), (R, "socialised sources VND 6,200 million")],
  "VND 6,200 million (6.200 triệu đồng) from socialised sources — the same figure in both language versions.", ["6.200"],
  hist("What is the total budget of the Rach Gia plan?", "18.600 triệu đồng in the issued Vietnamese text (the English translation of the draft says VND 17,800 million; the Vietnamese text prevails) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Còn phường An Hòa thì sao?",
  [(R, "7 Phường An Hòa 64 58")],
  "Phường An Hòa năm 2027: 64% hộ gia đình đạt “Gia đình học tập”, 58% người trong độ tuổi lao động có kỹ năng số cơ bản (Phụ lục).",
  ["64", "58"],
  hist("Phụ lục kế hoạch Rạch Giá giao phường Vĩnh Thanh Vân chỉ tiêu gì năm 2027?", "70% hộ đạt Gia đình học tập và 68% người lao động có kỹ năng số cơ bản (Phụ lục) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Còn thành phố Hà Tiên?",
  [(H, "2 Thành phố Hà Tiên 9.500 1.200 60")],
  "HKH thành phố Hà Tiên được giao năm 2027: 9.500 hội viên, 1.200 triệu đồng/năm quỹ khuyến học vận động, 60% hộ đạt GĐHT (Phụ lục Kế hoạch 27/KH-HKH).",
  ["9.500", "1.200", "60"],
  hist("Hội Khuyến học tỉnh giao Hội Khuyến học thành phố Rạch Giá bao nhiêu hội viên năm 2027?", "52.000 hội viên (cùng 7.500 triệu đồng/năm quỹ vận động và 62% GĐHT) [kiengiang_27-KH-HKH_2025.docx]."))
q("follow_up", "Còn kế hoạch của Hội Khuyến học tỉnh thì ai ký?",
  [(H, "TM. BAN THƯỜNG VỤ CHỦ TỊCH (Đã ký) Lâm Văn Thạnh")],
  "Ông Lâm Văn Thạnh, Chủ tịch, ký TM. Ban Thường vụ Hội Khuyến học tỉnh Kiên Giang.", ["Lâm Văn Thạnh"],
  hist("Ai ký kế hoạch thành phố học tập Rạch Giá?", "Bà Trần Thị Kim Ngân, Phó Chủ tịch, ký KT. Chủ tịch, TM. UBND thành phố [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Kế hoạch của Hội thì có căn cứ văn bản nào của Trung ương Hội không?",
  [(H, "Căn cứ Kế hoạch số 35/KH-TWH ngày 15/01/2025 của Trung ương Hội Khuyến học Việt Nam")],
  "Có: Kế hoạch số 35/KH-TWH ngày 15/01/2025 của Trung ương Hội Khuyến học Việt Nam về công tác khuyến học, khuyến tài giai đoạn 2025 - 2030.",
  ["35/KH-TWH"],
  hist("Kế hoạch Rạch Giá căn cứ những văn bản nào?", "QĐ 1373/QĐ-TTg, KH 112/KH-UBND của UBND tỉnh Kiên Giang, NQ 14-NQ/TU của Ban Thường vụ Thành ủy và CV 305/SGDĐT-GDTX [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Ai chịu trách nhiệm làm hồ sơ đó?",
  [(R, "1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố thành lập Tổ công tác xây dựng hồ sơ đề cử")],
  "Phòng Giáo dục và Đào tạo thành phố: là cơ quan thường trực, tham mưu UBND thành phố thành lập Tổ công tác xây dựng hồ sơ đề cử và hoàn thành hồ sơ trước ngày 30/6/2026.",
  ["Phòng Giáo dục và Đào tạo", "Tổ công tác"],
  hist("Hạn trình hồ sơ đề cử UNESCO của Rạch Giá là khi nào?", "Trước ngày 30/6/2026 (mục V.1) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Thế còn Sở Tài chính?",
  [(H, "Đề nghị Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ tại Mục IV."), (H, "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm")],
  "Hội đề nghị Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ tại Mục IV, tức khoản hỗ trợ đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm.",
  ["tham mưu Ủy ban nhân dân tỉnh", "200 triệu"],
  hist("Hội Khuyến học tỉnh Kiên Giang đề nghị Sở Giáo dục và Đào tạo làm gì?", "Chỉ đạo Phòng GD&ĐT các huyện, thành phố phối hợp với HKH cùng cấp kiểm tra hoạt động của TTHTCĐ (mục V.6) [kiengiang_27-KH-HKH_2025.docx]."))
q("follow_up", "Bản tiếng Anh có ghi giống vậy không?",
  [(R, "- 60% of working-age people have basic digital skills.")],
  "Có, bản dịch tiếng Anh ghi giống: “60% of working-age people have basic digital skills” cho năm 2027 (chỉ ngân sách là khác giữa hai bản).",
  ["60%"],
  hist("Chỉ tiêu kỹ năng số năm 2027 của Rạch Giá là bao nhiêu?", "60% người trong độ tuổi lao động có kỹ năng số cơ bản (mục II.2.a) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Và năm 2030 thì Dòng họ học tập bao nhiêu?",
  [(H, "75% hộ gia đình đạt danh hiệu GĐHT; 55% dòng họ đạt danh hiệu DHHT")],
  "Năm 2030: 55% dòng họ đạt danh hiệu Dòng họ học tập (DHHT).", ["55%"],
  hist("Hội Khuyến học Kiên Giang đặt chỉ tiêu Gia đình học tập năm 2027 bao nhiêu?", "60% hộ gia đình đạt GĐHT năm 2027 (mục II.1) [kiengiang_27-KH-HKH_2025.docx]."))
q("follow_up", "Còn Ngày hội khuyến học của tỉnh thì tổ chức khi nào?",
  [(H, "Tổ chức “Ngày hội khuyến học” cấp tỉnh vào tháng 9 hằng năm, nhân dịp khai giảng năm học mới.")],
  "“Ngày hội khuyến học” cấp tỉnh của Hội Khuyến học tỉnh Kiên Giang tổ chức vào tháng 9 hằng năm, nhân dịp khai giảng năm học mới.",
  ["tháng 9", "khai giảng"],
  hist("Ngày hội học tập suốt đời của Rạch Giá tổ chức khi nào?", "Tháng 10 hằng năm tại khu đô thị lấn biển (mục III.1) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "and the City Centre for Vocational Education and Continuing Education?",
  [(R, "5. City Centre for Vocational Education and Continuing Education: Organises literacy classes and communicative English classes for tourism workers; provides professional support to Community Learning Centres.")],
  "It organises literacy classes and communicative English classes for tourism workers and provides professional support to Community Learning Centres (Trung tâm GDNN-GDTX thành phố, item V.5).",
  ["literacy classes", "communicative English", "professional support"],
  hist("What does the Division of Home Affairs do in the Rach Gia plan?", "It leads courses on safety at sea for fishers, cooperates with tourism enterprises on English training and includes lifelong learning criteria in the assessment of officials (V.4) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Phần mềm đó bao giờ thì đưa vào dùng?",
  [(H, "Xây dựng phần mềm quản lý hội viên và các mô hình học tập, đưa vào sử dụng thống nhất trong toàn tỉnh từ năm 2026.")],
  "Phần mềm quản lý hội viên và các mô hình học tập được đưa vào sử dụng thống nhất trong toàn tỉnh từ năm 2026.", ["từ năm 2026"],
  hist("Ban Tổ chức - Hội viên của Hội Khuyến học Kiên Giang làm gì?", "Hướng dẫn thành lập CHKH, BĐD; theo dõi số lượng hội viên; xây dựng phần mềm quản lý hội viên (mục V.3) [kiengiang_27-KH-HKH_2025.docx]."))
q("follow_up", "Mỗi trung tâm được hỗ trợ bao nhiêu tiền?",
  [(R, "Mỗi Trung tâm học tập cộng đồng được hỗ trợ 30 triệu đồng/năm từ ngân sách thành phố.")],
  "Mỗi Trung tâm học tập cộng đồng ở Rạch Giá được hỗ trợ 30 triệu đồng/năm từ ngân sách thành phố.", ["30 triệu"],
  hist("Đến 2030 Rạch Giá muốn bao nhiêu TTHTCĐ xếp loại Tốt?", "12/12 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt (mục II.2.b) [rachgia_58-KH-UBND_2025.docx]."))
q("follow_up", "Vậy theo kế hoạch của chính UBND thành phố Rạch Giá thì năm 2027 là bao nhiêu?",
  [(R, "- 65% hộ gia đình đạt danh hiệu “Gia đình học tập”."), (R, "a) Đến năm 2027")],
  "Kế hoạch của UBND thành phố Rạch Giá đặt 65% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2027 (cao hơn mức 62% mà Hội Khuyến học tỉnh giao cho Hội Khuyến học thành phố).",
  ["65%"],
  hist("Hội Khuyến học tỉnh giao Hội Khuyến học thành phố Rạch Giá tỷ lệ GĐHT năm 2027 bao nhiêu?", "62% (Phụ lục Kế hoạch 27/KH-HKH) [kiengiang_27-KH-HKH_2025.docx]."))

# ---------------------------------------------------------------- unanswerable
NOT = "Các kế hoạch đã tải không nêu điều này: "
q("unanswerable", "Kế hoạch xây dựng xã hội học tập của UBND thành phố Hà Tiên giao Phòng Giáo dục và Đào tạo những nhiệm vụ gì?", [],
  NOT + "không có kế hoạch nào của UBND thành phố Hà Tiên; Hà Tiên chỉ xuất hiện trong Phụ lục của Hội Khuyến học tỉnh (chỉ tiêu giao Hội Khuyến học thành phố Hà Tiên).", [],
  probe=r"(ubnd|uy ban nhan dan) thanh pho ha tien", probe_docs=ALL)
q("unanswerable", "Thành phố Phú Quốc đặt chỉ tiêu kỹ năng số bao nhiêu trong kế hoạch xây dựng thành phố học tập?", [],
  NOT + "không có kế hoạch của Phú Quốc; Phụ lục của Hội Khuyến học tỉnh chỉ giao Hội Khuyến học Phú Quốc chỉ tiêu hội viên, quỹ và Gia đình học tập, không có kỹ năng số.", [],
  probe=r"phu quoc[^.;]{0,80}ky nang so", probe_docs=ALL)
q("unanswerable", "Trong Kế hoạch 112/KH-UBND, UBND tỉnh Kiên Giang giao Sở Giáo dục và Đào tạo nhiệm vụ gì?", [],
  NOT + "Kế hoạch 112/KH-UBND của UBND tỉnh Kiên Giang chỉ được dẫn làm căn cứ; nội dung của nó không có trong các kế hoạch đã tải.", [],
  probe=r"112/kh-ubnd[^;]*\b(giao|nhiem vu)\b")
q("unanswerable", "UBND huyện Châu Thành (Kiên Giang) có kế hoạch xây dựng xã hội học tập riêng không, ai ký?", [],
  NOT + "không có kế hoạch nào của UBND huyện Châu Thành; huyện này chỉ được nêu trong kế hoạch của Hội Khuyến học tỉnh (học bổng, Phụ lục).", [],
  probe=r"(ubnd|uy ban nhan dan) huyen chau thanh", probe_docs=ALL)
q("unanswerable", "Phường Vĩnh Thanh Vân ban hành kế hoạch xây dựng xã hội học tập năm 2025 số mấy?", [],
  NOT + "không có kế hoạch riêng của phường Vĩnh Thanh Vân; phường chỉ có một dòng chỉ tiêu năm 2027 trong Phụ lục kế hoạch thành phố Rạch Giá.", [],
  probe=r"(ubnd|uy ban nhan dan) phuong vinh thanh van|phuong vinh thanh van[^.;]{0,40}/kh-", probe_docs=ALL)
q("unanswerable", "Kế hoạch thành phố học tập của thành phố Vị Thanh (Hậu Giang) có mục tiêu gia nhập mạng lưới UNESCO không?", [],
  NOT + "không có kế hoạch nào của thành phố Vị Thanh trong các kế hoạch đã tải.", [], probe=r"\bvi thanh\b", probe_docs=ALL)
q("unanswerable", "Sau sáp nhập, tỉnh An Giang giao Hội Khuyến học chỉ tiêu gì?", [],
  NOT + "các kế hoạch đã tải là của thành phố Rạch Giá và Hội Khuyến học tỉnh Kiên Giang, ban hành trước sáp nhập; không có kế hoạch nào của tỉnh An Giang.", [],
  probe=r"an giang", probe_docs=ALL)
q("unanswerable", "Rạch Giá đặt chỉ tiêu Gia đình học tập cho năm 2025 là bao nhiêu phần trăm?", [],
  NOT + "kế hoạch của Rạch Giá chỉ đặt chỉ tiêu Gia đình học tập cho năm 2027 (65%) và 2030 (80%), không có mốc 2025.", [],
  probe=r"nam 2025[^.;]{0,60}gia dinh hoc tap|gia dinh hoc tap[^.;]{0,60}nam 2025|\b2025\b[^.;]{0,30}\d+%", probe_docs=[R])
q("unanswerable", "Hội Khuyến học tỉnh Kiên Giang đặt chỉ tiêu hội viên năm 2028 là bao nhiêu?", [],
  NOT + "kế hoạch của Hội chỉ có chỉ tiêu hội viên cho năm 2027 (380.000) và năm 2030 (420.000), không có năm 2028.", [],
  probe=r"\b2028\b", probe_docs=[H])
q("unanswerable", "Theo kế hoạch của UBND thành phố Rạch Giá, bao nhiêu phần trăm người dân phải đạt danh hiệu Công dân học tập?", [],
  NOT + "kế hoạch của UBND thành phố Rạch Giá không đặt chỉ tiêu Công dân học tập.", [],
  probe=r"cong dan hoc tap|learning citizen", probe_docs=[R])
q("unanswerable", "Ngân sách tỉnh cấp cho Văn phòng Hội Khuyến học tỉnh năm 2026 là bao nhiêu tiền?", [],
  NOT + "kế hoạch chỉ nói kinh phí hoạt động của Văn phòng Hội do ngân sách tỉnh bảo đảm theo dự toán hằng năm, không nêu số tiền năm 2026.", [],
  probe=r"2026[^.;]{0,80}(trieu|ty) dong|van phong[^.;]{0,80}\d+ (trieu|ty) dong", probe_docs=[H])
q("unanswerable", "Hiện nay Hội Khuyến học tỉnh Kiên Giang có bao nhiêu hội viên?", [],
  NOT + "kế hoạch chỉ đặt chỉ tiêu (380.000 năm 2027, 420.000 năm 2030), không nêu số hội viên hiện có.", [],
  probe=r"hien nay|hien co|cuoi nam 2024|tinh den|hien tai", probe_docs=[H])
q("unanswerable", "Hiện tại Rạch Giá có bao nhiêu hộ đạt danh hiệu Gia đình học tập?", [],
  NOT + "kế hoạch của Rạch Giá chỉ đặt chỉ tiêu 2027 và 2030, không nêu số hộ hiện đạt.", [],
  probe=r"hien nay|hien co|hien tai|nam 2024[^.;]{0,60}(ho|%)", probe_docs=[R])
q("unanswerable", "Chi hội khuyến học không đạt chỉ tiêu hội viên thì bị xử lý thế nào?", [],
  NOT + "kế hoạch của Hội Khuyến học tỉnh không quy định hình thức xử lý khi không đạt chỉ tiêu.", [],
  probe=r"xu ly|ky luat|che tai|xu phat|phe binh", probe_docs=[H])
q("unanswerable", "Xã, phường nào của Rạch Giá đạt chỉ tiêu thì được khen thưởng bao nhiêu tiền?", [],
  NOT + "kế hoạch của Rạch Giá không có nội dung khen thưởng.", [],
  probe=r"khen thuong|tien thuong", probe_docs=[R])
q("unanswerable", "Theo kế hoạch thành phố học tập Rạch Giá, Công an thành phố có nhiệm vụ gì?", [],
  NOT + "kế hoạch của Rạch Giá không nêu Công an thành phố.", [], probe=r"cong an|police", probe_docs=[R])
q("unanswerable", "Hội Khuyến học tỉnh Kiên Giang đề nghị Hội Cựu chiến binh tỉnh làm gì?", [],
  NOT + "kế hoạch của Hội Khuyến học tỉnh không nêu Hội Cựu chiến binh; Hội chỉ phối hợp với Tỉnh đoàn và Hội LHPN tỉnh.", [],
  probe=r"cuu chien binh", probe_docs=[H])
q("unanswerable", "Liên đoàn Lao động tỉnh được Hội Khuyến học Kiên Giang đề nghị phối hợp việc gì?", [],
  NOT + "kế hoạch của Hội Khuyến học tỉnh không nêu Liên đoàn Lao động tỉnh.", [], probe=r"lien doan lao dong", probe_docs=[H])
q("unanswerable", "Hội Nông dân tỉnh có nhiệm vụ gì trong kế hoạch của Hội Khuyến học tỉnh Kiên Giang?", [],
  NOT + "kế hoạch của Hội Khuyến học tỉnh không nêu Hội Nông dân tỉnh.", [], probe=r"hoi nong dan", probe_docs=[H])
q("unanswerable", "Hội Khuyến học tỉnh đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy làm gì?", [],
  NOT + "Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ có tên trong Nơi nhận; kế hoạch không đề nghị ban này việc gì.", [],
  probe=r"de nghi ban tuyen giao|ban tuyen giao va dan van tinh uy[^;]{0,20}\b(chi dao|phoi hop|tuyen truyen|huong dan)\b", probe_docs=[H])
q("unanswerable", "Kế hoạch Rạch Giá giao Bảo tàng tỉnh Kiên Giang nhiệm vụ gì?", [],
  NOT + "Bảo tàng tỉnh Kiên Giang chỉ được nêu là nơi thành phố phối hợp tổ chức chương trình giáo dục di sản; kế hoạch không giao hay đề nghị bảo tàng việc gì.", [],
  probe=r"de nghi bao tang|\d+\. bao tang", probe_docs=[R])
q("unanswerable", "Hội Khuyến học tỉnh đề nghị Đài Phát thanh và Truyền hình Kiên Giang làm gì?", [],
  NOT + "kế hoạch không đề nghị Đài Phát thanh và Truyền hình Kiên Giang việc gì; chỉ giao Ban Tuyên truyền của Hội phối hợp với Đài duy trì chuyên mục “Khuyến học - Khuyến tài”.", [],
  probe=r"de nghi dai phat thanh", probe_docs=[H])
q("unanswerable", "Sở Nội vụ tỉnh Kiên Giang được Hội Khuyến học đề nghị gì?", [],
  NOT + "kế hoạch của Hội Khuyến học tỉnh không nêu Sở Nội vụ.", [], probe=r"so noi vu", probe_docs=[H])
q("unanswerable", "Kế hoạch 35/KH-TWH của Trung ương Hội đặt chỉ tiêu hội viên toàn quốc bao nhiêu?", [],
  NOT + "Kế hoạch 35/KH-TWH chỉ được dẫn làm căn cứ; nội dung và chỉ tiêu của nó không có trong các kế hoạch đã tải.", [],
  probe=r"toan quoc|35/kh-twh[^;]*\d+(\.\d+)? (nguoi|hoi vien)", probe_docs=[H])
q("unanswerable", "Nghị quyết 14-NQ/TU của Thành ủy Rạch Giá đặt mục tiêu gì cho năm 2030?", [],
  NOT + "Nghị quyết 14-NQ/TU chỉ được dẫn làm căn cứ; mục tiêu của nghị quyết không có trong kế hoạch.", [],
  probe=r"14-nq/tu[^;]*(muc tieu|%|target)", probe_docs=[R])
q("unanswerable", "Công văn 305/SGDĐT-GDTX yêu cầu nộp hồ sơ đề cử về Sở trước ngày nào?", [],
  NOT + "kế hoạch chỉ dẫn số, ngày và trích yếu của Công văn 305/SGDĐT-GDTX; hạn trong công văn không được nêu (hạn trong kế hoạch là hạn Phòng GD&ĐT trình UBND thành phố, trước 30/6/2026).", [],
  probe=r"305/sgddt-gdtx[^;]*\b(truoc ngay|han|before)\b", probe_docs=[R])
q("unanswerable", "Ai ký Tờ trình 39/TTr-PGDĐT trình kế hoạch thành phố học tập Rạch Giá?", [],
  NOT + "kế hoạch chỉ nêu số, ngày của Tờ trình 39/TTr-PGDĐT (05/3/2025), không nêu người ký.", [],
  probe=r"39/ttr-pgddt[^;]*\b(ky|truong phong|signed)\b", probe_docs=[R])
q("unanswerable", "Rạch Giá đã được UNESCO công nhận là thành viên mạng lưới chưa?", [],
  NOT + "kế hoạch chỉ đặt mục tiêu được công nhận đến năm 2030 và hạn hoàn thành hồ sơ đề cử trước 30/6/2026; không nói kết quả xét duyệt.", [],
  probe=r"da duoc (unesco )?cong nhan|has been recognised|unesco (xet|xem xet|tham dinh)", probe_docs=[R])
q("unanswerable", "Ai làm tổ trưởng Tổ công tác xây dựng hồ sơ đề cử của Rạch Giá?", [],
  NOT + "kế hoạch chỉ giao Phòng GD&ĐT tham mưu thành lập Tổ công tác, không nêu thành phần hay tổ trưởng.", [],
  probe=r"to truong|to cong tac[^.;]{0,60}\b(do|gom|truong)\b|working group[^.;]{0,40}\b(headed|chaired|led by)\b", probe_docs=[R])
q("unanswerable", "Mỗi Chi hội khuyến học được hỗ trợ bao nhiêu kinh phí một năm?", [],
  NOT + "kế hoạch của Hội không nêu mức hỗ trợ cho Chi hội; HKH cấp huyện, cấp xã dùng ngân sách cùng cấp hỗ trợ và nguồn vận động, không có con số.", [],
  probe=r"chi hoi[^.;]{0,60}(trieu|dong/)|chkh[^.;]{0,60}trieu", probe_docs=[H])
q("unanswerable", "Mỗi suất học bổng của Hội Khuyến học Kiên Giang trị giá bao nhiêu?", [],
  NOT + "kế hoạch chỉ đặt số suất (ít nhất 12.000 suất mỗi năm đến 2030), không nêu giá trị mỗi suất.", [],
  probe=r"(suat|hoc bong)[^.;]{0,40}(trieu|\d+\.?\d* dong)", probe_docs=[H])
q("unanswerable", "What share of Rach Gia residents should use the Rach Gia Learns platform by 2030?", [],
  "The plans do not say: the Rach Gia plan sets up the “Rach Gia Learns” platform (operational before 31 December 2025) but sets no usage target for it.", [],
  probe=r"(rach gia hoc tap|rach gia learns)[^.;]{0,80}%", probe_docs=[R])
q("unanswerable", "How many Community Learning Centres does Phu Quoc have?", [],
  "The plans do not say: Phu Quoc appears only as a row of the provincial association's annex (members, fund, Learning Families), with no count of its Community Learning Centres.", [],
  probe=r"phu quoc[^.;]{0,60}(tthtcd|trung tam hoc tap cong dong|community learning)", probe_docs=ALL)
q("unanswerable", "Còn năm 2028 thì sao?", [],
  NOT + "kế hoạch Rạch Giá có mốc 2027 (65%) và 2030 (80%), không có chỉ tiêu Gia đình học tập năm 2028.", [],
  history=hist("Rạch Giá đặt chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?", "65% hộ gia đình (mục II.2.a) [rachgia_58-KH-UBND_2025.docx]."),
  probe=r"\b2028\b", probe_docs=[R])
q("unanswerable", "Hội Khuyến học tỉnh giao Hội Khuyến học thành phố Rạch Giá bao nhiêu hội viên cho năm 2030?", [],
  NOT + "Phụ lục của Hội Khuyến học tỉnh chỉ giao chỉ tiêu năm 2027 (Rạch Giá: 52.000 hội viên); không có chỉ tiêu năm 2030 cho từng huyện, thành phố.", [],
  probe=r"nam 2030 giao|2030[^.;]{0,60}(huyen, thanh pho|rach gia)[^.;]{0,40}\d+\.\d{3}", probe_docs=[H])
q("unanswerable", "Hội Khuyến học tỉnh Kiên Giang đặt chỉ tiêu bao nhiêu phần trăm người lao động có kỹ năng số?", [],
  NOT + "kế hoạch của Hội Khuyến học tỉnh chỉ nêu việc phối hợp với TTHTCĐ mở lớp kỹ năng số, không đặt chỉ tiêu tỷ lệ (chỉ tiêu kỹ năng số 60%/85% là của kế hoạch UBND thành phố Rạch Giá, cho thành phố).", [],
  probe=r"ky nang so[^.;]{0,40}%|%[^.;]{0,60}ky nang so", probe_docs=[H])


# ---------------------------------------------------------------- checks and output
def fold(s):
    s = unicodedata.normalize("NFD", norm(s).lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    problems = []
    seen = set()
    out = []
    counts = {}
    for i, x in enumerate(Q, 1):
        qid = f"q48-{i:03d}"
        where = f"{qid} {x['question'][:50]!r}"
        key = norm(x["question"]).lower()
        if key in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(key)
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        docs = []
        for d, _ in x["ev"]:
            if d not in docs:
                docs.append(d)
        for d, span in x["ev"]:
            if norm(span) not in text_of(d):
                problems.append(f"{where}: span missing in {d}: {span!r}")
        if x["type"] == "unanswerable":
            if x["ev"] or x["kf"]:
                problems.append(f"{where}: unanswerable with evidence or key facts")
            if not x["probe"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in x["probe_docs"] or OURS:
                    m = re.search(x["probe"], fold(text_of(d)))
                    if m:
                        problems.append(f"{where}: probe {x['probe']!r} matches {d}: {m.group(0)!r}")
        else:
            if not x["ev"] or not x["kf"]:
                problems.append(f"{where}: answerable without evidence or key facts")
            for kf in x["kf"]:
                if norm(kf).lower() not in norm(x["answer"]).lower():
                    problems.append(f"{where}: key fact {kf!r} not in answer")
                if not any(norm(kf).lower() in norm(s).lower() for _, s in x["ev"]):
                    problems.append(f"{where}: key fact {kf!r} in no cited span")
        if x["type"] == "follow_up" and not x["history"]:
            problems.append(f"{where}: follow_up without history")
        out.append({"id": qid, "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in x["ev"]], "answer": x["answer"],
                    "key_facts": x["kf"], "history": x["history"]})
    for t, n in MINIMUM.items():
        if counts.get(t, 0) < n:
            problems.append(f"type {t}: {counts.get(t, 0)} < {n}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    path = os.path.join(SETS, "newplans48.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {path}: {len(out)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
