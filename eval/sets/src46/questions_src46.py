"""Write eval/sets/newplans46.jsonl: questions on set 46's two plans (plans46/) and a few bundled plans.

    python eval/sets/src46/questions_src46.py

Refuses to write if a span is missing from its plan after FORMAT.md's normalisation, a key fact is missing from its
answer or from every span it cites, a follow-up has no history, two questions share a text, a type is below the brief's
minimum, an unanswerable question has evidence or no probe, or a probe matches the accent-free text of the plans it is
checked against.
"""
import json
import os
import re

from common46 import ALL_PLANS, CT, HN, MYLOC, OURS, C, D, check_span, line, norm, plain, text

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "newplans46.jsonl")
MIN = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
       "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4, "english": 14,
       "follow_up": 14, "unanswerable": 28}
QS = []


def q(type_, question, ev, answer, key_facts, history=None):
    QS.append({"type": type_, "question": question, "ev": ev, "answer": answer, "key_facts": key_facts,
               "history": history or [], "probe": None})


def u(question, answer, probe, against=None, history=None):
    QS.append({"type": "unanswerable", "question": question, "ev": [], "answer": answer, "key_facts": [],
               "history": history or [], "probe": (probe, against or OURS)})


def h(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


# ---------------------------------------------------------------- spans: the district plan (document-database page)
def d_v(n):
    """Item n of V: its heading line and its task line (the next extracted line)."""
    lines = [ln for ln in text_lines(D)]
    i = [k for k, ln in enumerate(lines) if re.match(rf"{n}\. ", ln) and k > lines.index("V. TỔ CHỨC THỰC HIỆN")][0]
    return lines[i], lines[i + 1]


def text_lines(doc):
    import check_sets
    return check_sets.extract(doc).split("\n")


BANG1_HEAD = ("TT Xã, thị trấn Gia đình học tập năm 2025 (%) Gia đình học tập năm 2027 (%) Thôn, tổ dân phố học tập năm "
              "2025 Thôn, tổ dân phố học tập năm 2027 Người lao động có kỹ năng số năm 2027 (%)")
ROW_TT = "1 Thị trấn Lạc Dương 70 76 10/14 13/14 82"
ROW_LAT = "2 Xã Lát 60 66 4/8 6/8 72"
ROW_DASAR = "3 Xã Đạ Sar 55 61 3/6 5/6 68"
ROW_DANHIM = "4 Xã Đạ Nhim 57 63 3/6 5/6 70"
ROW_DACHAIS = "5 Xã Đạ Chais 56 62 2/5 4/5 70"
ROW_DUNG = "6 Xã Đưng K’Nớ 50 56 1/4 3/4 65"
ROW_ALL = "Toàn huyện 62 68 23/43 36/43 75"
H25, H27 = "a) Đến năm 2025", "b) Đến năm 2027"
V = {n: d_v(n) for n in range(1, 11)}
GD, VH, LD, TCKH, DT, NV, TTGD, CA, XA, MT = (V[n][1] for n in range(1, 11))
FUND1 = line(D, "1. Tổng kinh phí")
FUND2 = line(D, "2. Ngân sách huyện hỗ trợ")
FUND3 = line(D, "3. Các lớp xóa mù chữ")
REL_GD = line(D, "- Tỷ lệ hộ gia đình đạt danh hiệu")
REL_LOP = line(D, "- Số lớp chuyên đề")
REL_BC = line(D, "- Tỷ lệ người dân tộc thiểu số")
KNS25 = "- 55% người trong độ tuổi lao động có kỹ năng số cơ bản."
KNS27 = "- 75% người trong độ tuổi lao động có kỹ năng số cơ bản."
CBCC27 = "- 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số."
CNTT25 = "- 6/6 Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động."
TOT27 = "- Ít nhất 4/6 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt."
XMC25 = "- 100% xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2."
GIAO = line(D, "Chỉ tiêu giao cho từng xã, thị trấn tại Bảng 1")
CC1 = line(D, "Căn cứ Quyết định số 1373")
CC2 = line(D, "Căn cứ Kế hoạch số 2187")
CC3 = line(D, "Căn cứ Nghị quyết số 09-NQ/HU")
TTR = line(D, "Theo đề nghị của Phòng Giáo dục")
MD1 = line(D, "Tạo cơ hội cho mọi người dân")
MD2 = line(D, "Cụ thể hóa các chỉ tiêu")
MTC = line(D, "Đến năm 2027, huyện Lạc Dương")
III1 = line(D, "Tuyên truyền bằng tiếng Việt")
III2 = line(D, "Kiện toàn 6 Trung tâm")
III3 = line(D, "Mở các lớp xóa mù chữ, lớp giáo dục")
III4 = line(D, "Đào tạo nghề ngắn hạn gắn với")
III5 = line(D, "Đánh giá, công nhận “Gia đình học tập”")
SIGN_D = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Đinh Thị Phương Lan"
HEAD_D = "Số: 36/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lạc Dương, ngày 24 tháng 02 năm 2025"
M_NUM = "Số ký hiệu 36/KH-UBND Ngày ban hành 24/02/2025"
M_SIGN = "Người ký Đinh Thị Phương Lan Chức vụ Phó Chủ tịch Ủy ban nhân dân huyện"
M_FIELD = "Lĩnh vực Giáo dục, đào tạo"
M_STATUS = "Tình trạng hiệu lực Còn hiệu lực"
M_EFF = "Ngày có hiệu lực 24/02/2025"

# ---------------------------------------------------------------- spans: the commune workbook
C_HEAD = "Số: 15/KH-UBND | | | Đạ Sar, ngày 14 tháng 3 năm 2025"
C_SIGN = ("Nơi nhận: | | | | TM. ỦY BAN NHÂN DÂN - Phòng Giáo dục và Đào tạo huyện Lạc Dương; | | | | CHỦ TỊCH "
          "- TT Đảng ủy, TT HĐND xã; | | | | (Đã ký) - CT, PCT UBND xã; | | | | Cil Ha Liêng")
C_CC1 = line(C, "Căn cứ Kế hoạch số 36/KH-UBND")
C_CC2 = line(C, "Căn cứ Nghị quyết số 04/NQ-HĐND")
C_MD1 = line(C, "1. Đưa việc học tập suốt đời")
C_II = line(C, "Các chỉ tiêu năm 2025 của xã")
C_III1 = line(C, "1. Tuyên truyền hằng tháng")
C_III2 = line(C, "2. Trung tâm học tập cộng đồng xã mở lớp")
C_IV = line(C, "Tổng kinh phí năm 2025 là 186")
C_V1 = line(C, "1. Công chức Văn hóa - Xã hội:")
C_V2 = line(C, "2. Trung tâm học tập cộng đồng xã:")
C_V3 = line(C, "3. Công chức Tài chính - Kế toán:")
C_V4 = line(C, "4. Trưởng các thôn:")
C_V5 = line(C, "5. Đề nghị Ủy ban Mặt trận")
PL1_HEAD = "TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Ghi chú"
PL1 = {1: "1 | Hộ gia đình đạt danh hiệu “Gia đình học tập” | % | 58%",
       2: "2 | Thôn đạt danh hiệu “Thôn học tập” | thôn | 4/6",
       3: "3 | Dòng họ đạt danh hiệu “Dòng họ học tập” | dòng họ | 3",
       4: "4 | Người từ 15 đến 60 tuổi biết chữ mức độ 2 | % | 96,5%",
       5: "5 | Lớp chuyên đề tại Trung tâm học tập cộng đồng | lớp | 24",
       6: "6 | Người trong độ tuổi lao động có kỹ năng số cơ bản | % | 50%",
       7: "7 | Học viên các lớp xóa mù chữ | người | 50"}
PL1_CAP = "Phụ lục 1: CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP XÃ ĐẠ SAR NĂM 2025"
PL2_HEAD = "TT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian thực hiện năm 2025 (tháng)"
MONTHS = "| | | | T1 | T2 | T3 | T4 | T5 | T6 | T7 | T8 | T9 | T10 | T11 | T12"


def pl2(n):
    lines = text_lines(C)
    start = lines.index("PL2 Tiến độ")
    hits = [ln for ln in lines[start:] if ln.startswith(f"{n} | ")]
    return hits[0]


R = {n: pl2(n) for n in range(1, 12)}
PL3_HEAD = "TT | Nội dung | Ngân sách xã | Chương trình MTQG | Xã hội hóa | Cộng"
PL3_UNIT = "(Đơn vị tính: triệu đồng)"
PL3_TOT = "| Tổng cộng | 106 | 40 | 40 | 186"
PL3_1 = "1 | Mở 02 lớp xóa mù chữ | 0 | 40 | 0 | 40"
PL3_2 = "2 | Lớp chuyên đề tại Trung tâm học tập cộng đồng | 36 | 0 | 12 | 48"
PL3_4 = "4 | Bổ sung tủ sách tại nhà văn hóa 6 thôn | 10 | 0 | 18 | 28"
PL3_5 = "5 | Hướng dẫn kỹ năng số cho người dân | 20 | 0 | 0 | 20"

# ---------------------------------------------------------------- spans: bundled plans
ML_XA = "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"
HN_SGD = "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"


# ================================================================ agency_tasks
q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập giai đoạn 2025 - 2027 của huyện Lạc Dương, Phòng Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(D, GD)],
  "Phòng Giáo dục và Đào tạo là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các Trung tâm học tập cộng đồng xây dựng chương trình hoạt động; tổng hợp kết quả, báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 10/12 hằng năm; tham mưu sơ kết vào quý IV/2026 và tổng kết vào quý IV/2027.",
  ["cơ quan thường trực", "10/12", "quý IV/2026", "quý IV/2027"])
