"""Write set 52's questions (newplans52.jsonl) on the two plans of plans52/ (and, in cross_plan, bundled plans).

    python eval/sets/src52/questions_src52.py

Refuses to write if: a span is missing from its plan after FORMAT.md's normalisation (text as check_sets.py extracts
it); a key fact is missing from its answer or (answerable questions) from every span it cites; an answerable question
has no docs/evidence or cites a doc outside docs; a follow-up has no history; two questions share a text; a type falls
below the brief's minimum; an unanswerable question has docs/evidence or no probe, or its probe regex (what would have
to be in the plan for it to be answerable) matches the accent-free normalised text of the plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
from check_sets import extract, norm  # noqa: E402

OUT = os.path.join(SETS, "newplans52.jsonl")
B = "bvhttdl_2146-KH-BVHTTDL_2022.docx"
T = "lilama_318-KH-LILAMA_2023.txt"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
OWN = [B, T]
ALL = [B, T, HUE, ML, HN, CT, AL]
MIN = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
       "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4, "english": 18,
       "follow_up": 14, "unanswerable": 28}

# spans used more than once
GD1_DEF = "“Giai đoạn I” là giai đoạn từ năm 2021 đến hết năm 2025"
GD2_DEF = "“Giai đoạn II” là giai đoạn từ năm 2026 đến hết năm 2030"
GD1_H = "2. Mục tiêu cụ thể a) Giai đoạn I"
GD2_H = "b) Giai đoạn II"
LIB1 = "70% thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số; 40% thư viện cấp huyện được kết nối liên thông với thư viện cấp tỉnh."
LIB2 = "100% thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số; 80% thư viện cấp huyện được kết nối liên thông với thư viện cấp tỉnh."
MUS1 = "50% bảo tàng công lập có chương trình giáo dục di sản dành cho học sinh."
MUS2 = "80% bảo tàng công lập có chương trình giáo dục di sản dành cho học sinh; 60% di tích quốc gia đặc biệt có thuyết minh số."
STAFF1 = "70% công chức, viên chức của Bộ được bồi dưỡng kỹ năng số."
STAFF2 = "100% công chức, viên chức của Bộ được bồi dưỡng kỹ năng số; 30% có chứng chỉ ngoại ngữ bậc 3 trở lên."
TC1 = "Mỗi trung tâm văn hóa cấp tỉnh tổ chức ít nhất 06 lớp năng khiếu, kỹ năng miễn phí mỗi năm."
DL2 = "50% điểm du lịch cộng đồng tổ chức lớp bồi dưỡng kỹ năng làm du lịch cho người dân địa phương."
CT1 = "1. Chương trình 1: Thư viện và văn hóa đọc suốt đời"
CT1A = "Xây dựng và vận hành Hệ tri thức thư viện số dùng chung của ngành; phát triển tài nguyên học liệu mở phục vụ người dân."
CT1B = "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21 tháng 4) hằng năm gắn với phong trào học tập suốt đời."
CT1C = "Đơn vị chủ trì: Vụ Thư viện. Đơn vị phối hợp: Thư viện Quốc gia Việt Nam, Trung tâm Công nghệ thông tin."
CT2 = "2. Chương trình 2: Bảo tàng, di sản là lớp học"
CT2A = "Xây dựng chương trình giáo dục di sản tại bảo tàng, di tích dành cho học sinh phổ thông theo hướng dẫn liên ngành với Bộ Giáo dục và Đào tạo."
CT2B = "Số hóa hiện vật, tư liệu; phát triển thuyết minh tự động đa ngôn ngữ tại di tích quốc gia đặc biệt."
CT2C = "Đơn vị chủ trì: Cục Di sản văn hóa. Đơn vị phối hợp: Bảo tàng Lịch sử quốc gia, Sở."
CT3 = "3. Chương trình 3: Thiết chế văn hóa cơ sở và du lịch cộng đồng học tập"
CT3A = "Hướng dẫn sử dụng nhà văn hóa xã, thôn làm điểm sinh hoạt học tập cộng đồng; lồng ghép với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
CT3B = "Bồi dưỡng kỹ năng làm du lịch, ngoại ngữ giao tiếp cho người dân tại điểm du lịch cộng đồng."
CT3C = "Đơn vị chủ trì: Cục Văn hóa cơ sở; Tổng cục Du lịch. Đơn vị phối hợp: Vụ Gia đình, Sở."
CT4 = "4. Chương trình 4: Nâng cao năng lực đội ngũ của ngành"
CT4A = "Bồi dưỡng kỹ năng số, ngoại ngữ, kỹ năng quản lý cho công chức, viên chức, người lao động của ngành."
CT4B = "Đưa nội dung xây dựng xã hội học tập vào chương trình đào tạo của các trường thuộc Bộ."
CT4C = "Đơn vị chủ trì: Vụ Đào tạo. Đơn vị phối hợp: Vụ Tổ chức cán bộ, các trường đại học, cao đẳng thuộc Bộ."
VDT1 = "Là đơn vị đầu mối, tham mưu Bộ trưởng chỉ đạo, theo dõi, đôn đốc việc thực hiện Kế hoạch."
VDT2 = "Chủ trì tổng hợp báo cáo kết quả thực hiện của các đơn vị, báo cáo Bộ trưởng trước ngày 20 tháng 12 hằng năm để gửi Bộ Giáo dục và Đào tạo."
VDT3 = "Chủ trì tổ chức sơ kết Giai đoạn I trong quý IV năm 2025 và tổng kết Kế hoạch trong quý IV năm 2030."
KHTC1 = "Chủ trì, phối hợp với Vụ Đào tạo tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ."
KHTC2 = "Hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định."
TCCB = "Chủ trì xây dựng kế hoạch bồi dưỡng kỹ năng số, ngoại ngữ cho công chức, viên chức của Bộ, hoàn thành trong quý I năm 2023."
VTV = "Chủ trì Chương trình 1; ban hành hướng dẫn xây dựng thư viện số tại thư viện công cộng cấp tỉnh trước ngày 30 tháng 9 năm 2022."
CDS = "Chủ trì Chương trình 2; ban hành bộ tài liệu hướng dẫn giáo dục di sản tại bảo tàng trước ngày 31 tháng 3 năm 2023."
VHCS = "Chủ trì nội dung về thiết chế văn hóa cơ sở của Chương trình 3; hướng dẫn các Sở lồng ghép tiêu chí “học tập suốt đời” vào bình xét danh hiệu “Gia đình văn hóa”."
TCDL = "Chủ trì nội dung về du lịch cộng đồng của Chương trình 3; biên soạn tài liệu bồi dưỡng kỹ năng làm du lịch cho người dân."
VIEN = "Nghiên cứu, đề xuất mô hình thiết chế học tập của ngành; tổ chức điều tra, đánh giá giữa kỳ năm 2025."
VPB = "Văn phòng Bộ phối hợp với Vụ Đào tạo đưa nội dung Kế hoạch vào chương trình công tác của Bộ; Trung tâm Công nghệ thông tin xây dựng chuyên mục “Học tập suốt đời” trên Cổng thông tin điện tử của Bộ."
TTRA = "Đưa nội dung thực hiện Kế hoạch vào kế hoạch thanh tra, kiểm tra hằng năm của Bộ."
SO_H = "11. Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Du lịch các tỉnh, thành phố trực thuộc Trung ương"
SO1 = "Tham mưu Ủy ban nhân dân cấp tỉnh ban hành kế hoạch thực hiện Kế hoạch này tại địa phương, gửi về Bộ (qua Vụ Đào tạo) trước ngày 31 tháng 10 năm 2022."
SO2 = "Chỉ đạo thư viện, bảo tàng, trung tâm văn hóa cấp tỉnh thực hiện các mục tiêu tại Mục III."
SO3 = "Báo cáo kết quả thực hiện về Bộ (qua Vụ Đào tạo) trước ngày 30 tháng 11 hằng năm."
SO_DEF = "2. “Sở” là Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Du lịch các tỉnh, thành phố trực thuộc Trung ương."
UBT = "Chỉ đạo các Sở bố trí kinh phí từ ngân sách địa phương thực hiện Kế hoạch; đưa chỉ tiêu của Kế hoạch vào kế hoạch xây dựng xã hội học tập của tỉnh."
UBT_H = "12. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
KP1 = "Tổng kinh phí dự kiến 126 tỷ đồng, trong đó: ngân sách trung ương 78 tỷ đồng (bố trí trong dự toán chi thường xuyên hằng năm của Bộ); ngân sách địa phương 30 tỷ đồng; nguồn xã hội hóa 18 tỷ đồng."
KP2 = "Riêng Giai đoạn I, ngân sách trung ương bố trí 32 tỷ đồng."
KP3 = "Các Sở lập dự toán kinh phí thực hiện nhiệm vụ được giao, trình cấp có thẩm quyền bố trí từ ngân sách địa phương theo phân cấp."
CC_B = ["Căn cứ Nghị định số 79/2017/NĐ-CP ngày 17 tháng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch;",
        "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;",
        "Căn cứ Quyết định số 1025/QĐ-BVHTTDL ngày 28 tháng 4 năm 2022 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Chương trình hành động của ngành thực hiện Chiến lược phát triển văn hóa đến năm 2030;"]
XDN = "Xét đề nghị của Vụ trưởng Vụ Đào tạo,"
SIGN_B = "KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Trịnh Thị Thanh Hương"
NHAN_B = "Nơi nhận: - Thủ tướng Chính phủ (để b/c); - Bộ trưởng (để b/c); - Bộ Giáo dục và Đào tạo; - UBND các tỉnh, TP trực thuộc TW;"
NHAN_B2 = "- Sở VHTTDL, Sở VHTT, Sở DL các tỉnh, TP trực thuộc TW;"
MD_B = ["Phát huy vai trò của hệ thống thiết chế văn hóa, thể thao và du lịch (thư viện, bảo tàng, di tích, nhà văn hóa, trung tâm văn hóa, điểm du lịch) là nơi học tập suốt đời của người dân.",
        "Nâng cao năng lực, kỹ năng số cho đội ngũ công chức, viên chức, người lao động của ngành, góp phần xây dựng xã hội học tập."]
YC_B = ["Các cơ quan, đơn vị thuộc Bộ và Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương xác định nhiệm vụ cụ thể, lồng ghép với nhiệm vụ chuyên môn được giao.",
        "Bảo đảm tiết kiệm, hiệu quả, không trùng lặp với các chương trình, đề án khác của ngành."]
MTC_B = "Xây dựng ngành Văn hóa, Thể thao và Du lịch trở thành môi trường học tập suốt đời, mỗi thiết chế của ngành là một địa chỉ học tập thân thiện, góp phần xây dựng con người Việt Nam phát triển toàn diện."
DEF1 = "1. “Thiết chế học tập của ngành” là thư viện công cộng, bảo tàng công lập, ban quản lý di tích, trung tâm văn hóa, nhà văn hóa và điểm du lịch có tổ chức hoạt động giáo dục, phổ biến kiến thức cho người dân."
KHO = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Bộ (qua Vụ Đào tạo) để được hướng dẫn./."

# enterprise plan
HDR = "Chỉ tiêu Năm 2025 Năm 2030"
R_H = "Số giờ học tập, bồi dưỡng bình quân của mỗi người lao động (giờ/người/năm) 40 60"
R_S = "Cán bộ quản lý có kỹ năng số cơ bản (%) 70 100"
R_N = "Kỹ sư, cán bộ chuyên môn có chứng chỉ ngoại ngữ bậc 3 trở lên (%) 25 40"
R_C = "Công nhân kỹ thuật được đào tạo lại, nâng bậc (%) 60 90"
R_W = "Thợ hàn đạt chứng chỉ hàn quốc tế (người) 300 800"
R_U = "Đơn vị trực thuộc, công ty con đạt danh hiệu “Đơn vị học tập” (%) 50 100"
NOTE = "Ghi chú: chứng chỉ hàn quốc tế theo tiêu chuẩn ASME hoặc AWS; danh hiệu “Đơn vị học tập” xét theo Bộ tiêu chí của TCT."
TBL = "Bảng chỉ tiêu xây dựng “Doanh nghiệp học tập” (áp dụng cho Cơ quan TCT và các công ty con):"
Q1 = "Thành lập Quỹ “Học tập - Phát triển nhân lực” của TCT, mức trích 3,5 tỷ đồng/năm từ chi phí đào tạo của TCT."
Q2 = "Các công ty con bố trí kinh phí học tập không thấp hơn 1,5% quỹ tiền lương thực hiện hằng năm."
Q3 = "Công đoàn TCT hỗ trợ 200 triệu đồng/năm từ nguồn tài chính công đoàn cho phong trào “Tủ sách công nhân”."
Q4 = "Tổng kinh phí dự kiến giai đoạn 2023 - 2030 khoảng 46 tỷ đồng."
TC_H = "1. Ban Tổ chức - Nhân sự"
TC1_ = "Là đơn vị thường trực, giúp Tổng giám đốc theo dõi, đôn đốc thực hiện Kế hoạch."
TC2_ = "Chủ trì xây dựng Bộ tiêu chí “Đơn vị học tập”, trình Tổng giám đốc ban hành trước ngày 30 tháng 6 năm 2023."
TC3_ = "Tổng hợp kết quả, báo cáo Tổng giám đốc và Hội đồng quản trị trước ngày 25 tháng 12 hằng năm."
TCKT = "Chủ trì hướng dẫn trích lập, quản lý và sử dụng Quỹ “Học tập - Phát triển nhân lực”; quyết toán Quỹ trước ngày 31 tháng 01 năm sau."
VPT = "Chủ trì xây dựng và vận hành hệ thống LILAMA e-Learning; tuyên truyền Kế hoạch trên Bản tin LILAMA và trang thông tin điện tử của TCT."
KTCN = "Chủ trì biên soạn học liệu về quy trình hàn, lắp đặt thiết bị; tổ chức sát hạch tay nghề thợ hàn 02 đợt/năm (tháng 5 và tháng 10)."
TRG_H = "5. Trường Cao đẳng LILAMA 1 và Trường Cao đẳng LILAMA 2"
TRG = "Tổ chức đào tạo lại, nâng bậc cho công nhân kỹ thuật theo đặt hàng của các đơn vị; liên kết đào tạo thợ hàn đạt chứng chỉ ASME, AWS."
CTC_H = "6. Các công ty con (LILAMA 10, LILAMA 18, LILAMA 69-1 và các công ty con khác)"
CTC1 = "Xây dựng kế hoạch học tập hằng năm của đơn vị, gửi Ban Tổ chức - Nhân sự trước ngày 31 tháng 01 hằng năm."
CTC2 = "Bố trí thời gian cho người lao động học tập; báo cáo kết quả trước ngày 15 tháng 12 hằng năm."
CD1 = "Chỉ đạo Công đoàn cơ sở (CĐCS) các đơn vị vận động đoàn viên tham gia học tập; duy trì phong trào “Tủ sách công nhân” tại lán trại công trường."
CD2 = "Phối hợp với Ban Tổ chức - Nhân sự bình chọn “Người lao động học tập tiêu biểu” hằng năm."
DTN1 = "Chỉ đạo các cơ sở Đoàn phát động phong trào “Thanh niên học ngoại ngữ”; thành lập Câu lạc bộ Kỹ sư trẻ LILAMA."
DTN2 = "Mỗi đoàn viên thanh niên đăng ký ít nhất 01 khóa học trực tuyến mỗi năm."
SK_T = "Sơ kết thực hiện Kế hoạch vào quý IV năm 2025; tổng kết vào quý IV năm 2030."
CC_T = ["Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;",
        "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;",
        "Căn cứ Điều lệ tổ chức và hoạt động của Tổng công ty Lắp máy Việt Nam - CTCP được Đại hội đồng cổ đông thông qua ngày 26 tháng 4 năm 2021;",
        "Căn cứ Nghị quyết số 12/NQ-HĐQT ngày 15 tháng 02 năm 2023 của Hội đồng quản trị Tổng công ty về công tác phát triển nguồn nhân lực năm 2023;"]
TDN = "Theo đề nghị của Trưởng Ban Tổ chức - Nhân sự,"
TCT_DEF = "Tổng giám đốc Tổng công ty Lắp máy Việt Nam - CTCP (sau đây gọi là TCT) ban hành Kế hoạch xây dựng “Doanh nghiệp học tập” giai đoạn 2023 - 2030 như sau:"
MD_T = ["Xây dựng văn hóa học tập trong toàn TCT, mỗi người lao động chủ động học tập suốt đời để nâng cao tay nghề, đáp ứng yêu cầu thi công các công trình công nghiệp, năng lượng có công nghệ cao.",
        "Xây dựng đội ngũ kỹ sư, thợ hàn, thợ lắp máy đạt chuẩn quốc tế, đủ năng lực làm tổng thầu EPC."]
YC_T = ["Việc học tập gắn với công việc tại công trường, không làm ảnh hưởng tiến độ thi công.",
        "Người đứng đầu các đơn vị chịu trách nhiệm về kết quả xây dựng “Đơn vị học tập” tại đơn vị mình."]
NV1 = "Phát động phong trào “Mỗi công trường là một lớp học” tại các công trường trọng điểm; biểu dương “Người lao động học tập tiêu biểu” hằng năm."
NV2A = "Xây dựng hệ thống học trực tuyến LILAMA e-Learning, vận hành chính thức từ quý III năm 2023; mỗi người lao động có một tài khoản học tập."
NV2B = "Tổ chức kèm cặp “thợ giỏi kèm thợ mới” tại công trường; mỗi tổ đội có ít nhất 01 thợ bậc cao làm người kèm cặp."
NV3 = "Mở lớp tiếng Anh kỹ thuật và tiếng Nhật giao tiếp cho kỹ sư tham gia dự án nước ngoài."
NV4 = "Ban hành Bộ tiêu chí “Đơn vị học tập” của TCT; đánh giá, công nhận hằng năm."
SIGN_T = "KT. TỔNG GIÁM ĐỐC"
SIGN_T2 = "PHÓ TỔNG GIÁM ĐỐC"
SIGN_T3 = "Nguyễn Đình Khải"
HDR_T = "BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỔNG CÔNG TY LẮP MÁY VIỆT NAM - CTCP"
NHAN_T = "- Bộ Xây dựng (để b/c);"
NHAN_T0 = "- Đảng ủy TCT (để b/c);"

QS = []


def qa(typ, question, ev, answer, kf, history=None):
    QS.append({"type": typ, "question": question, "ev": ev, "answer": answer, "key_facts": kf,
               "history": history or []})


def un(question, answer, probe, against=None, history=None, typ="unanswerable"):
    QS.append({"type": typ, "question": question, "ev": [], "answer": answer, "key_facts": [],
               "history": history or [], "probe": probe, "against": against or OWN})


def h(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


def b(*spans):
    return [(B, s) for s in spans]


def t(*spans):
    return [(T, s) for s in spans]


NO = "Các kế hoạch đã tải lên không nêu "


# ---------------------------------------------------------------- agency_tasks
qa("agency_tasks", "Theo Kế hoạch 2146/KH-BVHTTDL, Vụ Đào tạo có những nhiệm vụ gì?", b(VDT1, VDT2, VDT3),
   "Vụ Đào tạo là đơn vị đầu mối, tham mưu Bộ trưởng chỉ đạo, theo dõi, đôn đốc việc thực hiện Kế hoạch; chủ trì tổng hợp "
   "báo cáo kết quả thực hiện của các đơn vị, báo cáo Bộ trưởng trước ngày 20 tháng 12 hằng năm để gửi Bộ Giáo dục và Đào "
   "tạo; chủ trì tổ chức sơ kết Giai đoạn I trong quý IV năm 2025 và tổng kết Kế hoạch trong quý IV năm 2030.",
   ["đầu mối", "20 tháng 12", "sơ kết"])
qa("agency_tasks", "Vụ Kế hoạch, Tài chính của Bộ Văn hóa, Thể thao và Du lịch được giao việc gì trong kế hoạch xây dựng xã hội học tập của ngành?",
   b(KHTC1, KHTC2),
   "Vụ Kế hoạch, Tài chính chủ trì, phối hợp với Vụ Đào tạo tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán "
   "ngân sách hằng năm của Bộ; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định.",
   ["dự toán ngân sách", "thanh quyết toán"])
qa("agency_tasks", "Thanh tra Bộ có trách nhiệm gì trong kế hoạch của Bộ VHTTDL về xã hội học tập?", b(TTRA),
   "Thanh tra Bộ đưa nội dung thực hiện Kế hoạch vào kế hoạch thanh tra, kiểm tra hằng năm của Bộ.",
   ["kế hoạch thanh tra, kiểm tra hằng năm"])
qa("agency_tasks", "Vụ Gia đình tham gia kế hoạch xây dựng xã hội học tập của Bộ Văn hóa như thế nào?", b(CT3, CT3C),
   "Vụ Gia đình không có mục nhiệm vụ riêng; kế hoạch chỉ nêu Vụ Gia đình là đơn vị phối hợp của Chương trình 3 (Thiết "
   "chế văn hóa cơ sở và du lịch cộng đồng học tập), do Cục Văn hóa cơ sở và Tổng cục Du lịch chủ trì.",
   ["phối hợp", "Chương trình 3"])
qa("agency_tasks", "Trung tâm Công nghệ thông tin thuộc Bộ VHTTDL phải làm gì theo kế hoạch này?", b(VPB, CT1C),
   "Trung tâm Công nghệ thông tin xây dựng chuyên mục “Học tập suốt đời” trên Cổng thông tin điện tử của Bộ; ngoài ra là "
   "đơn vị phối hợp của Chương trình 1 (do Vụ Thư viện chủ trì).",
   ["chuyên mục", "Cổng thông tin điện tử", "Vụ Thư viện"])
qa("agency_tasks", "Cục Văn hóa cơ sở được giao nhiệm vụ gì trong Kế hoạch triển khai Đề án xây dựng xã hội học tập của ngành VHTTDL?",
   b(VHCS),
   "Cục Văn hóa cơ sở chủ trì nội dung về thiết chế văn hóa cơ sở của Chương trình 3; hướng dẫn các Sở lồng ghép tiêu "
   "chí “học tập suốt đời” vào bình xét danh hiệu “Gia đình văn hóa”.",
   ["Chương trình 3", "Gia đình văn hóa"])
qa("agency_tasks", "Tổng cục Du lịch làm gì theo kế hoạch của Bộ Văn hóa, Thể thao và Du lịch?", b(TCDL),
   "Tổng cục Du lịch chủ trì nội dung về du lịch cộng đồng của Chương trình 3; biên soạn tài liệu bồi dưỡng kỹ năng làm "
   "du lịch cho người dân.", ["du lịch cộng đồng", "kỹ năng làm du lịch"])
qa("agency_tasks", "Kế hoạch của Bộ VHTTDL giao các Sở Văn hóa, Thể thao và Du lịch ở địa phương những việc gì?",
   b(SO_H, SO1, SO2, SO3),
   "Mục VI.11 giao chung cho Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Du lịch các tỉnh, thành phố trực "
   "thuộc Trung ương: tham mưu Ủy ban nhân dân cấp tỉnh ban hành kế hoạch thực hiện tại địa phương, gửi về Bộ (qua Vụ Đào "
   "tạo) trước ngày 31 tháng 10 năm 2022; chỉ đạo thư viện, bảo tàng, trung tâm văn hóa cấp tỉnh thực hiện các mục tiêu "
   "tại Mục III; báo cáo kết quả thực hiện về Bộ (qua Vụ Đào tạo) trước ngày 30 tháng 11 hằng năm.",
   ["31 tháng 10 năm 2022", "Mục III", "30 tháng 11"])
qa("agency_tasks", "Trong kế hoạch doanh nghiệp học tập của LILAMA, Ban Tổ chức - Nhân sự có nhiệm vụ gì?", t(TC_H, TC1_, TC2_, TC3_),
   "Ban Tổ chức - Nhân sự là đơn vị thường trực, giúp Tổng giám đốc theo dõi, đôn đốc thực hiện Kế hoạch; chủ trì xây dựng "
   "Bộ tiêu chí “Đơn vị học tập”, trình Tổng giám đốc ban hành trước ngày 30 tháng 6 năm 2023; tổng hợp kết quả, báo cáo "
   "Tổng giám đốc và Hội đồng quản trị trước ngày 25 tháng 12 hằng năm.",
   ["thường trực", "Bộ tiêu chí", "Hội đồng quản trị"])
qa("agency_tasks", "Ban Tài chính - Kế toán của Tổng công ty Lắp máy Việt Nam phải làm gì trong kế hoạch này?", t(TCKT),
   "Ban Tài chính - Kế toán chủ trì hướng dẫn trích lập, quản lý và sử dụng Quỹ “Học tập - Phát triển nhân lực”; quyết toán "
   "Quỹ trước ngày 31 tháng 01 năm sau.", ["trích lập, quản lý và sử dụng", "Học tập - Phát triển nhân lực"])
qa("agency_tasks", "Văn phòng Tổng công ty Lắp máy được giao những việc gì để xây dựng doanh nghiệp học tập?", t(VPT),
   "Văn phòng TCT chủ trì xây dựng và vận hành hệ thống LILAMA e-Learning; tuyên truyền Kế hoạch trên Bản tin LILAMA và "
   "trang thông tin điện tử của TCT.", ["LILAMA e-Learning", "Bản tin LILAMA"])
qa("agency_tasks", "Ban Kỹ thuật - Công nghệ LILAMA có nhiệm vụ gì?", t(KTCN),
   "Ban Kỹ thuật - Công nghệ chủ trì biên soạn học liệu về quy trình hàn, lắp đặt thiết bị; tổ chức sát hạch tay nghề thợ "
   "hàn 02 đợt/năm (tháng 5 và tháng 10).", ["quy trình hàn", "sát hạch tay nghề"])
qa("agency_tasks", "Trường Cao đẳng LILAMA 2 có nhiệm vụ gì trong kế hoạch của Tổng công ty?", t(TRG_H, TRG),
   "Trường Cao đẳng LILAMA 2 (cùng Trường Cao đẳng LILAMA 1) tổ chức đào tạo lại, nâng bậc cho công nhân kỹ thuật theo "
   "đặt hàng của các đơn vị; liên kết đào tạo thợ hàn đạt chứng chỉ ASME, AWS.", ["nâng bậc", "ASME", "AWS"])
qa("agency_tasks", "Công ty LILAMA 18 phải làm gì theo kế hoạch xây dựng doanh nghiệp học tập của Tổng công ty?",
   t(CTC_H, CTC1, CTC2),
   "LILAMA 18 là một trong các công ty con được nêu tại mục V.6: xây dựng kế hoạch học tập hằng năm của đơn vị, gửi Ban Tổ "
   "chức - Nhân sự trước ngày 31 tháng 01 hằng năm; bố trí thời gian cho người lao động học tập; báo cáo kết quả trước "
   "ngày 15 tháng 12 hằng năm.", ["kế hoạch học tập hằng năm", "31 tháng 01", "15 tháng 12"])
qa("agency_tasks", "Đoàn Thanh niên Tổng công ty Lắp máy Việt Nam được giao gì?", t(DTN1, DTN2),
   "Đoàn Thanh niên TCT chỉ đạo các cơ sở Đoàn phát động phong trào “Thanh niên học ngoại ngữ”; thành lập Câu lạc bộ Kỹ sư "
   "trẻ LILAMA; mỗi đoàn viên thanh niên đăng ký ít nhất 01 khóa học trực tuyến mỗi năm.",
   ["Thanh niên học ngoại ngữ", "Câu lạc bộ Kỹ sư trẻ LILAMA"])

# ---------------------------------------------------------------- target
qa("target", "Đến năm 2025, Bộ VHTTDL đặt mục tiêu bao nhiêu % thư viện công cộng cấp tỉnh có dịch vụ thư viện số?",
   b(GD1_DEF, GD1_H, LIB1),
   "Mục tiêu Giai đoạn I (từ năm 2021 đến hết năm 2025): 70% thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số "
   "(và 40% thư viện cấp huyện được kết nối liên thông với thư viện cấp tỉnh).", ["70%", "2025"])
qa("target", "Tỷ lệ bảo tàng công lập có chương trình giáo dục di sản cho học sinh phải đạt bao nhiêu vào năm 2030 theo kế hoạch của Bộ Văn hóa?",
   b(GD2_DEF, GD2_H, MUS2),
   "Giai đoạn II (từ năm 2026 đến hết năm 2030): 80% bảo tàng công lập có chương trình giáo dục di sản dành cho học sinh.",
   ["80%", "2030"])
qa("target", "Kế hoạch 2146 của Bộ VHTTDL yêu cầu bao nhiêu % công chức, viên chức của Bộ có chứng chỉ ngoại ngữ bậc 3 và đến khi nào?",
   b(GD2_DEF, GD2_H, STAFF2),
   "Trong Giai đoạn II (từ năm 2026 đến hết năm 2030): 30% công chức, viên chức của Bộ có chứng chỉ ngoại ngữ bậc 3 trở "
   "lên (đồng thời 100% được bồi dưỡng kỹ năng số).", ["30%", "bậc 3", "2030"])
qa("target", "Mỗi trung tâm văn hóa cấp tỉnh phải mở bao nhiêu lớp năng khiếu miễn phí mỗi năm trong giai đoạn 2021-2025?",
   b(GD1_DEF, GD1_H, TC1),
   "Trong Giai đoạn I (2021 - 2025), mỗi trung tâm văn hóa cấp tỉnh tổ chức ít nhất 06 lớp năng khiếu, kỹ năng miễn phí "
   "mỗi năm.", ["ít nhất 06 lớp"])
qa("target", "Chỉ tiêu về điểm du lịch cộng đồng trong kế hoạch của Bộ Văn hóa, Thể thao và Du lịch là gì?",
   b(GD2_DEF, GD2_H, DL2),
   "Giai đoạn II (2026 - 2030): 50% điểm du lịch cộng đồng tổ chức lớp bồi dưỡng kỹ năng làm du lịch cho người dân địa "
   "phương.", ["50%", "2030"])
qa("target", "Theo kế hoạch doanh nghiệp học tập của LILAMA, mỗi người lao động phải học bao nhiêu giờ mỗi năm?",
   t(HDR, R_H),
   "Số giờ học tập, bồi dưỡng bình quân của mỗi người lao động: 40 giờ/người/năm vào năm 2025 và 60 giờ/người/năm vào năm "
   "2030.", ["40", "60", "giờ/người/năm"])
qa("target", "Năm 2025 LILAMA cần bao nhiêu % cán bộ quản lý có kỹ năng số cơ bản?", t(HDR, R_S),
   "Năm 2025: 70% cán bộ quản lý có kỹ năng số cơ bản (năm 2030: 100%).", ["70", "2025"])
qa("target", "Đến 2030 tỷ lệ kỹ sư, cán bộ chuyên môn của Tổng công ty Lắp máy có chứng chỉ ngoại ngữ bậc 3 trở lên là bao nhiêu?",
   t(HDR, R_N), "Năm 2030: 40% kỹ sư, cán bộ chuyên môn có chứng chỉ ngoại ngữ bậc 3 trở lên (năm 2025: 25%).",
   ["40", "2030"])
qa("target", "LILAMA đặt mục tiêu bao nhiêu thợ hàn có chứng chỉ hàn quốc tế vào năm 2030, theo tiêu chuẩn nào?",
   t(HDR, R_W, NOTE),
   "Năm 2030: 800 người thợ hàn đạt chứng chỉ hàn quốc tế (năm 2025: 300 người); chứng chỉ theo tiêu chuẩn ASME hoặc AWS.",
   ["800", "ASME", "AWS"])
qa("target", "Bao nhiêu % đơn vị trực thuộc, công ty con của LILAMA phải đạt danh hiệu Đơn vị học tập năm 2025?",
   t(HDR, R_U, NOTE),
   "Năm 2025: 50% đơn vị trực thuộc, công ty con đạt danh hiệu “Đơn vị học tập” (năm 2030: 100%), xét theo Bộ tiêu chí của "
   "TCT.", ["50", "2025", "Bộ tiêu chí"])
qa("target", "Tỷ lệ công nhân kỹ thuật được đào tạo lại, nâng bậc ở Tổng công ty Lắp máy Việt Nam năm 2030?", t(HDR, R_C),
   "Năm 2030: 90% công nhân kỹ thuật được đào tạo lại, nâng bậc (năm 2025: 60%).", ["90", "2030"])

# ---------------------------------------------------------------- deadline
qa("deadline", "Vụ Thư viện phải ban hành hướng dẫn xây dựng thư viện số cho thư viện cấp tỉnh trước ngày nào?", b(VTV),
   "Vụ Thư viện ban hành hướng dẫn xây dựng thư viện số tại thư viện công cộng cấp tỉnh trước ngày 30 tháng 9 năm 2022.",
   ["30 tháng 9 năm 2022"])
qa("deadline", "Hạn ban hành bộ tài liệu hướng dẫn giáo dục di sản tại bảo tàng là khi nào, đơn vị nào làm?", b("5. Cục Di sản văn hóa", CDS),
   "Cục Di sản văn hóa ban hành bộ tài liệu hướng dẫn giáo dục di sản tại bảo tàng trước ngày 31 tháng 3 năm 2023.",
   ["Cục Di sản văn hóa", "31 tháng 3 năm 2023"])
qa("deadline", "Kế hoạch bồi dưỡng kỹ năng số, ngoại ngữ cho công chức, viên chức của Bộ VHTTDL phải hoàn thành khi nào?",
   b("3. Vụ Tổ chức cán bộ", TCCB), "Vụ Tổ chức cán bộ chủ trì xây dựng kế hoạch này, hoàn thành trong quý I năm 2023.",
   ["Vụ Tổ chức cán bộ", "quý I năm 2023"])
qa("deadline", "Khi nào Bộ Văn hóa sơ kết Giai đoạn I và tổng kết kế hoạch xây dựng xã hội học tập của ngành?", b(VDT3),
   "Vụ Đào tạo chủ trì tổ chức sơ kết Giai đoạn I trong quý IV năm 2025 và tổng kết Kế hoạch trong quý IV năm 2030.",
   ["quý IV năm 2025", "quý IV năm 2030"])
qa("deadline", "Hệ thống LILAMA e-Learning vận hành chính thức từ lúc nào?", t(NV2A),
   "Hệ thống học trực tuyến LILAMA e-Learning vận hành chính thức từ quý III năm 2023; mỗi người lao động có một tài khoản "
   "học tập.", ["quý III năm 2023"])
qa("deadline", "LILAMA tổ chức sát hạch tay nghề thợ hàn vào những tháng nào?", t(KTCN),
   "Ban Kỹ thuật - Công nghệ tổ chức sát hạch tay nghề thợ hàn 02 đợt/năm, vào tháng 5 và tháng 10.",
   ["tháng 5", "tháng 10"])
qa("deadline", "Tổng công ty Lắp máy Việt Nam sơ kết và tổng kết kế hoạch doanh nghiệp học tập vào thời điểm nào?", t(SK_T),
   "Sơ kết thực hiện Kế hoạch vào quý IV năm 2025; tổng kết vào quý IV năm 2030.", ["quý IV năm 2025", "quý IV năm 2030"])

# ---------------------------------------------------------------- funding
qa("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập của ngành Văn hóa, Thể thao và Du lịch là bao nhiêu, từ những nguồn nào?",
   b(KP1),
   "Tổng kinh phí dự kiến 126 tỷ đồng, trong đó ngân sách trung ương 78 tỷ đồng (bố trí trong dự toán chi thường xuyên hằng "
   "năm của Bộ), ngân sách địa phương 30 tỷ đồng, nguồn xã hội hóa 18 tỷ đồng.", ["126 tỷ", "78 tỷ", "30 tỷ", "18 tỷ"])
qa("funding", "Riêng Giai đoạn I, ngân sách trung ương bố trí bao nhiêu cho kế hoạch của Bộ VHTTDL?", b(KP2, GD1_DEF),
   "Riêng Giai đoạn I (từ năm 2021 đến hết năm 2025), ngân sách trung ương bố trí 32 tỷ đồng.", ["32 tỷ"])
qa("funding", "Các Sở ở địa phương lấy kinh phí ở đâu để thực hiện nhiệm vụ theo kế hoạch của Bộ Văn hóa?", b(KP3, UBT),
   "Các Sở lập dự toán kinh phí thực hiện nhiệm vụ được giao, trình cấp có thẩm quyền bố trí từ ngân sách địa phương theo "
   "phân cấp; Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các Sở bố trí kinh phí từ ngân sách địa phương.",
   ["ngân sách địa phương", "lập dự toán"])
qa("funding", "Quỹ Học tập - Phát triển nhân lực của LILAMA được trích bao nhiêu mỗi năm và từ nguồn nào?", t(Q1),
   "Quỹ “Học tập - Phát triển nhân lực” của TCT trích 3,5 tỷ đồng/năm từ chi phí đào tạo của TCT.",
   ["3,5 tỷ đồng/năm", "chi phí đào tạo"])
qa("funding", "Các công ty con của Tổng công ty Lắp máy phải dành bao nhiêu kinh phí cho việc học tập?", t(Q2),
   "Các công ty con bố trí kinh phí học tập không thấp hơn 1,5% quỹ tiền lương thực hiện hằng năm.",
   ["1,5% quỹ tiền lương"])
qa("funding", "Tổng kinh phí giai đoạn 2023-2030 của kế hoạch doanh nghiệp học tập LILAMA dự kiến là bao nhiêu, Công đoàn góp gì?",
   t(Q4, Q3),
   "Tổng kinh phí dự kiến giai đoạn 2023 - 2030 khoảng 46 tỷ đồng; Công đoàn TCT hỗ trợ 200 triệu đồng/năm từ nguồn tài chính "
   "công đoàn cho phong trào “Tủ sách công nhân”.", ["46 tỷ", "200 triệu"])

# ---------------------------------------------------------------- legal_basis
qa("legal_basis", "Kế hoạch 2146/KH-BVHTTDL được ban hành căn cứ những văn bản nào?", b(*CC_B),
   "Căn cứ Nghị định số 79/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức "
   "của Bộ; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai "
   "đoạn 2021 - 2030”; Quyết định số 1025/QĐ-BVHTTDL ngày 28/4/2022 của Bộ trưởng ban hành Chương trình hành động của ngành "
   "thực hiện Chiến lược phát triển văn hóa đến năm 2030.", ["79/2017/NĐ-CP", "1373/QĐ-TTg", "1025/QĐ-BVHTTDL"])
qa("legal_basis", "Kế hoạch của Bộ Văn hóa về xã hội học tập được ban hành theo đề nghị của ai?", b(XDN),
   "Theo đề nghị của Vụ trưởng Vụ Đào tạo.", ["Vụ trưởng Vụ Đào tạo"])
qa("legal_basis", "Kế hoạch 318/KH-LILAMA dựa trên những căn cứ pháp lý nào?", t(*CC_T),
   "Căn cứ Bộ luật Lao động ngày 20/11/2019; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Điều lệ tổ "
   "chức và hoạt động của Tổng công ty Lắp máy Việt Nam - CTCP (Đại hội đồng cổ đông thông qua ngày 26/4/2021); Nghị quyết "
   "số 12/NQ-HĐQT ngày 15/02/2023 của Hội đồng quản trị Tổng công ty về công tác phát triển nguồn nhân lực năm 2023.",
   ["Bộ luật Lao động", "1373/QĐ-TTg", "Điều lệ", "12/NQ-HĐQT"])
qa("legal_basis", "Điều lệ của Tổng công ty Lắp máy Việt Nam được nêu trong căn cứ của kế hoạch do ai thông qua, ngày nào?",
   t(CC_T[2]), "Điều lệ tổ chức và hoạt động của Tổng công ty được Đại hội đồng cổ đông thông qua ngày 26 tháng 4 năm 2021.",
   ["Đại hội đồng cổ đông", "26 tháng 4 năm 2021"])
qa("legal_basis", "Nghị quyết nào của Hội đồng quản trị LILAMA là căn cứ của kế hoạch, về nội dung gì?", t(CC_T[3]),
   "Nghị quyết số 12/NQ-HĐQT ngày 15 tháng 02 năm 2023 của Hội đồng quản trị Tổng công ty về công tác phát triển nguồn nhân "
   "lực năm 2023.", ["12/NQ-HĐQT", "phát triển nguồn nhân lực"])

# ---------------------------------------------------------------- purpose
qa("purpose", "Mục đích của kế hoạch triển khai Đề án xây dựng xã hội học tập trong ngành Văn hóa, Thể thao và Du lịch là gì?",
   b(*MD_B),
   "Phát huy vai trò của hệ thống thiết chế văn hóa, thể thao và du lịch (thư viện, bảo tàng, di tích, nhà văn hóa, trung "
   "tâm văn hóa, điểm du lịch) là nơi học tập suốt đời của người dân; nâng cao năng lực, kỹ năng số cho đội ngũ công chức, "
   "viên chức, người lao động của ngành, góp phần xây dựng xã hội học tập.", ["thiết chế văn hóa, thể thao và du lịch", "nơi học tập suốt đời", "kỹ năng số"])
qa("purpose", "Mục tiêu chung của Bộ VHTTDL trong kế hoạch này là gì?", b(MTC_B),
   "Xây dựng ngành Văn hóa, Thể thao và Du lịch trở thành môi trường học tập suốt đời, mỗi thiết chế của ngành là một địa "
   "chỉ học tập thân thiện, góp phần xây dựng con người Việt Nam phát triển toàn diện.",
   ["môi trường học tập suốt đời", "địa chỉ học tập thân thiện"])
qa("purpose", "LILAMA xây dựng doanh nghiệp học tập nhằm mục đích gì?", t(*MD_T),
   "Xây dựng văn hóa học tập trong toàn TCT, mỗi người lao động chủ động học tập suốt đời để nâng cao tay nghề, đáp ứng yêu "
   "cầu thi công các công trình công nghiệp, năng lượng có công nghệ cao; xây dựng đội ngũ kỹ sư, thợ hàn, thợ lắp máy đạt "
   "chuẩn quốc tế, đủ năng lực làm tổng thầu EPC.", ["văn hóa học tập", "tổng thầu EPC"])
qa("purpose", "Kế hoạch doanh nghiệp học tập của Tổng công ty Lắp máy đặt ra yêu cầu gì?", t(*YC_T),
   "Việc học tập gắn với công việc tại công trường, không làm ảnh hưởng tiến độ thi công; người đứng đầu các đơn vị chịu "
   "trách nhiệm về kết quả xây dựng “Đơn vị học tập” tại đơn vị mình.",
   ["không làm ảnh hưởng tiến độ thi công", "người đứng đầu"])

# ---------------------------------------------------------------- task_section
qa("task_section", "Chương trình 1 trong kế hoạch của Bộ VHTTDL gồm những nội dung gì, ai chủ trì?", b(CT1, CT1A, CT1B, CT1C),
   "Chương trình 1: Thư viện và văn hóa đọc suốt đời — xây dựng và vận hành Hệ tri thức thư viện số dùng chung của ngành; "
   "phát triển tài nguyên học liệu mở phục vụ người dân; tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21 tháng 4) hằng năm "
   "gắn với phong trào học tập suốt đời. Đơn vị chủ trì: Vụ Thư viện; phối hợp: Thư viện Quốc gia Việt Nam, Trung tâm Công "
   "nghệ thông tin.", ["Hệ tri thức thư viện số", "Ngày Sách và Văn hóa đọc Việt Nam", "Vụ Thư viện"])
qa("task_section", "Nội dung Chương trình 2 “Bảo tàng, di sản là lớp học” là gì?", b(CT2, CT2A, CT2B, CT2C),
   "Xây dựng chương trình giáo dục di sản tại bảo tàng, di tích dành cho học sinh phổ thông theo hướng dẫn liên ngành với "
   "Bộ Giáo dục và Đào tạo; số hóa hiện vật, tư liệu; phát triển thuyết minh tự động đa ngôn ngữ tại di tích quốc gia đặc "
   "biệt. Chủ trì: Cục Di sản văn hóa; phối hợp: Bảo tàng Lịch sử quốc gia, Sở.",
   ["giáo dục di sản", "thuyết minh tự động đa ngôn ngữ", "Cục Di sản văn hóa"])
qa("task_section", "Chương trình 4 về nâng cao năng lực đội ngũ của ngành VHTTDL có những việc gì?", b(CT4, CT4A, CT4B, CT4C),
   "Bồi dưỡng kỹ năng số, ngoại ngữ, kỹ năng quản lý cho công chức, viên chức, người lao động của ngành; đưa nội dung xây "
   "dựng xã hội học tập vào chương trình đào tạo của các trường thuộc Bộ. Chủ trì: Vụ Đào tạo; phối hợp: Vụ Tổ chức cán "
   "bộ, các trường đại học, cao đẳng thuộc Bộ.", ["kỹ năng quản lý", "chương trình đào tạo", "Vụ Đào tạo"])
qa("task_section", "Giải pháp đổi mới hình thức đào tạo trong kế hoạch của LILAMA gồm những gì?", t(NV2A, NV2B),
   "Xây dựng hệ thống học trực tuyến LILAMA e-Learning, vận hành chính thức từ quý III năm 2023, mỗi người lao động có một "
   "tài khoản học tập; tổ chức kèm cặp “thợ giỏi kèm thợ mới” tại công trường, mỗi tổ đội có ít nhất 01 thợ bậc cao làm "
   "người kèm cặp.", ["LILAMA e-Learning", "thợ giỏi kèm thợ mới"])
qa("task_section", "Nhiệm vụ tuyên truyền, nâng cao nhận thức trong kế hoạch doanh nghiệp học tập của Tổng công ty Lắp máy là gì?",
   t(NV1),
   "Phát động phong trào “Mỗi công trường là một lớp học” tại các công trường trọng điểm; biểu dương “Người lao động học tập "
   "tiêu biểu” hằng năm.", ["Mỗi công trường là một lớp học", "Người lao động học tập tiêu biểu"])

# ---------------------------------------------------------------- cross_plan
HN_VH = "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…)"
HN_VH2 = "Đào tạo, đào tạo lại, bồi dưỡng, nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao"
CT_VH = "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ."
HN_LD = "khuyến khích công nhân, người lao động trong các doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp"
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND"
qa("cross_plan", "Sở Văn hóa và Thể thao Hà Nội phải làm gì theo kế hoạch của UBND Thành phố Hà Nội, và kế hoạch của Bộ VHTTDL có áp dụng cho sở này không?",
   [(HN, "4. Sở Văn hóa và Thể thao"), (HN, HN_VH), (HN, HN_VH2), (B, SO_DEF), (B, SO3)],
   "Theo kế hoạch của Hà Nội (mục 4), Sở Văn hóa và Thể thao chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết "
   "chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) và đào tạo, bồi dưỡng nguồn nhân lực làm việc trong các "
   "thiết chế văn hóa - thể thao. Kế hoạch của Bộ không giao riêng cho Hà Nội, nhưng định nghĩa “Sở” gồm cả Sở Văn hóa và "
   "Thể thao, nên sở này cũng thực hiện phần việc chung của các Sở, như báo cáo kết quả về Bộ (qua Vụ Đào tạo) trước ngày "
   "30 tháng 11 hằng năm.", ["nhân rộng các mô hình học tập suốt đời", "Sở Văn hóa và Thể thao", "30 tháng 11"])
qa("cross_plan", "So sánh nhiệm vụ của Sở VHTTDL Cần Thơ trong kế hoạch năm 2024 của Cần Thơ với việc Bộ VHTTDL giao chung cho các Sở.",
   [(CT, "5. Sở Văn hóa, Thể thao và Du lịch"), (CT, CT_VH), (B, SO1), (B, SO2), (B, SO3)],
   "Kế hoạch của Ban Chỉ đạo thành phố Cần Thơ giao Sở VHTTDL chủ trì nhân rộng các mô hình học tập suốt đời trong thư "
   "viện, bảo tàng, nhà văn hóa, câu lạc bộ. Kế hoạch của Bộ giao chung cho các Sở: tham mưu UBND cấp tỉnh ban hành kế "
   "hoạch tại địa phương (gửi Bộ trước ngày 31 tháng 10 năm 2022), chỉ đạo thư viện, bảo tàng, trung tâm văn hóa cấp tỉnh "
   "thực hiện các mục tiêu tại Mục III và báo cáo về Bộ trước ngày 30 tháng 11 hằng năm.",
   ["nhân rộng các mô hình học tập suốt đời", "31 tháng 10 năm 2022", "30 tháng 11"])
qa("cross_plan", "Cả kế hoạch của Bộ Văn hóa và kế hoạch của LILAMA có cùng căn cứ vào quyết định nào của Thủ tướng không?",
   [(B, CC_B[1]), (T, CC_T[1])],
   "Có. Cả hai đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây "
   "dựng xã hội học tập giai đoạn 2021 - 2030”.", ["1373/QĐ-TTg", "30 tháng 7 năm 2021"])
qa("cross_plan", "Kế hoạch của Bộ VHTTDL và của Tổng công ty Lắp máy Việt Nam sơ kết, tổng kết vào lúc nào? Có trùng nhau không?",
   [(B, VDT3), (T, SK_T)],
   "Trùng nhau: Bộ VHTTDL sơ kết Giai đoạn I trong quý IV năm 2025 và tổng kết trong quý IV năm 2030 (Vụ Đào tạo chủ trì); "
   "LILAMA sơ kết vào quý IV năm 2025 và tổng kết vào quý IV năm 2030.", ["quý IV năm 2025", "quý IV năm 2030"])
qa("cross_plan", "Ai ký hai kế hoạch của Bộ Văn hóa, Thể thao và Du lịch và Tổng công ty Lắp máy, với chức vụ gì?",
   [(B, SIGN_B), (T, SIGN_T), (T, SIGN_T2), (T, SIGN_T3)],
   "Kế hoạch của Bộ do Thứ trưởng Trịnh Thị Thanh Hương ký (KT. BỘ TRƯỞNG, THỨ TRƯỞNG); kế hoạch của LILAMA do Phó Tổng "
   "giám đốc Nguyễn Đình Khải ký (KT. TỔNG GIÁM ĐỐC, PHÓ TỔNG GIÁM ĐỐC).",
   ["Trịnh Thị Thanh Hương", "THỨ TRƯỞNG", "Nguyễn Đình Khải", "PHÓ TỔNG GIÁM ĐỐC"])
qa("cross_plan", "Chỉ tiêu kỹ năng số đến năm 2025 của Bộ VHTTDL và của LILAMA khác nhau thế nào?",
   [(B, GD1_DEF), (B, GD1_H), (B, STAFF1), (T, HDR), (T, R_S)],
   "Cùng là 70% nhưng khác đối tượng: Bộ đặt 70% công chức, viên chức của Bộ được bồi dưỡng kỹ năng số trong Giai đoạn I "
   "(đến hết năm 2025); LILAMA đặt 70% cán bộ quản lý có kỹ năng số cơ bản vào năm 2025. Đến 2030 cả hai đều là 100%.",
   ["70%", "công chức, viên chức", "cán bộ quản lý"])
qa("cross_plan", "Vai trò của tổ chức công đoàn đối với học tập của người lao động trong kế hoạch của Hà Nội và của LILAMA?",
   [(HN, "9. Liên đoàn Lao động Thành phố"), (HN, HN_LD), (T, CD1), (T, CD2)],
   "Hà Nội giao Liên đoàn Lao động Thành phố phối hợp đẩy mạnh phát triển nghề nghiệp, vận động, khuyến khích công nhân, "
   "người lao động trong các doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp. Ở LILAMA, Công đoàn TCT chỉ đạo "
   "Công đoàn cơ sở (CĐCS) vận động đoàn viên tham gia học tập, duy trì “Tủ sách công nhân” tại lán trại công trường và phối "
   "hợp bình chọn “Người lao động học tập tiêu biểu”.",
   ["Liên đoàn Lao động Thành phố", "doanh nghiệp học tập", "Tủ sách công nhân"])

# ---------------------------------------------------------------- no_diacritics
qa("no_diacritics", "vu to chuc can bo bo van hoa phai lam gi trong ke hoach xa hoi hoc tap", b(TCCB),
   "Vụ Tổ chức cán bộ chủ trì xây dựng kế hoạch bồi dưỡng kỹ năng số, ngoại ngữ cho công chức, viên chức của Bộ, hoàn thành "
   "trong quý I năm 2023.", ["kỹ năng số, ngoại ngữ", "quý I năm 2023"])
qa("no_diacritics", "lilama phat dong phong trao gi tai cong truong", t(NV1),
   "Phong trào “Mỗi công trường là một lớp học” tại các công trường trọng điểm (kèm biểu dương “Người lao động học tập tiêu "
   "biểu” hằng năm).", ["Mỗi công trường là một lớp học"])
qa("no_diacritics", "ke hoach 2146 cua bo vhttdl ai ky", b(SIGN_B),
   "Thứ trưởng Trịnh Thị Thanh Hương ký thay Bộ trưởng (KT. BỘ TRƯỞNG, THỨ TRƯỞNG).", ["Trịnh Thị Thanh Hương", "THỨ TRƯỞNG"])
qa("no_diacritics", "thu vien quoc gia viet nam tham gia chuong trinh nao cua ke hoach bo van hoa", b(CT1, CT1C),
   "Thư viện Quốc gia Việt Nam là đơn vị phối hợp của Chương trình 1: Thư viện và văn hóa đọc suốt đời (Vụ Thư viện chủ trì).",
   ["Chương trình 1", "phối hợp", "Vụ Thư viện"])
qa("no_diacritics", "ban tai chinh ke toan lilama quyet toan quy truoc ngay nao", t(TCKT),
   "Ban Tài chính - Kế toán quyết toán Quỹ “Học tập - Phát triển nhân lực” trước ngày 31 tháng 01 năm sau.",
   ["31 tháng 01 năm sau"])
qa("no_diacritics", "bo van hoa de nghi ubnd cac tinh thanh pho lam gi", b(UBT_H, UBT),
   "Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các Sở bố trí kinh phí từ ngân sách địa "
   "phương thực hiện Kế hoạch; đưa chỉ tiêu của Kế hoạch vào kế hoạch xây dựng xã hội học tập của tỉnh.",
   ["bố trí kinh phí từ ngân sách địa phương", "đưa chỉ tiêu"])
qa("no_diacritics", "van phong bo vhttdl co nhiem vu gi", b(VPB),
   "Văn phòng Bộ phối hợp với Vụ Đào tạo đưa nội dung Kế hoạch vào chương trình công tác của Bộ.",
   ["chương trình công tác của Bộ", "Vụ Đào tạo"])

# ---------------------------------------------------------------- abbreviation
qa("abbreviation", "Cục DSVH chủ trì CT nào trong KH của BVHTTDL, phối hợp với đơn vị nào?", b(CT2, CT2C),
   "Cục Di sản văn hóa chủ trì Chương trình 2: Bảo tàng, di sản là lớp học; đơn vị phối hợp: Bảo tàng Lịch sử quốc gia, Sở.",
   ["Chương trình 2", "Bảo tàng Lịch sử quốc gia"])
qa("abbreviation", "TCT Lắp máy giao CĐCS làm gì?", t(CD1),
   "Công đoàn TCT chỉ đạo Công đoàn cơ sở (CĐCS) các đơn vị vận động đoàn viên tham gia học tập; duy trì phong trào “Tủ sách "
   "công nhân” tại lán trại công trường.", ["vận động đoàn viên tham gia học tập", "Tủ sách công nhân"])
qa("abbreviation", "ĐTN TCT LILAMA: mỗi ĐVTN phải đăng ký bao nhiêu khóa học?", t(DTN2),
   "Mỗi đoàn viên thanh niên đăng ký ít nhất 01 khóa học trực tuyến mỗi năm.", ["ít nhất 01 khóa học trực tuyến"])
qa("abbreviation", "Trong KH của BVHTTDL, “Sở” gồm Sở VHTTDL, Sở VHTT hay cả Sở DL?", b(SO_DEF),
   "Cả ba: theo mục Giải thích từ ngữ, “Sở” là Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Du lịch các tỉnh, "
   "thành phố trực thuộc Trung ương.", ["Sở Văn hóa và Thể thao", "Sở Du lịch"])
qa("abbreviation", "Ban TCNS LILAMA báo cáo TGĐ và HĐQT trước ngày nào?", t(TC3_),
   "Ban Tổ chức - Nhân sự tổng hợp kết quả, báo cáo Tổng giám đốc và Hội đồng quản trị trước ngày 25 tháng 12 hằng năm.",
   ["25 tháng 12"])
qa("abbreviation", "GĐ I và GĐ II trong KH 2146/KH-BVHTTDL là những năm nào?", b(GD1_DEF, GD2_DEF),
   "Giai đoạn I là từ năm 2021 đến hết năm 2025; Giai đoạn II là từ năm 2026 đến hết năm 2030.",
   ["năm 2021 đến hết năm 2025", "năm 2026 đến hết năm 2030"])
qa("abbreviation", "Vụ KHTC phối hợp với vụ nào để bố trí KP thực hiện KH?", b(KHTC1),
   "Vụ Kế hoạch, Tài chính chủ trì, phối hợp với Vụ Đào tạo tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân "
   "sách hằng năm của Bộ.", ["Vụ Đào tạo", "dự toán ngân sách hằng năm"])

# ---------------------------------------------------------------- paraphrase
qa("paraphrase", "Bộ Văn hóa muốn các khu di tích hàng đầu cả nước có hướng dẫn viên điện tử đến mức nào?",
   b(GD2_DEF, GD2_H, MUS2),
   "Trong Giai đoạn II (2026 - 2030), 60% di tích quốc gia đặc biệt có thuyết minh số.", ["60%", "thuyết minh số"])
qa("paraphrase", "Ở LILAMA ai sẽ kèm người mới vào nghề tại công trường?", t(NV2B),
   "Kế hoạch tổ chức kèm cặp “thợ giỏi kèm thợ mới” tại công trường; mỗi tổ đội có ít nhất 01 thợ bậc cao làm người kèm cặp.",
   ["thợ giỏi kèm thợ mới", "thợ bậc cao"])
qa("paraphrase", "Sách đọc cho công nhân ở lán trại thì bên nào lo và có tiền hỗ trợ không?", t(CD1, Q3),
   "Công đoàn TCT chỉ đạo CĐCS duy trì phong trào “Tủ sách công nhân” tại lán trại công trường và hỗ trợ 200 triệu đồng/năm "
   "từ nguồn tài chính công đoàn cho phong trào này.", ["Công đoàn", "Tủ sách công nhân", "200 triệu"])
qa("paraphrase", "Bộ có muốn thư viện huyện được nối mạng với thư viện tỉnh không, tới mức nào?",
   b(GD1_DEF, GD1_H, LIB1, GD2_DEF, GD2_H, LIB2),
   "Có: 40% thư viện cấp huyện được kết nối liên thông với thư viện cấp tỉnh trong Giai đoạn I (đến hết năm 2025) và 80% "
   "trong Giai đoạn II (đến hết năm 2030).", ["40%", "80%", "kết nối liên thông"])
qa("paraphrase", "Học sinh đi tham quan bảo tàng thì kế hoạch của Bộ VHTTDL có chương trình gì và làm cùng bộ nào?",
   b(CT2, CT2A),
   "Chương trình 2 “Bảo tàng, di sản là lớp học”: xây dựng chương trình giáo dục di sản tại bảo tàng, di tích dành cho học "
   "sinh phổ thông theo hướng dẫn liên ngành với Bộ Giáo dục và Đào tạo.", ["giáo dục di sản", "Bộ Giáo dục và Đào tạo"])

# ---------------------------------------------------------------- english
qa("english", "Which unit of the Ministry of Culture, Sports and Tourism is the focal point for its learning-society plan?",
   b("1. Vụ Đào tạo", VDT1),
   "The Department of Training (Vụ Đào tạo) is the focal unit (“đơn vị đầu mối”): it advises the Minister on directing, "
   "monitoring and urging the implementation of the plan.", ["Vụ Đào tạo", "đầu mối"])
qa("english", "By what date did the provincial culture departments have to send their own implementation plans to the ministry?",
   b(SO1),
   "Before 31 October 2022 (trước ngày 31 tháng 10 năm 2022), sent to the Ministry through the Department of Training (qua Vụ "
   "Đào tạo), after advising the provincial People's Committee to issue the local plan.", ["31 tháng 10 năm 2022", "Vụ Đào tạo"])
qa("english", "What is the total budget of the culture ministry's learning-society plan and how is it split?", b(KP1),
   "An estimated 126 tỷ đồng (VND 126 billion): 78 tỷ from the central budget (in the Ministry's annual recurrent spending), "
   "30 tỷ from local budgets and 18 tỷ from socialised (non-state) sources.", ["126 tỷ", "78 tỷ", "30 tỷ", "18 tỷ"])
qa("english", "Who signed plan 2146/KH-BVHTTDL and in what capacity?", b(SIGN_B),
   "Trịnh Thị Thanh Hương, Deputy Minister, signing on behalf of the Minister (KT. BỘ TRƯỞNG / THỨ TRƯỞNG).",
   ["Trịnh Thị Thanh Hương", "THỨ TRƯỞNG"])
qa("english", "What share of provincial public libraries must offer digital library services by 2030 under the ministry's plan?",
   b(GD2_DEF, GD2_H, LIB2),
   "100% in Phase II (Giai đoạn II, 2026 to the end of 2030), with 80% of district libraries connected to the provincial "
   "library.", ["100%", "2030"])
qa("english", "Which recipients of the ministry's plan receive it 'for reporting' (để b/c)?", b(NHAN_B),
   "The Prime Minister (Thủ tướng Chính phủ) and the Minister (Bộ trưởng), both marked “(để b/c)”.",
   ["Thủ tướng Chính phủ", "Bộ trưởng"])
qa("english", "How does the ministry's plan define the sector's 'learning institutions'?", b(DEF1),
   "“Thiết chế học tập của ngành” means public libraries (thư viện công cộng), public museums (bảo tàng công lập), relic "
   "management boards, cultural centres, cultural houses and tourist sites that run educational and knowledge-sharing "
   "activities for the public.", ["thư viện công cộng", "bảo tàng công lập"])
qa("english", "What annual reading event does the ministry's Programme 1 tie to lifelong learning, and on which date?", b(CT1B),
   "The Vietnam Book and Reading Culture Day (Ngày Sách và Văn hóa đọc Việt Nam), on 21 April (21 tháng 4), held every year.",
   ["Ngày Sách và Văn hóa đọc Việt Nam", "21 tháng 4"])
qa("english", "What does the National Institute of Culture and Arts have to do under the ministry's plan?", b(VIEN),
   "The Viện Văn hóa Nghệ thuật quốc gia Việt Nam researches and proposes a model of the sector's learning institutions (mô "
   "hình thiết chế học tập của ngành) and "
   "conducts a mid-term survey and evaluation in 2025 (giữa kỳ năm 2025).", ["mô hình thiết chế học tập", "2025"])
qa("english", "How many training hours per worker per year does LILAMA target for 2030?", t(HDR, R_H),
   "60 hours per person per year in 2030 (giờ/người/năm), up from 40 in 2025.", ["60", "40"])
qa("english", "Which welding certificate standards does the LILAMA plan refer to, and how many certified welders by 2025?",
   t(HDR, R_W, NOTE),
   "International welding certificates under ASME or AWS; the target is 300 certified welders in 2025 (800 in 2030).",
   ["ASME", "AWS", "300"])
qa("english", "Which LILAMA unit is the standing body of the learning-enterprise plan?", t(TC_H, TC1_),
   "The Personnel and Organisation Board (Ban Tổ chức - Nhân sự) is the standing unit (đơn vị thường trực), helping the "
   "General Director monitor and urge implementation.", ["Ban Tổ chức - Nhân sự", "thường trực"])
qa("english", "By when must the 'learning unit' criteria of LILAMA be submitted for issuance?", t(TC2_),
   "The Ban Tổ chức - Nhân sự drafts the Bộ tiêu chí “Đơn vị học tập” and submits it to the General Director for issuance "
   "before 30 June 2023 (trước ngày 30 tháng 6 năm 2023).", ["30 tháng 6 năm 2023", "Bộ tiêu chí"])
qa("english", "Who signed LILAMA's plan 318/KH-LILAMA?", t(SIGN_T, SIGN_T2, SIGN_T3),
   "Nguyễn Đình Khải, Deputy General Director, on behalf of the General Director (KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC).",
   ["Nguyễn Đình Khải", "PHÓ TỔNG GIÁM ĐỐC"])
qa("english", "What share of LILAMA engineers and specialists must hold a level-3 foreign-language certificate by 2025?",
   t(HDR, R_N), "25% in 2025 (40% in 2030) of engineers and professional staff must hold a level-3 (bậc 3) or higher certificate.",
   ["25", "bậc 3"])
qa("english", "Which ministry heads LILAMA's letterhead and does it receive the plan?", t(HDR_T, NHAN_T),
   "The Ministry of Construction (Bộ Xây dựng) is at the top of the letterhead and is a recipient “để b/c” (for reporting).",
   ["Bộ Xây dựng", "để b/c"])
qa("english", "When must LILAMA's subsidiaries report their learning results each year?", t(CTC_H, CTC2),
   "Before 15 December every year (trước ngày 15 tháng 12 hằng năm); they also send their annual learning plan to the Ban Tổ "
   "chức - Nhân sự before 31 January.", ["15 tháng 12"])
qa("english", "Which foreign-language classes will LILAMA open and for whom?", t(NV3),
   "Technical English (tiếng Anh kỹ thuật) and conversational Japanese (tiếng Nhật giao tiếp) for engineers working on "
   "overseas projects.", ["tiếng Anh kỹ thuật", "tiếng Nhật"])
qa("english", "How much does LILAMA's internal learning fund receive each year and from what?", t(Q1),
   "The Quỹ “Học tập - Phát triển nhân lực” receives 3,5 tỷ đồng per year (VND 3.5 billion) from the corporation's training "
   "costs (chi phí đào tạo).", ["3,5 tỷ", "chi phí đào tạo"])

# ---------------------------------------------------------------- follow_up
qa("follow_up", "Việc ban hành hướng dẫn thư viện số phải xong trước ngày nào?", b(VTV),
   "Vụ Thư viện ban hành hướng dẫn xây dựng thư viện số tại thư viện công cộng cấp tỉnh trước ngày 30 tháng 9 năm 2022.",
   ["30 tháng 9 năm 2022"],
   h("Kế hoạch của Bộ VHTTDL giao Vụ Thư viện chủ trì chương trình nào?",
     "Vụ Thư viện chủ trì Chương trình 1: Thư viện và văn hóa đọc suốt đời."))
qa("follow_up", "Còn Giai đoạn II thì sao?", b(GD2_DEF, GD2_H, LIB2),
   "Giai đoạn II (đến hết năm 2030): 100% thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số; 80% thư viện cấp huyện "
   "được kết nối liên thông với thư viện cấp tỉnh.", ["100%", "80%"],
   h("Bộ VHTTDL đặt mục tiêu bao nhiêu % thư viện cấp tỉnh có dịch vụ thư viện số trong Giai đoạn I?",
     "Giai đoạn I: 70% thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số."))
qa("follow_up", "Còn năm 2030?", t(HDR, R_H),
   "Năm 2030: 60 giờ/người/năm.", ["60"],
   h("LILAMA đặt chỉ tiêu số giờ học bình quân năm 2025 là bao nhiêu?",
     "Năm 2025: 40 giờ/người/năm cho mỗi người lao động."))
qa("follow_up", "Ai hướng dẫn trích lập và quyết toán quỹ đó?", t("2. Ban Tài chính - Kế toán", TCKT),
   "Ban Tài chính - Kế toán chủ trì hướng dẫn trích lập, quản lý và sử dụng Quỹ; quyết toán Quỹ trước ngày 31 tháng 01 năm sau.",
   ["Ban Tài chính - Kế toán", "31 tháng 01 năm sau"],
   h("LILAMA lập quỹ gì cho việc học tập?",
     "Quỹ “Học tập - Phát triển nhân lực” của TCT, mức trích 3,5 tỷ đồng/năm từ chi phí đào tạo."))
qa("follow_up", "Đơn vị đó phải báo cáo Bộ trưởng trước ngày nào?", b(VDT2),
   "Vụ Đào tạo tổng hợp báo cáo kết quả của các đơn vị, báo cáo Bộ trưởng trước ngày 20 tháng 12 hằng năm để gửi Bộ Giáo dục "
   "và Đào tạo.", ["20 tháng 12"],
   h("Đơn vị nào là đầu mối thực hiện kế hoạch xã hội học tập của Bộ Văn hóa?",
     "Vụ Đào tạo là đơn vị đầu mối, tham mưu Bộ trưởng chỉ đạo, theo dõi, đôn đốc việc thực hiện Kế hoạch."))
qa("follow_up", "Ai phối hợp?", b(CT2C),
   "Đơn vị phối hợp của Chương trình 2: Bảo tàng Lịch sử quốc gia và các Sở.", ["Bảo tàng Lịch sử quốc gia"],
   h("Chương trình 2 của kế hoạch Bộ VHTTDL do đơn vị nào chủ trì?", "Cục Di sản văn hóa chủ trì Chương trình 2."))
qa("follow_up", "Công đoàn hỗ trợ bao nhiêu tiền cho phong trào đó?", t(Q3),
   "Công đoàn TCT hỗ trợ 200 triệu đồng/năm từ nguồn tài chính công đoàn cho phong trào “Tủ sách công nhân”.",
   ["200 triệu đồng/năm"],
   h("Công đoàn Tổng công ty Lắp máy có nhiệm vụ gì?",
     "Công đoàn TCT chỉ đạo CĐCS vận động đoàn viên tham gia học tập, duy trì phong trào “Tủ sách công nhân” tại lán trại công "
     "trường, phối hợp bình chọn “Người lao động học tập tiêu biểu”."))
qa("follow_up", "Còn báo cáo kết quả hằng năm thì hạn khi nào, gửi qua đâu?", b(SO3),
   "Các Sở báo cáo kết quả thực hiện về Bộ (qua Vụ Đào tạo) trước ngày 30 tháng 11 hằng năm.", ["30 tháng 11", "Vụ Đào tạo"],
   h("Sở VHTTDL các tỉnh phải gửi kế hoạch của địa phương về Bộ trước ngày nào?",
     "Trước ngày 31 tháng 10 năm 2022, gửi về Bộ qua Vụ Đào tạo."))
qa("follow_up", "Chứng chỉ đó theo tiêu chuẩn nào, và ai liên kết đào tạo?", t(NOTE, TRG_H, TRG),
   "Chứng chỉ hàn quốc tế theo tiêu chuẩn ASME hoặc AWS; Trường Cao đẳng LILAMA 1 và Trường Cao đẳng LILAMA 2 liên kết đào tạo "
   "thợ hàn đạt chứng chỉ ASME, AWS.", ["ASME", "AWS", "Trường Cao đẳng LILAMA 1"],
   h("Năm 2025 LILAMA cần bao nhiêu thợ hàn có chứng chỉ hàn quốc tế?", "300 người (năm 2030: 800 người)."))
qa("follow_up", "Trong đó riêng Giai đoạn I ngân sách trung ương là bao nhiêu?", b(KP2),
   "Riêng Giai đoạn I, ngân sách trung ương bố trí 32 tỷ đồng.", ["32 tỷ"],
   h("Tổng kinh phí kế hoạch của Bộ Văn hóa là bao nhiêu?",
     "Dự kiến 126 tỷ đồng: ngân sách trung ương 78 tỷ, ngân sách địa phương 30 tỷ, xã hội hóa 18 tỷ."))
qa("follow_up", "And who leads it?", b(CT3C),
   "Programme 3 is led by the Department of Grassroots Culture and the Vietnam National Authority of Tourism (Đơn vị chủ trì: "
   "Cục Văn hóa cơ sở; Tổng cục Du lịch), with Vụ Gia đình and the provincial departments (Sở) cooperating.",
   ["Cục Văn hóa cơ sở", "Tổng cục Du lịch"],
   h("What does Programme 3 of the culture ministry's learning-society plan cover?",
     "Grassroots cultural institutions and community tourism as learning places: commune and village cultural houses as "
     "community learning points, and tourism and language skills for residents of community-tourism sites."))
qa("follow_up", "Còn kế hoạch của Bộ VHTTDL thì sơ kết khi nào, ai chủ trì?", b("1. Vụ Đào tạo", VDT3),
   "Vụ Đào tạo chủ trì tổ chức sơ kết Giai đoạn I trong quý IV năm 2025 (tổng kết trong quý IV năm 2030).",
   ["quý IV năm 2025", "Vụ Đào tạo"],
   h("LILAMA sơ kết kế hoạch doanh nghiệp học tập khi nào?",
     "Sơ kết vào quý IV năm 2025; tổng kết vào quý IV năm 2030."))
qa("follow_up", "Kế hoạch đó do ai ký?", b(SIGN_B),
   "Thứ trưởng Trịnh Thị Thanh Hương ký (KT. BỘ TRƯỞNG, THỨ TRƯỞNG).", ["Trịnh Thị Thanh Hương"],
   h("Kế hoạch 2146/KH-BVHTTDL căn cứ những văn bản nào?",
     "Nghị định 79/2017/NĐ-CP, Quyết định 1373/QĐ-TTg và Quyết định 1025/QĐ-BVHTTDL."))
qa("follow_up", "Ban đó phải trình Bộ tiêu chí Đơn vị học tập trước ngày nào?", t(TC2_),
   "Ban Tổ chức - Nhân sự trình Tổng giám đốc ban hành Bộ tiêu chí “Đơn vị học tập” trước ngày 30 tháng 6 năm 2023.",
   ["30 tháng 6 năm 2023"],
   h("Đơn vị nào là thường trực kế hoạch doanh nghiệp học tập của LILAMA?", "Ban Tổ chức - Nhân sự."))
qa("follow_up", "Vậy theo kế hoạch của Bộ VHTTDL thì Sở các tỉnh nói chung phải làm gì?", b(SO_H, SO1, SO2, SO3),
   "Kế hoạch của Bộ giao chung cho các Sở: tham mưu UBND cấp tỉnh ban hành kế hoạch tại địa phương, gửi về Bộ (qua Vụ Đào tạo) "
   "trước ngày 31 tháng 10 năm 2022; chỉ đạo thư viện, bảo tàng, trung tâm văn hóa cấp tỉnh thực hiện các mục tiêu tại Mục "
   "III; báo cáo kết quả về Bộ trước ngày 30 tháng 11 hằng năm.", ["31 tháng 10 năm 2022", "30 tháng 11"],
   h("Kế hoạch của UBND tỉnh Sóc Trăng giao Sở VHTTDL làm gì?",
     "Các kế hoạch đã tải lên không có kế hoạch của tỉnh Sóc Trăng, nên không trả lời được nhiệm vụ tỉnh đó giao cho Sở."))

# ---------------------------------------------------------------- unanswerable
un("Kế hoạch của UBND tỉnh Sóc Trăng đặt chỉ tiêu thư viện số cho thư viện tỉnh là bao nhiêu?",
   NO + "kế hoạch của tỉnh Sóc Trăng; kế hoạch của Bộ VHTTDL chỉ đặt mục tiêu chung cho cả ngành, không có chỉ tiêu riêng "
   "của tỉnh này.", r"soc trang", ALL)
un("Sở VHTTDL tỉnh Bình Phước đã ban hành kế hoạch số mấy để thực hiện kế hoạch của Bộ?",
   NO + "số hay ngày của kế hoạch nào do tỉnh Bình Phước ban hành; kế hoạch của Bộ chỉ yêu cầu các Sở tham mưu ban hành và "
   "gửi về Bộ.", r"binh phuoc", ALL)
un("What targets does Tuyen Quang province's own learning-society plan set for its museums?",
   "The uploaded plans do not include Tuyên Quang's plan and say nothing about Tuyên Quang; the ministry's plan only sets "
   "sector-wide targets.", r"tuyen quang", ALL)
un("Tổng cục Thể dục thể thao có nhiệm vụ gì trong kế hoạch xã hội học tập của Bộ VHTTDL?",
   NO + "Tổng cục Thể dục thể thao; kế hoạch của Bộ giao việc cho Tổng cục Du lịch nhưng không giao gì cho ngành thể dục "
   "thể thao.", r"the duc the thao")
un("Cục Điện ảnh phải làm gì theo kế hoạch của Bộ Văn hóa?",
   NO + "Cục Điện ảnh; kế hoạch không giao nhiệm vụ cho đơn vị này.", r"dien anh")
un("Các nhà hát, đoàn nghệ thuật trung ương được Bộ VHTTDL giao việc gì trong kế hoạch?",
   NO + "nhà hát hay đoàn nghệ thuật nào; kế hoạch không giao nhiệm vụ cho các đơn vị nghệ thuật biểu diễn.",
   r"nha hat|doan nghe thuat|bieu dien")
un("Vụ Pháp chế có nhiệm vụ gì trong Kế hoạch 2146/KH-BVHTTDL?",
   NO + "Vụ Pháp chế; kế hoạch không giao nhiệm vụ cho vụ này.", r"phap che")
un("Thư viện Quốc gia Việt Nam phải hoàn thành phần việc của mình trước ngày nào?",
   "Kế hoạch không đặt thời hạn nào cho Thư viện Quốc gia Việt Nam: đơn vị này chỉ được nêu là đơn vị phối hợp của Chương "
   "trình 1, không có nhiệm vụ hay hạn riêng.", r"thu vien quoc gia viet nam.{0,200}(truoc ngay|hoan thanh|quy [iv]+ nam)")
un("Bộ Giáo dục và Đào tạo có nhiệm vụ gì trong kế hoạch của Bộ VHTTDL?",
   "Kế hoạch của Bộ VHTTDL không giao nhiệm vụ cho Bộ Giáo dục và Đào tạo: bộ này chỉ được nêu là nơi nhận báo cáo, nơi nhận "
   "văn bản và bên ra hướng dẫn liên ngành về giáo dục di sản.",
   r"\d+\. (de nghi )?bo giao duc|bo giao duc va dao tao (chu tri|co trach nhiem|phoi hop voi)")
un("Chỉ tiêu thư viện số cấp tỉnh của Bộ VHTTDL cho năm 2027 là bao nhiêu?",
   "Kế hoạch không đặt chỉ tiêu riêng cho năm 2027: chỉ có mục tiêu Giai đoạn I (đến hết 2025) và Giai đoạn II (đến hết 2030).",
   r"\b2027\b", [B])
un("Bao nhiêu % nhà văn hóa xã được dùng làm điểm học tập cộng đồng theo kế hoạch của Bộ Văn hóa?",
   "Kế hoạch có nhiệm vụ hướng dẫn dùng nhà văn hóa xã, thôn làm điểm sinh hoạt học tập cộng đồng nhưng không đặt tỷ lệ % nào "
   "cho chỉ tiêu này.", r"nha van hoa.{0,80}%|%.{0,80}nha van hoa", [B])
un("Bao nhiêu lượt người dân đến thư viện mỗi năm là mục tiêu của ngành VHTTDL?",
   NO + "chỉ tiêu về lượt người đến thư viện.", r"luot|ban doc", [B])
un("Hiện nay có bao nhiêu thư viện cấp tỉnh đã có dịch vụ thư viện số?",
   NO + "số liệu hiện trạng; kế hoạch của Bộ chỉ đặt mục tiêu theo giai đoạn.", r"\bhien (nay|co|tai)\b|thuc trang|ket qua dat duoc", [B])
un("Sở nào báo cáo chậm thì bị Bộ VHTTDL xử lý thế nào?",
   NO + "hình thức xử lý nào đối với Sở báo cáo chậm; Thanh tra Bộ chỉ đưa nội dung Kế hoạch vào kế hoạch thanh tra, kiểm tra.",
   r"xu ly|ky luat|che tai|xu phat|phe binh|khien trach", [B])
un("Ngân sách năm 2024 của kế hoạch Bộ Văn hóa, Thể thao và Du lịch là bao nhiêu?",
   NO + "kinh phí theo từng năm; kế hoạch chỉ nêu tổng 126 tỷ đồng và 32 tỷ ngân sách trung ương cho Giai đoạn I.",
   r"\b2024\b|hang nam .{0,20}\d+ ty", [B])
un("Quyết định 1025/QĐ-BVHTTDL đặt ra những chương trình hành động cụ thể nào?",
   NO + "nội dung của Quyết định 1025/QĐ-BVHTTDL; kế hoạch chỉ dẫn số, ngày và tên của quyết định này làm căn cứ.",
   r"1025/qd-bvhttdl.{0,200}(gom|bao gom|muc tieu|%|nhiem vu)", [B])
un("Tổng cục Du lịch phải biên soạn xong tài liệu bồi dưỡng kỹ năng làm du lịch trước ngày nào?",
   "Kế hoạch giao Tổng cục Du lịch biên soạn tài liệu bồi dưỡng kỹ năng làm du lịch cho người dân nhưng không đặt thời hạn "
   "hoàn thành.", r"tong cuc du lich.{0,200}(truoc ngay|quy [iv]+ nam|hoan thanh trong)", [B])
un("Hội Cựu chiến binh Tổng công ty Lắp máy có nhiệm vụ gì?",
   NO + "Hội Cựu chiến binh của Tổng công ty; kế hoạch chỉ giao cho Công đoàn TCT và Đoàn Thanh niên TCT trong các tổ chức "
   "đoàn thể.", r"cuu chien binh", [T])
un("Ban Kế hoạch - Đầu tư của LILAMA được giao việc gì trong kế hoạch doanh nghiệp học tập?",
   NO + "Ban Kế hoạch - Đầu tư; kế hoạch không giao nhiệm vụ cho ban này.", r"ke hoach - dau tu|ke hoach dau tu", [T])
un("Đảng ủy TCT chỉ đạo gì trong kế hoạch doanh nghiệp học tập của LILAMA?",
   "Kế hoạch không giao nhiệm vụ cho Đảng ủy TCT; Đảng ủy chỉ có trong Nơi nhận (để b/c).",
   r"dang uy (tct|tong cong ty) (chu tri|lanh dao|chi dao|co trach nhiem)|\d+\. dang uy", [T])
un("Nghị quyết 12/NQ-HĐQT của LILAMA đặt chỉ tiêu nhân lực nào?",
   NO + "nội dung hay chỉ tiêu của Nghị quyết số 12/NQ-HĐQT; kế hoạch chỉ dẫn nghị quyết này làm căn cứ.",
   r"12/nq-hdqt.{0,200}(%|chi tieu|muc tieu)", [T])
un("Hiện LILAMA có bao nhiêu thợ hàn đạt chứng chỉ hàn quốc tế?",
   NO + "số thợ hàn hiện có chứng chỉ; kế hoạch chỉ đặt chỉ tiêu cho năm 2025 và năm 2030.",
   r"\bhien (nay|co|tai)\b|thuc trang|tinh den", [T])
un("Công ty con không đạt danh hiệu Đơn vị học tập thì bị xử lý thế nào?",
   NO + "hình thức xử lý, kỷ luật nào; kế hoạch chỉ nêu người đứng đầu đơn vị chịu trách nhiệm về kết quả.",
   r"xu ly|ky luat|che tai|xu phat|tru (luong|thuong)|khien trach", [T])
un("Người lao động học tập tiêu biểu của LILAMA được thưởng bao nhiêu tiền?",
   NO + "mức thưởng; kế hoạch chỉ nêu biểu dương và bình chọn “Người lao động học tập tiêu biểu” hằng năm.",
   r"tien thuong|thuong .{0,40}(trieu|dong)|muc thuong", [T])
un("Người lao động LILAMA đi học có được hưởng nguyên lương không?",
   NO + "chế độ lương trong thời gian học; kế hoạch chỉ yêu cầu các công ty con bố trí thời gian cho người lao động học tập.",
   r"nguyen luong|huong luong|luong .{0,40}(trong thoi gian|khi) (di )?hoc", [T])
un("Bao nhiêu kỹ sư LILAMA phải có chứng chỉ tiếng Nhật?",
   NO + "chỉ tiêu riêng về chứng chỉ tiếng Nhật; kế hoạch chỉ mở lớp tiếng Nhật giao tiếp và đặt chỉ tiêu chung về chứng chỉ "
   "ngoại ngữ bậc 3.", r"tieng nhat.{0,80}(%|\d+ (nguoi|ky su))", [T])
un("Học phí một khóa trên LILAMA e-Learning là bao nhiêu?",
   NO + "chi phí hay học phí của khóa học trực tuyến.", r"hoc phi|e-learning.{0,120}(trieu|dong/|ty)", [T])
un("Bao nhiêu % toàn bộ người lao động của LILAMA phải có kỹ năng số?",
   "Kế hoạch chỉ đặt chỉ tiêu kỹ năng số cho cán bộ quản lý (70% năm 2025, 100% năm 2030), không có chỉ tiêu cho toàn bộ người "
   "lao động.", r"nguoi lao dong co ky nang so|ky nang so.{0,40}nguoi lao dong", [T])
un("Còn năm 2028 thì sao?",
   "Kế hoạch của LILAMA không đặt chỉ tiêu cho năm 2028; bảng chỉ tiêu chỉ có năm 2025 và năm 2030.", r"\b2028\b", [T],
   history=h("Theo LILAMA, số giờ học bình quân mỗi người lao động năm 2030 là bao nhiêu?", "60 giờ/người/năm."))
un("What salary bonus does LILAMA pay workers who earn an international welding certificate?",
   "The plan sets no bonus or salary increase for certified welders; it only sets the number of certified welders "
   "(300 in 2025, 800 in 2030).", r"tien thuong|thuong .{0,40}(trieu|dong)|tang luong|nang bac luong|phu cap", [T])
un("What is the name of the Minister of Culture, Sports and Tourism on whose behalf plan 2146 is signed?",
   "The plan does not name the Minister: it is signed “KT. BỘ TRƯỞNG” by Deputy Minister Trịnh Thị Thanh Hương, and the "
   "Minister appears only by title.",
   r"bo truong (nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|trinh|dinh|lam|mai|cao|ta) ", [B])


def plain(s):
    s = unicodedata.normalize("NFD", norm(s).lower()).replace("\u0111", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    problems = []
    texts = {}

    def text(d):
        if d not in texts:
            texts[d] = norm(extract(d))
        return texts[d]

    seen = set()
    counts = {}
    out = []
    for n, q in enumerate(QS, 1):
        qid = f"p52-{n:03d}"
        where = f"{qid} {q['question'][:50]!r}"
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        key = norm(q["question"]).lower()
        if key in seen:
            problems.append(f"{where}: duplicate question text")
        seen.add(key)
        if q["type"] == "follow_up" and not q["history"]:
            problems.append(f"{where}: follow-up without history")
        if q["history"] and not 2 <= len(q["history"]) <= 5:
            problems.append(f"{where}: history of {len(q['history'])} turns")
        docs = []
        for d, _ in q["ev"]:
            if d not in docs:
                docs.append(d)
        if q["type"] == "unanswerable":
            if q["ev"] or q["key_facts"]:
                problems.append(f"{where}: unanswerable with evidence/key facts")
            if not q.get("probe"):
                problems.append(f"{where}: unanswerable without probe")
            for d in q["against"]:
                if re.search(q["probe"], plain(text(d))):
                    problems.append(f"{where}: probe {q['probe']!r} matches {d}")
        else:
            if not q["ev"]:
                problems.append(f"{where}: answerable without evidence")
            for d, sp in q["ev"]:
                if norm(sp) not in text(d):
                    problems.append(f"{where}: span missing in {d}: {sp!r}")
            if not q["key_facts"]:
                problems.append(f"{where}: no key facts")
            for kf in q["key_facts"]:
                k = norm(kf).lower()
                if k not in norm(q["answer"]).lower():
                    problems.append(f"{where}: key fact {kf!r} not in answer")
                if not any(k in norm(sp).lower() for _, sp in q["ev"]):
                    problems.append(f"{where}: key fact {kf!r} in no cited span")
        out.append({"id": qid, "question": q["question"], "type": q["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": sp} for d, sp in q["ev"]], "answer": q["answer"],
                    "key_facts": q["key_facts"], "history": q["history"]})
    for typ, m in MIN.items():
        if counts.get(typ, 0) < m:
            problems.append(f"type {typ}: {counts.get(typ, 0)} < {m}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {len(out)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