q("agency_tasks", "Phòng Văn hóa và Thông tin huyện Lạc Dương được giao làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(D, VH)],
  "Phòng Văn hóa và Thông tin chủ trì tuyên truyền về xây dựng xã hội học tập; duy trì tủ sách tại nhà văn hóa thôn; tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4 hằng năm; phối hợp với Ban Quản lý Vườn quốc gia Bidoup - Núi Bà giới thiệu kiến thức bảo vệ rừng cho người dân vùng đệm.",
  ["tủ sách", "21/4", "Bidoup"])
q("agency_tasks", "Kế hoạch 36/KH-UBND giao Phòng Lao động - Thương binh và Xã hội huyện Lạc Dương nhiệm vụ gì?",
  [(D, LD)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì đào tạo nghề ngắn hạn cho ít nhất 300 lao động nông thôn mỗi năm, trong đó ít nhất 70% là người dân tộc thiểu số; phối hợp Trung tâm GDNN-GDTX huyện tổ chức lớp nghề tại thôn.",
  ["300 lao động", "70%"])
q("agency_tasks", "Phòng Dân tộc huyện Lạc Dương có trách nhiệm gì theo kế hoạch xây dựng xã hội học tập?",
  [(D, DT)],
  "Phòng Dân tộc phối hợp Phòng Giáo dục và Đào tạo vận động người dân tộc thiểu số tham gia lớp xóa mù chữ; tổ chức lớp bồi dưỡng tiếng K’Ho cho cán bộ, công chức công tác tại vùng đồng bào dân tộc thiểu số trong quý III/2025.",
  ["xóa mù chữ", "quý III/2025"])
q("agency_tasks", "Phòng Nội vụ huyện Lạc Dương phải làm gì trong kế hoạch giai đoạn 2025 - 2027?",
  [(D, NV)],
  "Phòng Nội vụ chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; đưa tiêu chí “Đơn vị học tập” vào đánh giá, xếp loại cơ quan, đơn vị hằng năm.",
  ["kỹ năng số", "Đơn vị học tập"])
q("agency_tasks", "Công an huyện Lạc Dương được giao nhiệm vụ gì?",
  [(D, CA)],
  "Công an huyện chỉ đạo Công an các xã, thị trấn hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử VNeID.",
  ["VNeID"])
q("agency_tasks", "Theo kế hoạch của huyện Lạc Dương, UBND các xã, thị trấn phải làm gì?",
  [(D, XA)],
  "UBND các xã, thị trấn căn cứ chỉ tiêu tại Bảng 1, ban hành kế hoạch năm 2025 của địa phương trước ngày 31/3/2025; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
  ["Bảng 1", "31/3/2025", "30/11"])
q("agency_tasks", "Hội Khuyến học huyện Lạc Dương được đề nghị làm gì?",
  [(D, MT)],
  "Hội Khuyến học huyện chủ trì phong trào “Gia đình học tập”, “Dòng họ học tập”, vận động Quỹ khuyến học đạt ít nhất 150 triệu đồng mỗi năm.",
  ["Gia đình học tập", "150 triệu đồng"])
q("agency_tasks", "Trong kế hoạch năm 2025 của xã Đạ Sar, Đoàn Thanh niên xã tham gia những việc gì?",
  [(C, R[4]), (C, R[6]), (C, PL2_HEAD)],
  "Đoàn Thanh niên xã không chủ trì việc nào; theo Phụ lục 2, Đoàn là đơn vị phối hợp ở hai nhiệm vụ: tổ chức Ngày Sách và Văn hóa đọc Việt Nam (Trường Tiểu học và THCS Đạ Sar chủ trì) và hướng dẫn người dân kích hoạt tài khoản VNeID, sử dụng dịch vụ công trực tuyến (Công an xã chủ trì).",
  ["Ngày Sách", "VNeID", "phối hợp"])
q("agency_tasks", "Hội Liên hiệp Phụ nữ xã Đạ Sar được giao việc gì trong kế hoạch năm 2025 của xã?",
  [(C, R[7]), (C, R[3]), (C, PL2_HEAD)],
  "Theo Phụ lục 2, Hội Liên hiệp Phụ nữ xã chủ trì lớp truyền dạy đánh cồng chiêng, dệt thổ cẩm cho thanh thiếu niên (phối hợp với nghệ nhân các thôn) và phối hợp mở 02 lớp xóa mù chữ tại thôn Đạ Nghịt và thôn Đưng Iar Gián do Trung tâm học tập cộng đồng xã chủ trì.",
  ["cồng chiêng", "thổ cẩm", "xóa mù chữ"])
q("agency_tasks", "Trường Tiểu học và THCS Đạ Sar chủ trì những nhiệm vụ nào trong kế hoạch của xã?",
  [(C, R[2]), (C, R[4]), (C, PL2_HEAD)],
  "Trường Tiểu học và THCS Đạ Sar chủ trì hai nhiệm vụ trong Phụ lục 2: rà soát, thống kê người từ 15 đến 60 tuổi chưa biết chữ, tái mù chữ và tổ chức Ngày Sách và Văn hóa đọc Việt Nam; trường còn phối hợp mở lớp xóa mù chữ.",
  ["chưa biết chữ", "Ngày Sách"])
q("agency_tasks", "Công chức Văn hóa - Xã hội xã Đạ Sar có những nhiệm vụ gì?",
  [(C, C_V1), (C, R[1]), (C, R[8]), (C, R[11])],
  "Công chức Văn hóa - Xã hội là đầu mối thường trực giúp UBND xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo UBND xã trước ngày 20/11/2025 để gửi Phòng Giáo dục và Đào tạo huyện trước ngày 30/11/2025. Theo Phụ lục 2, công chức này còn chủ trì tuyên truyền trên loa truyền thanh xã và tại các buổi họp thôn, kiểm tra hoạt động của Trung tâm học tập cộng đồng xã, và tổng hợp kết quả báo cáo Phòng Giáo dục và Đào tạo huyện.",
  ["đầu mối thường trực", "20/11/2025", "30/11/2025", "Kiểm tra"])
q("agency_tasks", "Trung tâm học tập cộng đồng xã Đạ Sar phải làm những gì trong năm 2025?",
  [(C, C_V2), (C, R[3]), (C, R[5]), (C, R[9])],
  "Trung tâm học tập cộng đồng xã xây dựng chương trình hoạt động năm 2025 trước ngày 31/3/2025, quản lý các lớp xóa mù chữ, lớp chuyên đề; theo Phụ lục 2, Trung tâm chủ trì mở 02 lớp xóa mù chữ tại thôn Đạ Nghịt và thôn Đưng Iar Gián, lớp chuyên đề kỹ thuật chăm sóc, thu hoạch cà phê Arabica và trồng rau, hoa, và tổ chức Tuần lễ hưởng ứng học tập suốt đời.",
  ["31/3/2025", "cà phê Arabica", "Tuần lễ hưởng ứng học tập suốt đời"])
q("agency_tasks", "Hội Khuyến học xã Đạ Sar chủ trì việc gì?",
  [(C, R[10]), (C, PL2_HEAD)],
  "Theo Phụ lục 2, Hội Khuyến học xã chủ trì đánh giá, bình xét “Gia đình học tập”, “Dòng họ học tập”, “Thôn học tập”, phối hợp với Trưởng các thôn và Ủy ban MTTQ Việt Nam xã (Hội còn phối hợp kiểm tra Trung tâm học tập cộng đồng và tổ chức Tuần lễ).",
  ["bình xét"])
q("agency_tasks", "Trưởng các thôn ở Đạ Sar cần làm gì theo kế hoạch của xã?",
  [(C, C_V4)],
  "Trưởng các thôn vận động hộ gia đình đăng ký “Gia đình học tập”; cử người tham gia lớp chuyên đề, lớp xóa mù chữ.",
  ["vận động hộ gia đình", "lớp xóa mù chữ"])

# ================================================================ target
q("target", "Đến năm 2025 huyện Lạc Dương đặt chỉ tiêu bao nhiêu Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?",
  [(D, CNTT25), (D, H25)],
  "Đến năm 2025: 6/6 Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động.", ["6/6"])
q("target", "Chỉ tiêu người trong độ tuổi lao động có kỹ năng số cơ bản của huyện Lạc Dương năm 2025 là bao nhiêu?",
  [(D, KNS25), (D, H25)],
  "Đến năm 2025, 55% người trong độ tuổi lao động có kỹ năng số cơ bản.", ["55%"])
q("target", "Bảng 1 giao thị trấn Lạc Dương chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?",
  [(D, ROW_TT), (D, BANG1_HEAD)],
  "Theo Bảng 1 của Kế hoạch 36/KH-UBND, thị trấn Lạc Dương được giao 76% hộ gia đình đạt Gia đình học tập năm 2027 (70% năm 2025).",
  ["76"])
q("target", "Huyện giao xã Đưng K’Nớ bao nhiêu thôn học tập vào năm 2027?",
  [(D, ROW_DUNG), (D, BANG1_HEAD)],
  "Bảng 1 giao xã Đưng K’Nớ 3/4 thôn, tổ dân phố học tập năm 2027 (1/4 năm 2025).", ["3/4"])
q("target", "Tỷ lệ Gia đình học tập toàn huyện Lạc Dương năm 2025 và 2027 là bao nhiêu?",
  [(D, ROW_ALL), (D, BANG1_HEAD)],
  "Dòng Toàn huyện của Bảng 1: Gia đình học tập 62% năm 2025 và 68% năm 2027.", ["62", "68"])
q("target", "Năm 2026 tỷ lệ hộ Gia đình học tập của huyện Lạc Dương phải đạt bao nhiêu?",
  [(D, REL_GD)],
  "Kế hoạch không ghi một con số riêng cho năm 2026; chỉ tiêu là tương đối: tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” mỗi năm tăng ít nhất 2 điểm phần trăm so với năm trước (Bảng 1 chỉ ghi mốc 2025 và 2027).",
  ["2 điểm phần trăm", "so với năm trước"])
q("target", "Huyện Lạc Dương đặt chỉ tiêu số lớp chuyên đề của các Trung tâm học tập cộng đồng năm 2025 thế nào?",
  [(D, REL_LOP)],
  "Chỉ tiêu là tương đối: số lớp chuyên đề do các Trung tâm học tập cộng đồng tổ chức năm 2025 tăng ít nhất 10% so với năm 2024; từ năm 2026 mỗi năm tăng ít nhất 5% so với năm trước. Kế hoạch không ghi số lớp cụ thể.",
  ["10%", "năm 2024", "5%"])
q("target", "Chỉ tiêu biết chữ mức độ 2 cho người dân tộc thiểu số ở Lạc Dương là bao nhiêu?",
  [(D, REL_BC)],
  "Kế hoạch không nêu một con số: tỷ lệ người dân tộc thiểu số từ 15 đến 60 tuổi biết chữ mức độ 2 không thấp hơn mức bình quân chung của tỉnh Lâm Đồng.",
  ["không thấp hơn mức bình quân chung của tỉnh"])
q("target", "Theo kế hoạch của xã Đạ Sar, chỉ tiêu Gia đình học tập năm 2025 của xã là bao nhiêu?",
  [(C, PL1[1]), (C, PL1_HEAD)],
  "Phụ lục 1 của Kế hoạch 15/KH-UBND: 58% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025.", ["58%"])
q("target", "Xã Đạ Sar đặt mục tiêu tỷ lệ người 15 - 60 tuổi biết chữ mức độ 2 năm 2025 là bao nhiêu?",
  [(C, PL1[4]), (C, PL1_HEAD)],
  "Theo Phụ lục 1, năm 2025 xã phấn đấu 96,5% người từ 15 đến 60 tuổi biết chữ mức độ 2.", ["96,5%"])
q("target", "Năm 2025 Trung tâm học tập cộng đồng xã Đạ Sar phải mở bao nhiêu lớp chuyên đề?",
  [(C, PL1[5]), (C, PL1_HEAD)],
  "Phụ lục 1 đặt chỉ tiêu 24 lớp chuyên đề tại Trung tâm học tập cộng đồng năm 2025.", ["24"])
q("target", "Đến năm 2027 bao nhiêu Trung tâm học tập cộng đồng của Lạc Dương phải xếp loại Tốt?",
  [(D, TOT27), (D, H27)],
  "Đến năm 2027, ít nhất 4/6 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt.", ["4/6"])
q("target", "Xã Đạ Sar phấn đấu có bao nhiêu dòng họ học tập trong năm 2025?",
  [(C, PL1[3]), (C, PL1_HEAD)],
  "Phụ lục 1: 3 dòng họ đạt danh hiệu “Dòng họ học tập” năm 2025.", ["3"])

# ================================================================ deadline
q("deadline", "Các Trung tâm học tập cộng đồng ở Lạc Dương phải kiện toàn Ban Giám đốc xong trước ngày nào?",
  [(D, III2)], "Hoàn thành rà soát, kiện toàn Ban Giám đốc trước ngày 30/4/2025.", ["30/4/2025"])
q("deadline", "Lớp bồi dưỡng tiếng K’Ho cho cán bộ ở Lạc Dương tổ chức khi nào?",
  [(D, DT)], "Phòng Dân tộc tổ chức lớp bồi dưỡng tiếng K’Ho cho cán bộ, công chức trong quý III/2025.", ["quý III/2025"])
q("deadline", "Kế hoạch 36/KH-UBND được sơ kết và tổng kết vào thời gian nào?",
  [(D, GD)], "Phòng Giáo dục và Đào tạo tham mưu sơ kết vào quý IV/2026 và tổng kết vào quý IV/2027.",
  ["quý IV/2026", "quý IV/2027"])
q("deadline", "Xã Đạ Sar tổ chức Ngày Sách và Văn hóa đọc Việt Nam vào tháng mấy?",
  [(C, R[4]), (C, MONTHS)],
  "Theo Phụ lục 2, nhiệm vụ tổ chức Ngày Sách và Văn hóa đọc Việt Nam được đánh dấu ở cột T4, tức tháng 4 năm 2025 (Trường Tiểu học và THCS Đạ Sar chủ trì).",
  ["T4"])
q("deadline", "Hai lớp xóa mù chữ ở xã Đạ Sar học từ tháng nào đến tháng nào?",
  [(C, R[3]), (C, MONTHS)],
  "Phụ lục 2 đánh dấu các cột T6 đến T11: hai lớp xóa mù chữ tại thôn Đạ Nghịt và thôn Đưng Iar Gián diễn ra từ tháng 6 đến tháng 11 năm 2025.",
  ["T6", "T11"])
q("deadline", "Công chức Văn hóa - Xã hội xã Đạ Sar phải báo cáo trước ngày nào?",
  [(C, C_V1)],
  "Tổng hợp báo cáo UBND xã trước ngày 20/11/2025 để gửi Phòng Giáo dục và Đào tạo huyện trước ngày 30/11/2025.",
  ["20/11/2025", "30/11/2025"])
q("deadline", "Lớp chuyên đề cà phê Arabica, rau, hoa ở Đạ Sar mở vào những tháng nào?",
  [(C, R[5]), (C, MONTHS)],
  "Phụ lục 2 đánh dấu các cột T3, T4, T8 và T9: lớp chuyên đề kỹ thuật chăm sóc, thu hoạch cà phê Arabica và trồng rau, hoa mở vào tháng 3, 4, 8 và 9 năm 2025.",
  ["T3", "T4", "T8", "T9"])
q("deadline", "Việc rà soát người chưa biết chữ ở xã Đạ Sar làm trong tháng nào?",
  [(C, R[2]), (C, MONTHS)],
  "Phụ lục 2 đánh dấu cột T3 và T4: rà soát, thống kê người từ 15 đến 60 tuổi chưa biết chữ, tái mù chữ làm trong tháng 3 và tháng 4 năm 2025.",
  ["T3", "T4"])

# ================================================================ funding
q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027 là bao nhiêu, từ nguồn nào?",
  [(D, FUND1)],
  "Tổng kinh phí giai đoạn 2025 - 2027 là 2.460 triệu đồng: ngân sách huyện 1.380 triệu đồng; ngân sách xã, thị trấn 620 triệu đồng; nguồn xã hội hóa 460 triệu đồng.",
  ["2.460", "1.380", "620", "460"])
q("funding", "Mỗi Trung tâm học tập cộng đồng ở Lạc Dương được huyện hỗ trợ bao nhiêu tiền?",
  [(D, FUND2)], "Ngân sách huyện hỗ trợ mỗi Trung tâm học tập cộng đồng 25 triệu đồng/năm để tổ chức các lớp chuyên đề.",
  ["25 triệu đồng/năm"])
q("funding", "Lớp xóa mù chữ ở Lạc Dương được hỗ trợ bao nhiêu và lấy từ nguồn nào?",
  [(D, FUND3)],
  "Các lớp xóa mù chữ được hỗ trợ 20 triệu đồng/lớp từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
  ["20 triệu đồng/lớp", "Chương trình mục tiêu quốc gia"])
q("funding", "Kế hoạch năm 2025 của xã Đạ Sar cần tổng kinh phí bao nhiêu, chia theo nguồn thế nào?",
  [(C, C_IV), (C, PL3_TOT), (C, PL3_HEAD)],
  "Tổng kinh phí năm 2025 là 186 triệu đồng; theo Phụ lục 3: ngân sách xã 106 triệu đồng, Chương trình MTQG 40 triệu đồng, xã hội hóa 40 triệu đồng.",
  ["186", "106", "40"])
q("funding", "Xã Đạ Sar dự toán bao nhiêu cho các lớp chuyên đề tại Trung tâm học tập cộng đồng năm 2025?",
  [(C, PL3_2), (C, PL3_HEAD), (C, PL3_UNIT)],
  "Phụ lục 3: 48 triệu đồng, gồm 36 triệu đồng ngân sách xã và 12 triệu đồng xã hội hóa.", ["48", "36", "12"])
q("funding", "Kinh phí hướng dẫn kỹ năng số cho người dân ở Đạ Sar là bao nhiêu, lấy từ đâu?",
  [(C, PL3_5), (C, PL3_HEAD), (C, PL3_UNIT)],
  "Phụ lục 3: 20 triệu đồng, toàn bộ từ ngân sách xã.", ["20", "ngân sách xã"])

# ================================================================ legal_basis
q("legal_basis", "Kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027 căn cứ vào những văn bản nào?",
  [(D, CC1), (D, CC2), (D, CC3)],
  "Kế hoạch căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 2187/KH-UBND ngày 18/4/2022 của UBND tỉnh Lâm Đồng; Nghị quyết số 09-NQ/HU ngày 12/10/2023 của Ban Thường vụ Huyện ủy Lạc Dương.",
  ["1373/QĐ-TTg", "2187/KH-UBND", "09-NQ/HU"])
q("legal_basis", "UBND huyện Lạc Dương ban hành kế hoạch 36 theo đề nghị tại tờ trình nào?",
  [(D, TTR)], "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 21/TTr-PGDĐT ngày 10/02/2025.",
  ["21/TTr-PGDĐT", "10/02/2025"])
q("legal_basis", "Kế hoạch năm 2025 của xã Đạ Sar được ban hành căn cứ văn bản nào?",
  [(C, C_CC1), (C, C_CC2)],
  "Căn cứ Kế hoạch số 36/KH-UBND ngày 24/02/2025 của UBND huyện Lạc Dương và Nghị quyết số 04/NQ-HĐND ngày 20/12/2024 của HĐND xã Đạ Sar về nhiệm vụ phát triển kinh tế - xã hội năm 2025.",
  ["36/KH-UBND", "04/NQ-HĐND"])
q("legal_basis", "Lạc Dương công nhận Gia đình học tập, Đơn vị học tập theo thông tư nào?",
  [(D, III5)], "Theo Thông tư số 44/2014/TT-BGDĐT.", ["44/2014/TT-BGDĐT"])

# ================================================================ purpose
q("purpose", "Kế hoạch xây dựng xã hội học tập của huyện Lạc Dương nhằm mục đích gì?",
  [(D, MD1), (D, MD2)],
  "Tạo cơ hội cho mọi người dân, nhất là đồng bào dân tộc thiểu số K’Ho, Chu Ru ở các thôn vùng sâu, được học tập thường xuyên, học tập suốt đời để nâng cao dân trí, phát triển sinh kế; và cụ thể hóa các chỉ tiêu của tỉnh thành chỉ tiêu giao cho từng xã, thị trấn làm căn cứ để các xã, thị trấn xây dựng kế hoạch hằng năm.",
  ["học tập suốt đời", "chỉ tiêu giao cho từng xã, thị trấn"])
q("purpose", "Mục tiêu chung đến năm 2027 của Lạc Dương là gì?",
  [(D, MTC)],
  "Đến năm 2027, huyện cơ bản hình thành môi trường học tập suốt đời ở từng thôn, tổ dân phố; thu hẹp khoảng cách về cơ hội học tập giữa thị trấn và các xã có đông đồng bào dân tộc thiểu số.",
  ["môi trường học tập suốt đời", "thu hẹp khoảng cách"])
q("purpose", "Kế hoạch của xã Đạ Sar năm 2025 hướng tới điều gì?",
  [(C, C_MD1)],
  "Đưa việc học tập suốt đời đến từng hộ đồng bào K’Ho ở 6 thôn; gắn học tập với trồng cà phê Arabica, rau, hoa và giữ gìn văn hóa cồng chiêng, dệt thổ cẩm.",
  ["6 thôn", "cà phê Arabica", "cồng chiêng"])

# ================================================================ task_section
q("task_section", "Nội dung tuyên truyền, nâng cao nhận thức trong kế hoạch của Lạc Dương gồm những gì?",
  [(D, III1)],
  "Tuyên truyền bằng tiếng Việt và tiếng K’Ho trên Đài Truyền thanh - Truyền hình huyện, loa truyền thanh thôn và tại các buổi sinh hoạt cộng đồng; tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm.",
  ["Đài Truyền thanh - Truyền hình huyện", "tháng 10"])
q("task_section", "Mục xóa mù chữ và phổ cập giáo dục của kế hoạch Lạc Dương nói gì?",
  [(D, III3)],
  "Mở các lớp xóa mù chữ, lớp giáo dục tiếp tục sau biết chữ cho người dân tộc thiểu số từ 15 đến 60 tuổi, ưu tiên phụ nữ; học viên được cấp miễn phí tài liệu và đồ dùng học tập.",
  ["ưu tiên phụ nữ", "miễn phí"])
q("task_section", "Phần đào tạo nghề, phát triển kỹ năng ở Lạc Dương có những nhiệm vụ gì?",
  [(D, III4)],
  "Đào tạo nghề ngắn hạn gắn với trồng rau, hoa công nghệ cao, cà phê Arabica và du lịch cộng đồng dưới chân núi Lang Biang; bồi dưỡng kỹ năng số cho người dân qua nền tảng “Bình dân học vụ số”.",
  ["Lang Biang", "Bình dân học vụ số"])
q("task_section", "Giải pháp nâng cao hiệu quả Trung tâm học tập cộng đồng của huyện Lạc Dương là gì?",
  [(D, III2)],
  "Kiện toàn 6 Trung tâm học tập cộng đồng; mỗi Trung tâm có ít nhất 01 điểm sinh hoạt chuyên đề tại thôn xa trung tâm xã; hoàn thành rà soát, kiện toàn Ban Giám đốc trước ngày 30/4/2025.",
  ["01 điểm sinh hoạt chuyên đề", "30/4/2025"])
q("task_section", "Mục III Nhiệm vụ trong kế hoạch của xã Đạ Sar gồm những gì?",
  [(C, C_III1), (C, C_III2), (C, line(C, "3. Nội dung, cơ quan chủ trì"))],
  "Tuyên truyền hằng tháng trên hệ thống loa truyền thanh xã và tại các buổi họp thôn bằng tiếng Việt và tiếng K’Ho; Trung tâm học tập cộng đồng xã mở lớp chuyên đề theo mùa vụ, mở 02 lớp xóa mù chữ tại thôn Đạ Nghịt và thôn Đưng Iar Gián; nội dung, cơ quan chủ trì, phối hợp và tháng thực hiện từng nhiệm vụ theo Phụ lục 2.",
  ["loa truyền thanh", "02 lớp xóa mù chữ", "Phụ lục 2"])

# ================================================================ cross_plan
q("cross_plan", "Chỉ tiêu Gia đình học tập năm 2025 của xã Đạ Sar: huyện giao bao nhiêu và xã tự đặt bao nhiêu?",
  [(D, ROW_DASAR), (D, BANG1_HEAD), (C, PL1[1]), (C, PL1_HEAD)],
  "Bảng 1 của Kế hoạch 36/KH-UBND (huyện) giao xã Đạ Sar 55% năm 2025; Kế hoạch 15/KH-UBND của xã đặt 58% (Phụ lục 1) — cao hơn chỉ tiêu huyện giao 3 điểm phần trăm.",
  ["55", "58%"])
q("cross_plan", "So sánh chỉ tiêu thôn học tập năm 2025 của Đạ Sar trong kế hoạch huyện và kế hoạch xã.",
  [(D, ROW_DASAR), (D, BANG1_HEAD), (C, PL1[2]), (C, PL1_HEAD)],
  "Huyện giao xã Đạ Sar 3/6 thôn học tập năm 2025 (Bảng 1); kế hoạch của xã đặt 4/6 thôn (Phụ lục 1), cao hơn chỉ tiêu được giao.",
  ["3/6", "4/6"])
q("cross_plan", "Xã Đạ Sar có ban hành kế hoạch năm 2025 đúng hạn huyện yêu cầu không?",
  [(D, XA), (C, C_HEAD)],
  "Có. Kế hoạch của huyện yêu cầu UBND các xã, thị trấn ban hành kế hoạch năm 2025 trước ngày 31/3/2025; xã Đạ Sar ban hành Kế hoạch số 15/KH-UBND ngày 14 tháng 3 năm 2025, trước hạn.",
  ["31/3/2025", "14 tháng 3 năm 2025"])
q("cross_plan", "Hai lớp xóa mù chữ của Đạ Sar được dự toán 40 triệu từ Chương trình MTQG; con số đó có khớp mức hỗ trợ của huyện không?",
  [(D, FUND3), (C, PL3_1), (C, PL3_HEAD)],
  "Khớp: kế hoạch huyện hỗ trợ các lớp xóa mù chữ 20 triệu đồng/lớp từ nguồn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi; xã mở 02 lớp và dự toán 40 triệu đồng từ Chương trình MTQG (Phụ lục 3), tức 2 × 20 triệu đồng.",
  ["20 triệu đồng/lớp", "40"])
q("cross_plan", "Báo cáo kết quả xây dựng xã hội học tập đi từ xã Đạ Sar lên huyện rồi lên Sở theo những mốc thời gian nào?",
  [(C, C_V1), (D, XA), (D, GD)],
  "Ở xã, Công chức Văn hóa - Xã hội tổng hợp báo cáo UBND xã trước ngày 20/11/2025 để gửi Phòng Giáo dục và Đào tạo huyện trước ngày 30/11/2025 (huyện yêu cầu các xã báo cáo trước ngày 30/11 hằng năm); Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 10/12 hằng năm.",
  ["20/11/2025", "30/11", "10/12"])
q("cross_plan", "Hạn các xã báo cáo Phòng Giáo dục và Đào tạo ở Lạc Dương và ở Mỹ Lộc khác nhau thế nào?",
  [(D, XA), (MYLOC, ML_XA)],
  "Ở Lạc Dương, UBND các xã, thị trấn báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm; ở Mỹ Lộc, các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm.",
  ["30/11", "10 tháng 12"])
q("cross_plan", "Kế hoạch của Lạc Dương và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(D, CC1), (CT, CT_1373)],
  "Cả hai cùng căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
q("cross_plan", "Cơ quan thường trực trong kế hoạch của Lạc Dương và của Hà Nội là cơ quan nào?",
  [(D, V[1][0]), (D, GD), (HN, HN_SGD)],
  "Ở Lạc Dương là Phòng Giáo dục và Đào tạo (cấp huyện); ở Hà Nội là Sở Giáo dục và Đào tạo (cấp thành phố). Cả hai đều là cơ quan thường trực của kế hoạch.",
  ["Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"])
q("cross_plan", "Chỉ tiêu kỹ năng số của Đạ Sar: xã đặt cho năm 2025 bao nhiêu, huyện giao cho năm 2027 bao nhiêu?",
  [(C, PL1[6]), (C, PL1_HEAD), (D, ROW_DASAR), (D, BANG1_HEAD)],
  "Kế hoạch của xã đặt 50% người trong độ tuổi lao động có kỹ năng số cơ bản năm 2025; Bảng 1 của huyện giao xã Đạ Sar 68% người lao động có kỹ năng số năm 2027 (huyện không giao riêng cho xã mốc 2025).",
  ["50%", "68"])

# ================================================================ no_diacritics
q("no_diacritics", "ke hoach xay dung xa hoi hoc tap huyen lac duong do ai ky, ky ngay nao",
  [(D, SIGN_D), (D, HEAD_D)],
  "Kế hoạch số 36/KH-UBND do Phó Chủ tịch UBND huyện Đinh Thị Phương Lan ký (KT. CHỦ TỊCH), ngày 24 tháng 02 năm 2025.",
  ["Đinh Thị Phương Lan", "24 tháng 02 năm 2025"])
q("no_diacritics", "phong lao dong thuong binh xa hoi lac duong moi nam dao tao nghe cho bao nhieu lao dong",
  [(D, LD)], "Ít nhất 300 lao động nông thôn mỗi năm, trong đó ít nhất 70% là người dân tộc thiểu số.", ["300", "70%"])
q("no_diacritics", "lop day cong chieng det tho cam o xa da sar hoc thang nao ai chu tri",
  [(C, R[7]), (C, MONTHS), (C, PL2_HEAD)],
  "Theo Phụ lục 2, lớp truyền dạy đánh cồng chiêng, dệt thổ cẩm cho thanh thiếu niên do Hội Liên hiệp Phụ nữ xã chủ trì (phối hợp nghệ nhân các thôn), đánh dấu ở cột T7 và T8 — tháng 7 và tháng 8 năm 2025.",
  ["Hội Liên hiệp Phụ nữ xã", "T7", "T8"])
q("no_diacritics", "bang 1 huyen giao xa lat chi tieu gia dinh hoc tap nam 2025 bao nhieu",
  [(D, ROW_LAT), (D, BANG1_HEAD)], "Bảng 1 giao xã Lát 60% Gia đình học tập năm 2025 (66% năm 2027).", ["60"])
q("no_diacritics", "kinh phi xa hoi hoa cua ke hoach xa da sar nam 2025 la bao nhieu",
  [(C, PL3_TOT), (C, PL3_HEAD), (C, PL3_UNIT)],
  "Phụ lục 3: nguồn xã hội hóa 40 triệu đồng (trên tổng 186 triệu đồng).", ["40"])
q("no_diacritics", "ke hoach 36/kh-ubnd cua lac duong con hieu luc khong",
  [(D, M_STATUS)],
  "Theo mục Thuộc tính văn bản của cơ sở dữ liệu văn bản huyện, tình trạng hiệu lực: Còn hiệu lực.", ["Còn hiệu lực"])
q("no_diacritics", "quy khuyen hoc huyen lac duong phai van dong bao nhieu moi nam",
  [(D, MT)], "Hội Khuyến học huyện vận động Quỹ khuyến học đạt ít nhất 150 triệu đồng mỗi năm.", ["150 triệu đồng"])

# ================================================================ abbreviation
q("abbreviation", "TT GDNN-GDTX huyện LD mở lớp gì cho xã Lát, xã ĐS?",
  [(D, TTGD)],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện liên kết mở lớp nghiệp vụ du lịch cộng đồng, homestay cho người dân xã Lát và xã Đạ Sar; ngoài ra tổ chức lớp bổ túc văn hóa, lớp giáo dục tiếp tục sau biết chữ.",
  ["du lịch cộng đồng", "homestay"])
q("abbreviation", "UBMTTQVN huyện LD lồng ghép XDXHHT với CVĐ nào?",
  [(D, MT)],
  "Ủy ban MTTQ Việt Nam huyện lồng ghép xây dựng xã hội học tập với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
  ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"])
q("abbreviation", "UBMTTQ xã ĐS tham gia nv nào trong PL2?",
  [(C, R[10]), (C, PL2_HEAD), (C, C_V5)],
  "Ủy ban MTTQ Việt Nam xã phối hợp với Hội Khuyến học xã (chủ trì) và Trưởng các thôn đánh giá, bình xét “Gia đình học tập”, “Dòng họ học tập”, “Thôn học tập” (Phụ lục 2); kế hoạch đề nghị Ủy ban MTTQ xã thực hiện các nhiệm vụ được giao tại Phụ lục 2.",
  ["bình xét", "Hội Khuyến học xã"])
q("abbreviation", "Đến 2027 bao nhiêu % CBCC cấp xã ở LD được BD kỹ năng số?",
  [(D, CBCC27), (D, H27)], "Đến năm 2027, 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số.", ["100%"])
q("abbreviation", "CTMTQG chi bao nhiêu cho KH XHHT xã ĐS năm 2025, cho việc gì?",
  [(C, PL3_1), (C, PL3_TOT), (C, PL3_HEAD)],
  "Chương trình MTQG chi 40 triệu đồng, toàn bộ cho việc mở 02 lớp xóa mù chữ (Phụ lục 3).", ["40", "xóa mù chữ"])
q("abbreviation", "P.TC-KH huyện LD có nv gì trong KH 36?",
  [(D, TCKH)],
  "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn các xã, thị trấn lồng ghép nguồn Chương trình mục tiêu quốc gia.",
  ["dự toán ngân sách", "lồng ghép"])
q("abbreviation", "Số KH, ngày BH, người ký của KH XHHT huyện LD gđ 2025-2027 trên CSDL VB?",
  [(D, M_NUM), (D, M_SIGN)],
  "Theo Thuộc tính văn bản: Số ký hiệu 36/KH-UBND, ngày ban hành 24/02/2025, người ký Đinh Thị Phương Lan (Phó Chủ tịch UBND huyện).",
  ["36/KH-UBND", "24/02/2025", "Đinh Thị Phương Lan"])

q("abbreviation", "Trích yếu của VB 36/KH-UBND trên CSDL VB huyện LD ghi gì, VB thuộc loại nào?",
  [(D, "Loại văn bản Kế hoạch"), (D, "Trích yếu Kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027")],
  "Theo Thuộc tính văn bản: loại văn bản Kế hoạch; trích yếu “Kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027”.",
  ["Kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027"])

# ================================================================ paraphrase
q("paraphrase", "Ở Lạc Dương, ai lo việc dạy nghề cho bà con nông thôn?",
  [(D, V[3][0]), (D, LD)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì đào tạo nghề ngắn hạn cho ít nhất 300 lao động nông thôn mỗi năm (ít nhất 70% là người dân tộc thiểu số).",
  ["Phòng Lao động - Thương binh và Xã hội", "300"])
q("paraphrase", "Ở Đạ Sar, ai giúp bà con cài ứng dụng định danh trên điện thoại và làm vào những tháng nào?",
  [(C, R[6]), (C, MONTHS), (C, PL2_HEAD)],
  "Theo Phụ lục 2, Công an xã chủ trì hướng dẫn người dân kích hoạt tài khoản VNeID, sử dụng dịch vụ công trực tuyến, phối hợp với Đoàn Thanh niên xã, vào các tháng T5, T6, T7 năm 2025.",
  ["Công an xã", "T5", "T7"])
q("paraphrase", "Người lớn chưa biết chữ ở Lạc Dương đi học có được giúp gì không?",
  [(D, III3), (D, FUND3)],
  "Có: học viên các lớp xóa mù chữ, lớp giáo dục tiếp tục sau biết chữ được cấp miễn phí tài liệu và đồ dùng học tập (ưu tiên phụ nữ), và mỗi lớp xóa mù chữ được hỗ trợ 20 triệu đồng/lớp từ Chương trình mục tiêu quốc gia.",
  ["miễn phí", "20 triệu đồng/lớp"])
q("paraphrase", "Tiền mua thêm sách cho nhà văn hóa các thôn ở Đạ Sar là bao nhiêu?",
  [(C, PL3_4), (C, PL3_HEAD), (C, PL3_UNIT)],
  "Phụ lục 3: bổ sung tủ sách tại nhà văn hóa 6 thôn 28 triệu đồng (10 triệu đồng ngân sách xã, 18 triệu đồng xã hội hóa).",
  ["28", "10", "18"])
q("paraphrase", "Xã có được tự đặt chỉ tiêu thấp hơn mức huyện Lạc Dương giao không?",
  [(D, GIAO)],
  "Không. UBND xã, thị trấn có thể đặt chỉ tiêu cao hơn nhưng không thấp hơn chỉ tiêu được giao tại Bảng 1.",
  ["không thấp hơn chỉ tiêu được giao"])

# ================================================================ english
q("english", "Who signed Lạc Dương district's learning-society plan for 2025-2027, and in what capacity?",
  [(D, SIGN_D)],
  "It was signed by Đinh Thị Phương Lan, Vice Chair of the district People's Committee, on behalf of the Chair (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).",
  ["Đinh Thị Phương Lan", "PHÓ CHỦ TỊCH"])
q("english", "Who signed the 2025 plan of Đạ Sar commune?",
  [(C, C_SIGN)],
  "Cil Ha Liêng, Chair of the commune People's Committee (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH).", ["Cil Ha Liêng", "CHỦ TỊCH"])
q("english", "According to the document database record, is Lạc Dương's plan 36/KH-UBND still in force?",
  [(D, M_STATUS), (D, M_EFF)],
  "Yes. The record's “Tình trạng hiệu lực” field reads “Còn hiệu lực” (in force), effective from 24/02/2025.",
  ["Còn hiệu lực", "24/02/2025"])
q("english", "In which month does Đạ Sar hold its Lifelong Learning Week in 2025, and who leads it?",
  [(C, R[9]), (C, MONTHS), (C, PL2_HEAD)],
  "In October (the T10 column is marked in Appendix 2); the commune's community learning centre (Trung tâm học tập cộng đồng xã) leads it, with the Hội Khuyến học xã and the schools.",
  ["T10", "Trung tâm học tập cộng đồng xã"])
q("english", "How much support does each literacy class in Lạc Dương get?",
  [(D, FUND3)],
  "20 million VND per class (20 triệu đồng/lớp), from the National Target Programme for socio-economic development of ethnic minority and mountainous areas.",
  ["20"])
q("english", "What learning-family target does the district set for Đạ Chais commune for 2027?",
  [(D, ROW_DACHAIS), (D, BANG1_HEAD)],
  "Table 1 (Bảng 1) assigns xã Đạ Chais 62% of households as learning families (Gia đình học tập) in 2027 (56% in 2025).",
  ["62"])
q("english", "Which body is the standing agency (cơ quan thường trực) of Lạc Dương's plan?",
  [(D, V[1][0]), (D, GD)],
  "The district Office of Education and Training — Phòng Giáo dục và Đào tạo — is the standing agency (cơ quan thường trực).",
  ["Phòng Giáo dục và Đào tạo"])
q("english", "How much of Đạ Sar's 2025 budget comes from the commune budget?",
  [(C, PL3_TOT), (C, PL3_HEAD), (C, C_V3)],
  "106 million VND of the 186 million VND total comes from the commune budget (ngân sách xã); the commune's finance officer (Công chức Tài chính - Kế toán) arranges it.",
  ["106", "186"])
q("english", "What number and issue date does the database record give for the Lạc Dương plan?",
  [(D, M_NUM)],
  "Number 36/KH-UBND, issued 24/02/2025 (Số ký hiệu and Ngày ban hành in the record; the body's letterhead says the same).",
  ["36/KH-UBND", "24/02/2025"])
q("english", "How many rural workers should Lạc Dương train each year, and what share of them should be ethnic minority people?",
  [(D, LD)],
  "At least 300 rural workers a year, of whom at least 70% are ethnic minority people (led by Phòng Lao động - Thương binh và Xã hội).",
  ["300", "70%"])
q("english", "Who reviews the activities of Đạ Sar's community learning centre, and in which month?",
  [(C, R[8]), (C, MONTHS), (C, PL2_HEAD)],
  "The commune culture-society officer (Công chức Văn hóa - Xã hội) leads it, with the Hội Khuyến học xã, in September (column T9 is marked).",
  ["Công chức Văn hóa - Xã hội", "T9"])
q("english", "By when must the communes of Lạc Dương issue their own 2025 plans?",
  [(D, XA)], "Before 31/3/2025, based on the targets in Table 1 (Bảng 1).", ["31/3/2025"])
q("english", "According to the district plan, what share of workers in Đạ Sar should have digital skills by 2027?",
  [(D, ROW_DASAR), (D, BANG1_HEAD)], "68% (Table 1, Đạ Sar row, column for 2027).", ["68"])
q("english", "Which Prime Minister's decision does the Lạc Dương plan implement?",
  [(D, CC1)], "Decision 1373/QĐ-TTg of 30/7/2021 approving the project “Building a learning society 2021 - 2030”.",
  ["1373/QĐ-TTg"])
q("english", "Who works with the community learning centre on the coffee and vegetable training classes in Đạ Sar?",
  [(C, R[5]), (C, PL2_HEAD)],
  "The commune Farmers' Association (Hội Nông dân xã) is the partner; the community learning centre leads the classes.",
  ["Hội Nông dân xã"])

# ================================================================ follow_up
q("follow_up", "Còn năm 2027?",
  [(D, ROW_DASAR), (D, BANG1_HEAD)],
  "Năm 2027 Bảng 1 giao xã Đạ Sar 61% hộ Gia đình học tập.", ["61"],
  h("Bảng 1 của huyện Lạc Dương giao xã Đạ Sar chỉ tiêu Gia đình học tập năm 2025 bao nhiêu?",
    "Bảng 1 giao xã Đạ Sar 55% hộ gia đình đạt Gia đình học tập năm 2025."))
q("follow_up", "Còn chỉ tiêu thôn học tập xã đặt bao nhiêu?",
  [(C, PL1[2]), (C, PL1_HEAD)], "Kế hoạch của xã đặt 4/6 thôn đạt danh hiệu “Thôn học tập” năm 2025.", ["4/6"],
  h("Kế hoạch của xã Đạ Sar đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?",
    "Phụ lục 1 của Kế hoạch 15/KH-UBND đặt 58% hộ gia đình đạt Gia đình học tập năm 2025."))
q("follow_up", "Trong đó người dân tộc thiểu số phải chiếm bao nhiêu?",
  [(D, LD)], "Ít nhất 70% số lao động được đào tạo là người dân tộc thiểu số.", ["70%"],
  h("Ở Lạc Dương mỗi năm đào tạo nghề cho bao nhiêu lao động nông thôn?",
    "Phòng Lao động - Thương binh và Xã hội chủ trì đào tạo nghề ngắn hạn cho ít nhất 300 lao động nông thôn mỗi năm."))
q("follow_up", "Trong đó ngân sách xã, thị trấn bao nhiêu?",
  [(D, FUND1)], "Ngân sách xã, thị trấn 620 triệu đồng (trong tổng 2.460 triệu đồng).", ["620"],
  h("Tổng kinh phí kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027 là bao nhiêu?",
    "Tổng kinh phí là 2.460 triệu đồng."))
q("follow_up", "Ai phối hợp tổ chức?",
  [(C, R[9]), (C, PL2_HEAD)], "Hội Khuyến học xã và các trường học phối hợp với Trung tâm học tập cộng đồng xã.",
  ["Hội Khuyến học xã", "các trường học"],
  h("Xã Đạ Sar tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng mấy?",
    "Phụ lục 2 đánh dấu cột T10 (tháng 10); Trung tâm học tập cộng đồng xã chủ trì."))
q("follow_up", "Các lớp đó được bao nhiêu tiền, từ nguồn nào?",
  [(C, PL3_1), (C, PL3_HEAD), (C, PL3_UNIT)],
  "Phụ lục 3 dự toán 40 triệu đồng cho 02 lớp xóa mù chữ, toàn bộ từ Chương trình MTQG.", ["40", "Chương trình MTQG"],
  h("Ở xã Đạ Sar, lớp xóa mù chữ học vào những tháng nào?",
    "Phụ lục 2 đánh dấu từ T6 đến T11: hai lớp tại thôn Đạ Nghịt và thôn Đưng Iar Gián học từ tháng 6 đến tháng 11 năm 2025."))
q("follow_up", "And the commune plan of Đạ Sar?",
  [(C, C_SIGN)], "Đạ Sar's plan was signed by Cil Ha Liêng, Chair of the commune People's Committee (CHỦ TỊCH).",
  ["Cil Ha Liêng"],
  h("Who signed the Lạc Dương district plan?",
    "Đinh Thị Phương Lan, Vice Chair (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)."))
q("follow_up", "Còn các xã phải báo cáo Phòng trước ngày nào?",
  [(D, XA)], "UBND các xã, thị trấn báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm.", ["30/11"],
  h("Phòng Giáo dục và Đào tạo huyện Lạc Dương báo cáo Sở Giáo dục và Đào tạo trước ngày nào?",
    "Trước ngày 10/12 hằng năm (báo cáo UBND huyện và Sở Giáo dục và Đào tạo)."))
q("follow_up", "Còn xã Đạ Nhim?",
  [(D, ROW_DANHIM), (D, BANG1_HEAD)], "Bảng 1 giao xã Đạ Nhim 57% Gia đình học tập năm 2025.", ["57"],
  h("Huyện Lạc Dương giao xã Lát chỉ tiêu Gia đình học tập năm 2025 bao nhiêu?", "Bảng 1 giao xã Lát 60%."))
q("follow_up", "Vậy huyện Lạc Dương giao chỉ tiêu kỹ năng số năm 2027 cho xã Đạ Nhim bao nhiêu?",
  [(D, ROW_DANHIM), (D, BANG1_HEAD)],
  "Bảng 1 giao xã Đạ Nhim 70% người lao động có kỹ năng số năm 2027.", ["70"],
  h("Huyện Lâm Hà có kế hoạch xây dựng xã hội học tập không?",
    "Các kế hoạch đã tải lên không có kế hoạch của huyện Lâm Hà."))
q("follow_up", "Ở xã Đạ Sar việc đó làm vào những tháng nào?",
  [(C, R[6]), (C, MONTHS)],
  "Phụ lục 2 của xã: Công an xã hướng dẫn người dân kích hoạt tài khoản VNeID vào các tháng T5, T6, T7 năm 2025.",
  ["T5", "T6", "T7"],
  h("Công an huyện Lạc Dương có nhiệm vụ gì?",
    "Chỉ đạo Công an các xã, thị trấn hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử VNeID."))
q("follow_up", "Văn bản đó thuộc lĩnh vực gì trên cơ sở dữ liệu?",
  [(D, M_FIELD)], "Lĩnh vực: Giáo dục, đào tạo.", ["Giáo dục, đào tạo"],
  h("Kế hoạch xây dựng xã hội học tập của huyện Lạc Dương có số ký hiệu gì?",
    "Số ký hiệu 36/KH-UBND, ban hành ngày 24/02/2025."))
q("follow_up", "Phần xã hội hóa trong khoản đó bao nhiêu?",
  [(C, PL3_4), (C, PL3_HEAD)], "18 triệu đồng xã hội hóa (còn 10 triệu đồng ngân sách xã).", ["18"],
  h("Xã Đạ Sar dành bao nhiêu tiền bổ sung tủ sách thôn?",
    "Phụ lục 3: 28 triệu đồng cho bổ sung tủ sách tại nhà văn hóa 6 thôn."))
q("follow_up", "Còn ở xã Đạ Sar thì ai là đầu mối thường trực?",
  [(C, C_V1)], "Công chức Văn hóa - Xã hội là đầu mối thường trực giúp UBND xã theo dõi, đôn đốc thực hiện Kế hoạch.",
  ["Công chức Văn hóa - Xã hội"],
  h("Cơ quan thường trực kế hoạch xây dựng xã hội học tập của huyện Lạc Dương là ai?",
    "Phòng Giáo dục và Đào tạo huyện."))
q("follow_up", "Năm 2027 thì sao?",
  [(D, KNS27), (D, H27)], "Đến năm 2027: 75% người trong độ tuổi lao động có kỹ năng số cơ bản.", ["75%"],
  h("Huyện Lạc Dương đặt chỉ tiêu kỹ năng số cơ bản năm 2025 là bao nhiêu?",
    "55% người trong độ tuổi lao động có kỹ năng số cơ bản."))

q("follow_up", "Thế huyện giao cho xã bao nhiêu?",
  [(D, ROW_DASAR), (D, BANG1_HEAD)],
  "Bảng 1 của Kế hoạch 36/KH-UBND (huyện) giao xã Đạ Sar 55% hộ Gia đình học tập năm 2025 — thấp hơn mức 58% xã tự đặt.",
  ["55"],
  h("Kế hoạch năm 2025 của xã Đạ Sar đặt chỉ tiêu Gia đình học tập bao nhiêu?",
    "Phụ lục 1 của Kế hoạch 15/KH-UBND đặt 58% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025."))

# ================================================================ unanswerable (each with a probe: what the plan would have to say)
NO = "Các kế hoạch đã tải lên không nêu "
u("Huyện Lâm Hà đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?",
  NO + "chỉ tiêu của huyện Lâm Hà: không có kế hoạch nào của huyện Lâm Hà; kế hoạch cấp huyện đã tải là của huyện Lạc Dương.",
  r"\blam ha\b", ALL_PLANS)
u("Kế hoạch xây dựng xã hội học tập của huyện Đam Rông giao Phòng Giáo dục và Đào tạo việc gì?",
  NO + "kế hoạch của huyện Đam Rông; chỉ có kế hoạch của huyện Lạc Dương và xã Đạ Sar.", r"\bdam rong\b", ALL_PLANS)
u("Thành phố Đà Lạt yêu cầu các phường báo cáo kết quả xây dựng xã hội học tập trước ngày nào?",
  NO + "kế hoạch của thành phố Đà Lạt; hạn báo cáo 30/11 là của các xã, thị trấn huyện Lạc Dương.", r"\bda lat\b", ALL_PLANS)
u("Theo Kế hoạch 2187/KH-UBND của tỉnh Lâm Đồng, đến năm 2025 tỉnh phấn đấu bao nhiêu phần trăm Gia đình học tập?",
  NO + "nội dung Kế hoạch 2187/KH-UBND của tỉnh Lâm Đồng; kế hoạch huyện chỉ dẫn nó làm căn cứ, không chép chỉ tiêu của tỉnh.",
  r"2187/kh-ubnd[^.;]{0,300}gia dinh hoc tap|cua tinh[^.;]{0,60}\d+%")
u("Kế hoạch năm 2025 của UBND xã Lát do ai ký?",
  NO + "kế hoạch riêng của xã Lát; huyện chỉ giao chỉ tiêu cho xã Lát ở Bảng 1.", r"(ubnd|uy ban nhan dan) xa lat")
u("Thị trấn Lạc Dương ban hành kế hoạch năm 2025 số mấy?",
  NO + "kế hoạch của thị trấn Lạc Dương; chỉ có chỉ tiêu huyện giao cho thị trấn tại Bảng 1.",
  r"thi tran lac duong[^.;]{0,60}/kh-")
u("Mức bình quân chung của tỉnh Lâm Đồng về tỷ lệ người dân tộc thiểu số biết chữ mức độ 2 là bao nhiêu phần trăm?",
  NO + "con số này: kế hoạch huyện chỉ đặt chỉ tiêu tương đối “không thấp hơn mức bình quân chung của tỉnh Lâm Đồng” mà không ghi mức bình quân đó.",
  r"binh quan chung cua tinh[^.;]{0,60}\d")
u("Năm 2024 các Trung tâm học tập cộng đồng ở Lạc Dương đã tổ chức được bao nhiêu lớp chuyên đề?",
  NO + "số lớp năm 2024: kế hoạch huyện chỉ yêu cầu năm 2025 tăng ít nhất 10% so với năm 2024, không ghi số của năm 2024.",
  r"nam 2024[^.;]{0,60}\d+ lop|\d+ lop[^.;]{0,60}nam 2024")
u("Huyện giao thị trấn Lạc Dương chỉ tiêu kỹ năng số năm 2025 bao nhiêu?",
  NO + "chỉ tiêu này: Bảng 1 chỉ giao kỹ năng số cho mốc năm 2027 (thị trấn 82%); chỉ tiêu 55% năm 2025 là của toàn huyện.",
  r"ky nang so nam 2025")
u("Huyện giao xã Đạ Sar bao nhiêu dòng họ học tập?",
  NO + "chỉ tiêu dòng họ học tập cho từng xã: Bảng 1 không có cột dòng họ (chỉ kế hoạch của xã tự đặt 3 dòng họ).",
  r"\d+ dong ho|dong ho hoc tap[^.;]{0,20}\d", [D])
u("Trung tâm Y tế huyện Lạc Dương có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  NO + "Trung tâm Y tế huyện; kế hoạch không giao nhiệm vụ cho cơ quan y tế.", r"\by te\b")
u("Hội Cựu chiến binh xã Đạ Sar được giao việc gì?",
  NO + "Hội Cựu chiến binh xã; Phụ lục 2 không có nhiệm vụ nào cho Hội.", r"cuu chien binh")
u("Ban Quản lý Vườn quốc gia Bidoup - Núi Bà chủ trì nhiệm vụ gì trong kế hoạch của Lạc Dương?",
  NO + "nhiệm vụ nào do Ban Quản lý Vườn quốc gia Bidoup - Núi Bà chủ trì; Ban chỉ được nêu là đơn vị Phòng Văn hóa và Thông tin phối hợp để giới thiệu kiến thức bảo vệ rừng.",
  r"\d+\. ban quan ly vuon quoc gia|ban quan ly vuon quoc gia bidoup - nui ba (chu tri|to chuc|co trach nhiem)")
u("Sở Giáo dục và Đào tạo tỉnh Lâm Đồng được giao nhiệm vụ gì trong kế hoạch của huyện Lạc Dương?",
  NO + "nhiệm vụ của Sở Giáo dục và Đào tạo: Sở chỉ là nơi nhận báo cáo (trước ngày 10/12 hằng năm) và nơi nhận văn bản.",
  r"\d+\. so giao duc|so giao duc va dao tao (chu tri|huong dan|to chuc)")
u("Hiện nay xã Đạ Sar có bao nhiêu hộ đạt danh hiệu Gia đình học tập?",
  NO + "số hộ hiện có: kế hoạch của xã chỉ đặt chỉ tiêu 58% cho năm 2025.", r"hien nay|hien co|da dat|ket qua nam 2024")
u("Xã nào không đạt chỉ tiêu ở Bảng 1 thì bị xử lý thế nào?",
  NO + "hình thức xử lý khi không đạt chỉ tiêu.", r"xu ly|ky luat|che tai|xu phat")
u("Hộ đạt Gia đình học tập ở Lạc Dương được thưởng bao nhiêu tiền?",
  NO + "mức khen thưởng cho hộ Gia đình học tập.", r"khen thuong|tien thuong|thuong \d")
u("Tờ trình 21/TTr-PGDĐT của Phòng Giáo dục và Đào tạo đề xuất tổng kinh phí bao nhiêu?",
  NO + "nội dung Tờ trình số 21/TTr-PGDĐT; kế hoạch chỉ dẫn số và ngày của tờ trình.", r"to trinh[^.;]{0,150}trieu")
u("Nghị quyết 04/NQ-HĐND của HĐND xã Đạ Sar đặt chỉ tiêu thu nhập bình quân năm 2025 là bao nhiêu?",
  NO + "nội dung Nghị quyết số 04/NQ-HĐND; kế hoạch của xã chỉ dẫn nó làm căn cứ.", r"04/nq-hdnd[^.;]{0,150}(\d+%|trieu|thu nhap)")
u("Nghị quyết 09-NQ/HU của Huyện ủy Lạc Dương đặt mục tiêu bao nhiêu phần trăm lao động qua đào tạo đến năm 2030?",
  NO + "nội dung Nghị quyết số 09-NQ/HU; kế hoạch chỉ dẫn nó làm căn cứ.", r"09-nq/hu[^.;]{0,200}\d+%|qua dao tao")
u("Năm 2026 huyện Lạc Dương chi bao nhiêu tiền cho xây dựng xã hội học tập?",
  NO + "kinh phí từng năm: kế hoạch chỉ ghi tổng 2.460 triệu đồng cho cả giai đoạn 2025 - 2027 và mức 25 triệu đồng/năm cho mỗi Trung tâm.",
  r"nam 2026[^.;]{0,60}trieu|2026[^.;]{0,30}\d+ trieu")
u("Phòng Tư pháp huyện Lạc Dương phải làm gì theo kế hoạch?",
  NO + "Phòng Tư pháp; kế hoạch không giao nhiệm vụ cho phòng này.", r"tu phap")
u("Huyện đoàn Lạc Dương được giao nhiệm vụ gì?",
  NO + "Huyện đoàn; kế hoạch huyện không giao nhiệm vụ cho Đoàn Thanh niên cấp huyện (Đoàn Thanh niên xã chỉ có trong kế hoạch của xã Đạ Sar).",
  r"huyen doan|doan thanh nien (cong san ho chi minh )?huyen")
u("Who signed Đưng K’Nớ commune's own 2025 learning-society plan?",
  "The uploaded plans do not include a plan of xã Đưng K’Nớ; the district plan only assigns it targets in Table 1.",
  r"(ubnd|uy ban nhan dan) xa dung k'no")
u("How many people in Đạ Sar are illiterate today?",
  "The plans do not give a current count; the commune plan only schedules a survey of illiterate people aged 15-60 (March-April 2025) and sets a 2025 target (96,5% literate at level 2).",
  r"hien (nay|co)|\d+ nguoi chua biet chu|chua biet chu[^.;|]{0,40}\d+ nguoi")
u("What learning-society targets does Bảo Lộc city set for 2027?",
  "The uploaded plans do not include a plan of Bảo Lộc city.", r"bao loc", ALL_PLANS)
u("Năm 2026 lớp đó có mở tiếp không?",
  NO + "kế hoạch năm 2026: kế hoạch của xã Đạ Sar là kế hoạch năm 2025, lớp cồng chiêng, thổ cẩm chỉ xếp vào T7, T8 năm 2025, và kế hoạch huyện không nói đến lớp này.",
  r"\b2026\b", [C],
  h("Ở Đạ Sar lớp truyền dạy cồng chiêng, dệt thổ cẩm học tháng nào?",
    "Phụ lục 2 đánh dấu T7 và T8 năm 2025; Hội Liên hiệp Phụ nữ xã chủ trì."))
u("Theo cơ sở dữ liệu, Kế hoạch 36/KH-UBND hết hiệu lực ngày nào?",
  NO + "ngày hết hiệu lực: mục Thuộc tính văn bản chỉ ghi ngày có hiệu lực 24/02/2025 và tình trạng “Còn hiệu lực”.",
  r"het hieu luc")
u("Kế hoạch 36/KH-UBND được đăng lên cơ sở dữ liệu ngày nào và có bao nhiêu lượt xem?",
  NO + "ngày đăng hay lượt xem; trang chỉ ghi ngày ban hành và ngày có hiệu lực (24/02/2025).",
  r"luot xem|ngay dang|ngay cap nhat")
u("Bao nhiêu người được đào tạo nghiệp vụ du lịch cộng đồng, homestay ở Lạc Dương?",
  NO + "số người hay số lớp nghiệp vụ du lịch cộng đồng; chỉ nói Trung tâm GDNN-GDTX liên kết mở lớp cho người dân xã Lát và xã Đạ Sar.",
  r"\d+ (nguoi|hoc vien|lop)[^.;]{0,60}du lich|du lich[^.;]{0,80}\d+ (nguoi|hoc vien|lop)")
u("What is Đạ Sar's 2026 target for learning families?",
  "The plans set none: Đạ Sar's plan covers 2025 only (58%), and the district's Table 1 gives Đạ Sar figures for 2025 and 2027 only (55% and 61%).",
  r"\b2026\b[^.;]{0,80}(gia dinh hoc tap|da sar)|(gia dinh hoc tap|da sar)[^.;]{0,80}\b2026\b")


def main():
    seen, counts, out = set(), {}, []
    for n, x in enumerate(QS, 1):
        qid = f"u46-{n:03d}"
        if x["question"] in seen:
            raise SystemExit(f"{qid}: duplicate question {x['question']!r}")
        seen.add(x["question"])
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        if x["type"] == "follow_up" and not x["history"]:
            raise SystemExit(f"{qid}: follow_up without history")
        if x["type"] == "unanswerable":
            if x["ev"] or not x["probe"]:
                raise SystemExit(f"{qid}: unanswerable with evidence or without probe")
            pat, against = x["probe"]
            for doc in against:
                m = re.search(pat, plain(text(doc)))
                if m:
                    raise SystemExit(f"{qid}: probe {pat!r} matches {doc}: {m.group(0)!r}")
        else:
            for doc, span in x["ev"]:
                check_span(doc, span)
            for kf in x["key_facts"]:
                if norm(kf).lower() not in norm(x["answer"]).lower():
                    raise SystemExit(f"{qid}: key fact {kf!r} not in answer")
                if not any(norm(kf).lower() in norm(span).lower() for _, span in x["ev"]):
                    raise SystemExit(f"{qid}: key fact {kf!r} in no cited span")
        docs = []
        for doc, _ in x["ev"]:
            if doc not in docs:
                docs.append(doc)
        out.append({"id": qid, "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": norm(s)} for d, s in x["ev"]], "answer": x["answer"],
                    "key_facts": x["key_facts"], "history": x["history"]})
    for t, m in MIN.items():
        if counts.get(t, 0) < m:
            raise SystemExit(f"type {t}: {counts.get(t, 0)} < {m}")
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions to {OUT}: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
