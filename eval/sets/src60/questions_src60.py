"""Write eval/sets/newplans60.jsonl (set 60) from the questions below.

    python eval/sets/src60/questions_src60.py

Refuses to write if an evidence span is missing from its plan's extracted text (check_sets.py's extraction and
normalisation), a key fact is missing from its reference answer or from every cited span, a history is malformed
(not alternating user/assistant, not 2-4 turns, not ending with the assistant), ids or question texts repeat, a type
falls below its minimum, or an unanswerable question's probe regex (what would have to be in the plan for it to be
answerable, accent-free) matches the accent-free normalised text of the plans it is about.
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

D = "bdbp_haiphong_96-KH-BCH_2026.docx"
P = "dk_bachlongvi_14-KH-UBND_2026.pdf"
HUE = "000_4550be4bb11189cd.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
BUNDLED = ["000_4550be4bb11189cd.txt", "001_7bafa58816a5de75.txt", "002_797e8de6131c77f9.txt", CT, AL]
NEW = [D, P]
OUT = os.path.join(SETS, "newplans60.jsonl")

# ---- spans of the Border Guard plan (.docx) ----
D_NUM = "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG THÀNH PHỐ HẢI PHÒNG Số: 96/KH-BCH"
D_DATE = "Hải Phòng, ngày 20 tháng 01 năm 2026"
D_TITLE = ("Phối hợp xây dựng xã hội học tập, nâng cao dân trí cho ngư dân và cư dân khu vực biên giới biển thành phố "
           "Hải Phòng giai đoạn 2026 - 2028")
D_CC1 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học "
         "tập giai đoạn 2021 - 2030”")
D_CC2 = ("Căn cứ Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng triển khai thực hiện "
         "phong trào “Học tập suốt đời”")
D_CC3 = ("Căn cứ Hướng dẫn số 210/HD-BTL ngày 25/12/2025 của Bộ Tư lệnh Bộ đội Biên phòng về tham gia xây dựng xã hội "
         "học tập ở khu vực biên giới")
D_CC4 = ("Thực hiện Chương trình phối hợp số 05/CTPH-BCH-HKH ngày 12/11/2025 giữa Bộ Chỉ huy Bộ đội Biên phòng thành "
         "phố và Hội Khuyến học thành phố Hải Phòng")
D_MD1 = ("Phát huy vai trò nòng cốt của Bộ đội Biên phòng trong xây dựng xã hội học tập ở khu vực biên giới biển; góp "
         "phần nâng cao dân trí, ý thức chấp hành pháp luật của ngư dân, xây dựng “thế trận lòng dân” vững chắc trên biển.")
D_MD2 = ("Giúp ngư dân, chủ tàu cá, thuyền trưởng nắm vững quy định về chống khai thác thủy sản bất hợp pháp, không báo "
         "cáo và không theo quy định (IUU), kỹ năng an toàn khi hoạt động trên biển và kỹ năng số cơ bản.")
D_YC1 = ("Các hoạt động học tập được bố trí phù hợp với lịch sản xuất của ngư dân, không tổ chức lớp tập trung trong "
         "thời gian cao điểm đánh bắt.")
D_YC2 = ("Gắn với thực hiện nhiệm vụ quản lý, bảo vệ chủ quyền, an ninh biên giới biển; bảo đảm an toàn tuyệt đối cho "
         "người và phương tiện.")
D_T1 = ("100% ngư dân, chủ tàu cá có tàu từ 15 mét trở lên đăng ký tại các cảng cá trên địa bàn được phổ biến quy định "
        "về chống khai thác IUU.")
D_T2 = ("Đến năm 2028, ít nhất 90% thuyền trưởng, máy trưởng tàu cá được bồi dưỡng kỹ năng sử dụng thiết bị giám sát "
        "hành trình và ứng dụng nhật ký khai thác điện tử.")
D_T3 = "Xây dựng mới 12 “Tủ sách Biên phòng - Ngư dân” tại các đồn, trạm và âu thuyền neo đậu tàu cá."
D_T4 = ("Duy trì 60 suất học bổng “Nâng bước em tới trường” mỗi năm cho con em ngư dân có hoàn cảnh khó khăn, mức "
        "2.000.000 đồng/suất.")
D_T5 = "Mỗi đồn biên phòng xây dựng ít nhất 01 mô hình “Tổ tàu cá học tập” trên tuyến biển được giao quản lý."
D_HEAD = "Đơn vị Năm 2026 Năm 2027 Năm 2028"
D_ROW = {
    "BLV": "Đồn Biên phòng Bạch Long Vĩ 4 Như năm 2026 6",
    "CH": "Đồn Biên phòng Cát Hải 8 10 Như năm 2027",
    "DS": "Đồn Biên phòng Đồ Sơn 6 Như năm 2026 8",
    "CK": "Đồn Biên phòng Cửa khẩu cảng Hải Phòng 3 3 4",
    "HD": "Hải đội Biên phòng 2 2 Như năm 2026 Như năm 2026",
    "SUM": "Cộng 23 25 30",
}
D_TABLE = D_HEAD + " " + " ".join(D_ROW[k] for k in ("BLV", "CH", "DS", "CK", "HD", "SUM"))
D_NOTE = ("Ghi chú: ô ghi “Như năm 2026” hoặc “Như năm 2027” có số lớp bằng số lớp của năm đó; Hải đội Biên phòng 2 tổ "
          "chức lớp ngay trên tàu cá tại ngư trường.")
D_TT1 = ("Tuyên truyền bài viết “Học tập suốt đời” của Tổng Bí thư đến cán bộ, chiến sĩ và ngư dân qua hệ thống loa "
         "truyền thanh tại các âu thuyền, cảng cá và qua nhóm Zalo “Ngư dân với Biên phòng”.")
D_TT2 = "Lồng ghép nội dung học tập vào các buổi sinh hoạt “Ngày Biên phòng toàn dân” (03/3 hằng năm)."
D_MV1 = ("Các lớp phổ biến kiến thức tổ chức trong thời gian tàu cá nằm bờ tránh trú bão (từ tháng 7 đến tháng 9 hằng "
         "năm); không tổ chức lớp tập trung trong vụ cá Bắc (từ tháng 12 đến tháng 4 năm sau).")
D_MV2 = ("Tổ chức “Ngày hội học tập của ngư dân” vào dịp ra quân đánh bắt đầu năm, hoàn thành trước ngày rằm tháng Giêng "
         "âm lịch.")
D_MV3 = ("Trao học bổng “Nâng bước em tới trường” trước ngày 15 tháng Chạp âm lịch hằng năm, để các em có điều kiện đón "
         "Tết.")
D_CDS1 = ("Hướng dẫn thuyền trưởng cài đặt, sử dụng ứng dụng nhật ký khai thác điện tử (eCDT) và tra cứu thông tin thời "
          "tiết biển trên điện thoại thông minh.")
D_CDS2 = ("Phối hợp với doanh nghiệp viễn thông lắp đặt điểm truy cập Internet miễn phí tại 03 âu thuyền: Ngọc Hải, Bến "
          "Cá Cát Bà và âu tàu Bạch Long Vĩ.")
D_KP1 = ("Tổng kinh phí giai đoạn 2026 - 2028 dự kiến 1.650 triệu đồng, trong đó: ngân sách bảo đảm do Bộ Tư lệnh Bộ "
         "đội Biên phòng phân bổ 1.050 triệu đồng (350 triệu đồng/năm); nguồn xã hội hóa 600 triệu đồng.")
D_KP2 = ("Kinh phí học bổng “Nâng bước em tới trường” do Hội Khuyến học thành phố và các nhà tài trợ bảo đảm, không sử "
         "dụng ngân sách bảo đảm của đơn vị.")
D_KP3 = "Ban Tài chính hướng dẫn lập dự toán, thanh quyết toán theo quy định tài chính trong Quân đội."
D_PCT = ("Phòng Chính trị Là cơ quan thường trực, tham mưu cho Đảng ủy, Chỉ huy Bộ Chỉ huy triển khai Kế hoạch; chủ trì "
         "phối hợp với Hội Khuyến học thành phố xét chọn đối tượng nhận học bổng; tổng hợp kết quả, báo cáo Bộ Tư lệnh "
         "Bộ đội Biên phòng trước ngày 25/11 hằng năm.")
D_PTM = ("Phòng Tham mưu Chỉ đạo các đồn biên phòng, Hải đội Biên phòng 2 bố trí lực lượng, phương tiện bảo đảm an toàn "
         "cho lớp học trên biển; cập nhật danh sách tàu cá, thuyền trưởng tham gia học tập vào cơ sở dữ liệu quản lý tàu "
         "cá của đơn vị.")
D_HCKT = ("Phòng Hậu cần - Kỹ thuật Bảo đảm tài liệu, màn hình, loa truyền thanh cho các lớp; phối hợp lắp đặt điểm "
          "truy cập Internet tại các âu thuyền, hoàn thành trong quý III/2026.")
D_BTC = ("Ban Tài chính Tham mưu phân bổ, quản lý kinh phí; hướng dẫn các đơn vị thanh quyết toán trước ngày 15/12 hằng "
         "năm.")
D_DON = ("Các đồn biên phòng và Hải đội Biên phòng 2 Trực tiếp tổ chức các lớp theo số lớp được giao tại Mục II; xây "
         "dựng, quản lý “Tủ sách Biên phòng - Ngư dân”; duy trì mô hình “Tổ tàu cá học tập”; báo cáo kết quả về Bộ Chỉ "
         "huy (qua Phòng Chính trị) trước ngày 15/11 hằng năm.")
D_HKH = ("Đề nghị Hội Khuyến học thành phố Hải Phòng Phối hợp vận động nguồn tài trợ học bổng; công nhận danh hiệu “Gia "
         "đình học tập” cho hộ ngư dân tiêu biểu theo đề nghị của các đồn biên phòng.")
D_DKH = ("Đề nghị Ủy ban nhân dân các đặc khu Cát Hải, Bạch Long Vĩ và các xã, phường ven biển Phối hợp bố trí địa điểm "
         "học tập, huy động ngư dân tham gia; chỉ đạo trung tâm học tập cộng đồng phối hợp với đồn biên phòng trên địa "
         "bàn.")
D_SK = "Sơ kết 02 năm thực hiện Kế hoạch trong quý IV/2027; tổng kết vào tháng 11/2028."
D_SIGN = "CHỈ HUY TRƯỞNG (Đã ký) Đại tá Nguyễn Quang Tùng"

# ---- spans of the đặc khu plan (.pdf, with its appended Phụ lục điều chỉnh) ----
P_NUM = "ĐẶC KHU BẠCH LONG VĨ Số: 14/KH-UBND"
P_DATE = "Bạch Long Vĩ, ngày 10 tháng 02 năm 2026"
P_TITLE = ("Xây dựng xã hội học tập, phong trào “Học tập suốt đời” trên địa bàn đặc khu Bạch Long Vĩ năm 2026")
P_CC1 = ("Thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng về triển khai thực "
         "hiện phong trào “Học tập suốt đời”")
P_CC2 = ("Kế hoạch số 96/KH-BCH ngày 20/01/2026 của Bộ Chỉ huy Bộ đội Biên phòng thành phố về phối hợp xây dựng xã hội "
         "học tập cho ngư dân và cư dân khu vực biên giới biển")
P_CC3 = "Nghị quyết số 05-NQ/ĐU ngày 08/01/2026 của Đảng ủy đặc khu về nhiệm vụ năm 2026"
P_MD1 = ("1. Tạo điều kiện để mọi người dân trên đảo, kể cả thanh niên xung phong, ngư dân và gia đình lực lượng vũ trang "
         "đóng quân, được học tập thường xuyên, học tập suốt đời.")
P_MD2 = ("2. Xây dựng Bạch Long Vĩ thành đặc khu có phong trào học tập gắn với phát triển kinh tế biển và du lịch cộng "
         "đồng; các hoạt động học tập bố trí phù hợp với lịch ra khơi và điều kiện tàu chở khách ra đảo.")
P_TA = "a) 100% hộ gia đình trên đảo được phổ biến nội dung phong trào “Học tập suốt đời”."
P_TB = "b) Ít nhất 70% hộ gia đình đạt danh hiệu “Gia đình học tập”."
P_TC = ("c) Ít nhất 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (sử dụng dịch vụ công trực tuyến, thanh toán "
        "không dùng tiền mặt).")
P_TD = ("d) Trung tâm học tập cộng đồng đặc khu tổ chức ít nhất 24 chuyên đề trong năm, trong đó 08 chuyên đề về nuôi "
        "trồng, khai thác thủy sản bền vững.")
P_TDD = "đ) 100% trẻ em 5 tuổi được huy động ra lớp; duy trì kết quả phổ cập giáo dục trung học cơ sở."
P_TE = "e) Thư viện đặc khu và 02 tủ sách cộng đồng phục vụ ít nhất 3.000 lượt bạn đọc trong năm."
P_III1 = ("1. Tuyên truyền: phát trên Đài Truyền thanh đặc khu chuyên mục “Đảo học tập” vào tối thứ Bảy hằng tuần; phổ "
          "biến bài viết “Học tập suốt đời” của Tổng Bí thư trong các buổi sinh hoạt khu dân cư.")
P_III2 = ("2. Trung tâm học tập cộng đồng: tổ chức chuyên đề theo mùa vụ, tập trung vào thời gian tàu cá nằm bờ tránh "
          "trú bão; không tổ chức lớp đông người trong các tháng mùa cá Bắc.")
P_III3 = ("3. Kỹ năng số: phối hợp với Đồn Biên phòng Bạch Long Vĩ mở lớp kỹ năng số cho ngư dân tại âu tàu Bạch Long "
          "Vĩ theo Kế hoạch số 96/KH-BCH; hướng dẫn người dân cài đặt ứng dụng VNeID và dịch vụ công trực tuyến.")
P_III4 = ("4. Du lịch cộng đồng: bồi dưỡng kiến thức đón tiếp khách, giới thiệu lịch sử đảo và bảo vệ môi trường biển "
          "cho các hộ làm dịch vụ lưu trú.")
P_III5 = ("5. Tổ chức “Ngày hội học tập trên đảo” trong tháng 10/2026, kết hợp tôn vinh “Gia đình học tập”, “Công dân "
          "học tập” tiêu biểu.")
P_KP = ("Kinh phí thực hiện năm 2026 là 420 triệu đồng từ ngân sách đặc khu, trong đó 150 triệu đồng cho hoạt động của "
        "Trung tâm học tập cộng đồng; 90 triệu đồng mua sách, báo bổ sung cho thư viện và tủ sách cộng đồng; phần còn lại "
        "cho tuyên truyền và Ngày hội học tập. Khuyến khích huy động nguồn xã hội hóa.")
P_V1 = ("1. Phòng Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân đặc khu triển khai Kế hoạch; hướng "
        "dẫn bình xét “Gia đình học tập”, “Công dân học tập”; tổng hợp báo cáo Ủy ban nhân dân thành phố (qua Sở Giáo "
        "dục và Đào tạo) trước ngày 05/12/2026.")
P_V2 = ("2. Phòng Kinh tế: bồi dưỡng kiến thức du lịch cộng đồng, nuôi trồng thủy sản cho các hộ dân; phối hợp tổ chức "
        "chuyên đề về khai thác thủy sản bền vững.")
P_V3 = ("3. Trung tâm học tập cộng đồng đặc khu: xây dựng chương trình, lịch chuyên đề năm 2026, gửi Phòng Văn hóa - Xã "
        "hội trước ngày 28/02/2026; quản lý 02 tủ sách cộng đồng.")
P_V4 = ("4. Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ: duy trì phổ cập giáo dục; mở lớp tin học cơ bản cho phụ "
        "huynh vào buổi tối trong kỳ nghỉ hè.")
P_V5 = ("5. Công an đặc khu: hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng ứng dụng "
        "VNeID.")
P_V6 = ("6. Đề nghị Đồn Biên phòng Bạch Long Vĩ: phối hợp mở lớp cho ngư dân theo Kế hoạch số 96/KH-BCH; duy trì “Tủ "
        "sách Biên phòng - Ngư dân” tại âu tàu.")
P_V7 = ("7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu: vận động hội viên, đoàn viên tham gia học tập; giám sát "
        "việc bình xét danh hiệu học tập.")
P_SIGN = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Đoàn Văn Thịnh"
P_A0 = ("PHỤ LỤC ĐIỀU CHỈNH (Ban hành kèm theo Quyết định số 35/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân đặc khu "
        "Bạch Long Vĩ)")
P_AI = ("Thực hiện Thông báo kết luận số 27-TB/ĐU ngày 05/3/2026 của Ban Thường vụ Đảng ủy đặc khu, Kế hoạch số "
        "14/KH-UBND được điều chỉnh như sau:")
P_A1 = ("1. Điều chỉnh chỉ tiêu tại điểm c Mục II: tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản từ “ít nhất "
        "60%” thành “ít nhất 75%”.")
P_A2 = ("2. Điều chỉnh thời gian tổ chức “Ngày hội học tập trên đảo” tại khoản 5 Mục III từ tháng 10/2026 sang tháng "
        "8/2026, trùng thời gian tàu cá nằm bờ để ngư dân tham gia.")
P_A3 = ("3. Bổ sung chỉ tiêu tại Mục II: mở ít nhất 02 lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng "
        "đồng; giao Phòng Kinh tế chủ trì.")
P_A4 = "4. Bổ sung kinh phí 60 triệu đồng từ nguồn dự phòng ngân sách đặc khu cho các lớp tiếng Anh giao tiếp."
P_A5 = "Các nội dung khác của Kế hoạch số 14/KH-UBND giữ nguyên."

# ---- bundled plans ----
AL_CC = "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"
AL_TBT = "Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư"
AL_BDHVS = "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân"
HUE_CC = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"
CT_CC = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"

Q = []


def ev(*pairs):
    return [{"doc": d, "span": s} for d, s in pairs]


def add(qtype, question, evidence, answer, key_facts, history=None, docs=None):
    evd = ev(*evidence)
    if docs is None:
        docs = []
        for e in evd:
            if e["doc"] not in docs:
                docs.append(e["doc"])
    Q.append({"type": qtype, "question": question, "docs": docs, "evidence": evd, "answer": answer,
              "key_facts": key_facts, "history": history or [], "_probe": None, "_about": None})


def una(question, answer, probe, about, history=None):
    Q.append({"type": "unanswerable", "question": question, "docs": [], "evidence": [], "answer": answer,
              "key_facts": [], "history": history or [], "_probe": probe, "_about": about})


def h(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ============================ agency_tasks ============================
add("agency_tasks", "Theo Kế hoạch 96/KH-BCH, Phòng Chính trị của Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng có nhiệm vụ gì?",
    [(D, D_PCT)],
    "Phòng Chính trị là cơ quan thường trực: tham mưu cho Đảng ủy, Chỉ huy Bộ Chỉ huy triển khai Kế hoạch; chủ trì phối hợp với Hội Khuyến học thành phố xét chọn đối tượng nhận học bổng; tổng hợp kết quả, báo cáo Bộ Tư lệnh Bộ đội Biên phòng trước ngày 25/11 hằng năm (Kế hoạch 96/KH-BCH, mục Tổ chức thực hiện).",
    ["cơ quan thường trực", "xét chọn đối tượng nhận học bổng", "25/11"])
add("agency_tasks", "Phòng Tham mưu được giao làm gì trong kế hoạch phối hợp xây dựng xã hội học tập cho ngư dân của Biên phòng Hải Phòng?",
    [(D, D_PTM)],
    "Phòng Tham mưu chỉ đạo các đồn biên phòng, Hải đội Biên phòng 2 bố trí lực lượng, phương tiện bảo đảm an toàn cho lớp học trên biển; cập nhật danh sách tàu cá, thuyền trưởng tham gia học tập vào cơ sở dữ liệu quản lý tàu cá của đơn vị.",
    ["bảo đảm an toàn cho lớp học trên biển", "cơ sở dữ liệu quản lý tàu cá"])
add("agency_tasks", "Phòng Hậu cần - Kỹ thuật phải chuẩn bị những gì cho các lớp học của ngư dân?",
    [(D, D_HCKT)],
    "Theo Kế hoạch 96/KH-BCH, Phòng Hậu cần - Kỹ thuật bảo đảm tài liệu, màn hình, loa truyền thanh cho các lớp và phối hợp lắp đặt điểm truy cập Internet tại các âu thuyền, hoàn thành trong quý III/2026.",
    ["tài liệu, màn hình, loa truyền thanh", "quý III/2026"])
add("agency_tasks", "Các đồn biên phòng và Hải đội Biên phòng 2 trực tiếp làm những việc gì theo kế hoạch 96?",
    [(D, D_DON)],
    "Các đồn biên phòng và Hải đội Biên phòng 2 trực tiếp tổ chức các lớp theo số lớp được giao tại Mục II; xây dựng, quản lý “Tủ sách Biên phòng - Ngư dân”; duy trì mô hình “Tổ tàu cá học tập”; báo cáo kết quả về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 15/11 hằng năm.",
    ["Tủ sách Biên phòng - Ngư dân", "Tổ tàu cá học tập", "15/11"])
add("agency_tasks", "Bộ Chỉ huy Biên phòng Hải Phòng đề nghị Hội Khuyến học thành phố phối hợp những gì?",
    [(D, D_HKH)],
    "Đây là nội dung đề nghị (Bộ Chỉ huy không giao nhiệm vụ cho Hội): Hội Khuyến học thành phố Hải Phòng phối hợp vận động nguồn tài trợ học bổng và công nhận danh hiệu “Gia đình học tập” cho hộ ngư dân tiêu biểu theo đề nghị của các đồn biên phòng.",
    ["vận động nguồn tài trợ học bổng", "Gia đình học tập"])
add("agency_tasks", "Kế hoạch của Bộ Chỉ huy BĐBP thành phố đề nghị UBND các đặc khu và xã, phường ven biển làm gì?",
    [(D, D_DKH)],
    "Kế hoạch 96/KH-BCH đề nghị Ủy ban nhân dân các đặc khu Cát Hải, Bạch Long Vĩ và các xã, phường ven biển phối hợp bố trí địa điểm học tập, huy động ngư dân tham gia; chỉ đạo trung tâm học tập cộng đồng phối hợp với đồn biên phòng trên địa bàn.",
    ["bố trí địa điểm học tập", "trung tâm học tập cộng đồng"])
add("agency_tasks", "Ban Tài chính có trách nhiệm gì trong Kế hoạch 96/KH-BCH?",
    [(D, D_BTC), (D, D_KP3)],
    "Ban Tài chính tham mưu phân bổ, quản lý kinh phí; hướng dẫn lập dự toán, thanh quyết toán theo quy định tài chính trong Quân đội, và hướng dẫn các đơn vị thanh quyết toán trước ngày 15/12 hằng năm.",
    ["phân bổ, quản lý kinh phí", "15/12"])
add("agency_tasks", "Trong kế hoạch năm 2026 của đặc khu Bạch Long Vĩ, cơ quan nào làm thường trực và nhiệm vụ cụ thể ra sao?",
    [(P, P_V1)],
    "Phòng Văn hóa - Xã hội là cơ quan thường trực: tham mưu UBND đặc khu triển khai Kế hoạch; hướng dẫn bình xét “Gia đình học tập”, “Công dân học tập”; tổng hợp báo cáo UBND thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05/12/2026 (KH 14/KH-UBND, Mục V.1).",
    ["Phòng Văn hóa - Xã hội", "05/12/2026"])
add("agency_tasks", "Phòng Kinh tế đặc khu Bạch Long Vĩ được giao những việc gì, kể cả phần điều chỉnh sau này?",
    [(P, P_V2), (P, P_A3)],
    "Theo Mục V.2, Phòng Kinh tế bồi dưỡng kiến thức du lịch cộng đồng, nuôi trồng thủy sản cho các hộ dân và phối hợp tổ chức chuyên đề về khai thác thủy sản bền vững. Phụ lục điều chỉnh (QĐ 35/QĐ-UBND) giao thêm cho Phòng Kinh tế chủ trì mở ít nhất 02 lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng đồng.",
    ["du lịch cộng đồng", "tiếng Anh giao tiếp", "02 lớp"])
add("agency_tasks", "Trung tâm học tập cộng đồng đặc khu Bạch Long Vĩ phải làm gì?",
    [(P, P_V3)],
    "Trung tâm học tập cộng đồng đặc khu xây dựng chương trình, lịch chuyên đề năm 2026, gửi Phòng Văn hóa - Xã hội trước ngày 28/02/2026, và quản lý 02 tủ sách cộng đồng.",
    ["28/02/2026", "02 tủ sách cộng đồng"])
add("agency_tasks", "Trường Tiểu học và THCS Bạch Long Vĩ có nhiệm vụ gì trong kế hoạch xã hội học tập của đặc khu?",
    [(P, P_V4)],
    "Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ duy trì phổ cập giáo dục và mở lớp tin học cơ bản cho phụ huynh vào buổi tối trong kỳ nghỉ hè.",
    ["tin học cơ bản cho phụ huynh", "kỳ nghỉ hè"])
add("agency_tasks", "Công an đặc khu Bạch Long Vĩ được giao gì?",
    [(P, P_V5)],
    "Công an đặc khu hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng ứng dụng VNeID (KH 14/KH-UBND, Mục V.5).",
    ["mức độ 2", "VNeID"])
add("agency_tasks", "UBND đặc khu đề nghị Đồn Biên phòng Bạch Long Vĩ phối hợp những việc gì?",
    [(P, P_V6)],
    "Đây là đề nghị (Đồn Biên phòng không thuộc UBND đặc khu): phối hợp mở lớp cho ngư dân theo Kế hoạch số 96/KH-BCH và duy trì “Tủ sách Biên phòng - Ngư dân” tại âu tàu.",
    ["96/KH-BCH", "tại âu tàu"])
add("agency_tasks", "Mặt trận Tổ quốc đặc khu được đề nghị làm gì theo kế hoạch 14?",
    [(P, P_V7)],
    "Kế hoạch đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu vận động hội viên, đoàn viên tham gia học tập và giám sát việc bình xét danh hiệu học tập.",
    ["vận động hội viên, đoàn viên", "giám sát việc bình xét"])

# ============================ target ============================
add("target", "Năm 2026 Đồn Biên phòng Bạch Long Vĩ được giao mở bao nhiêu lớp phổ biến kiến thức cho ngư dân?",
    [(D, D_HEAD + " " + D_ROW["BLV"])],
    "Theo bảng giao số lớp trong Kế hoạch 96/KH-BCH, Đồn Biên phòng Bạch Long Vĩ được giao 4 lớp năm 2026 (năm 2027 ghi “Như năm 2026”, tức cũng 4 lớp; năm 2028 là 6 lớp).",
    ["4"])
add("target", "Đồn Biên phòng Cát Hải năm 2028 phải tổ chức mấy lớp?",
    [(D, D_HEAD), (D, D_ROW["CH"]), (D, D_NOTE)],
    "Ô năm 2028 của Đồn Biên phòng Cát Hải ghi “Như năm 2027”; theo Ghi chú, ô này có số lớp bằng năm 2027, tức 10 lớp (năm 2026 là 8 lớp).",
    ["Như năm 2027", "10"])
add("target", "Năm 2027 Đồn Biên phòng Đồ Sơn được giao bao nhiêu lớp?",
    [(D, D_HEAD), (D, D_ROW["DS"]), (D, D_NOTE)],
    "Năm 2027 ô của Đồn Biên phòng Đồ Sơn ghi “Như năm 2026”, nghĩa là bằng năm 2026: 6 lớp. Năm 2028 tăng lên 8 lớp.",
    ["Như năm 2026", "6"])
add("target", "Tổng số lớp cho ngư dân toàn Bộ Chỉ huy năm 2028 là bao nhiêu?",
    [(D, D_HEAD), (D, D_ROW["SUM"])],
    "Dòng “Cộng” của bảng giao lớp ghi năm 2028 là 30 lớp (2026: 23 lớp; 2027: 25 lớp).",
    ["30"])
add("target", "Kế hoạch 96/KH-BCH đặt mục tiêu bao nhiêu phần trăm thuyền trưởng, máy trưởng được bồi dưỡng kỹ năng dùng thiết bị giám sát hành trình?",
    [(D, D_T2)],
    "Đến năm 2028, ít nhất 90% thuyền trưởng, máy trưởng tàu cá được bồi dưỡng kỹ năng sử dụng thiết bị giám sát hành trình và ứng dụng nhật ký khai thác điện tử.",
    ["90%", "2028"])
add("target", "Biên phòng Hải Phòng sẽ xây mới bao nhiêu tủ sách cho ngư dân?",
    [(D, D_T3)],
    "Kế hoạch đặt chỉ tiêu xây dựng mới 12 “Tủ sách Biên phòng - Ngư dân” tại các đồn, trạm và âu thuyền neo đậu tàu cá.",
    ["12"])
add("target", "Mỗi năm có bao nhiêu suất học bổng Nâng bước em tới trường và mỗi suất bao nhiêu tiền?",
    [(D, D_T4)],
    "Kế hoạch duy trì 60 suất học bổng “Nâng bước em tới trường” mỗi năm cho con em ngư dân có hoàn cảnh khó khăn, mức 2.000.000 đồng/suất.",
    ["60 suất", "2.000.000 đồng"])
add("target", "Chỉ tiêu kỹ năng số cho người dân từ 15 tuổi trở lên ở đặc khu Bạch Long Vĩ năm 2026 hiện là bao nhiêu?",
    [(P, P_A1), (P, P_TC), (P, P_A0)],
    "Hiện là ít nhất 75%. Điểm c Mục II của Kế hoạch 14/KH-UBND ban đầu ghi “ít nhất 60%”, nhưng Phụ lục điều chỉnh ban hành kèm Quyết định số 35/QĐ-UBND ngày 16/3/2026 đã điều chỉnh thành “ít nhất 75%”.",
    ["75%", "35/QĐ-UBND"])
add("target", "Bạch Long Vĩ đặt chỉ tiêu bao nhiêu phần trăm hộ đạt Gia đình học tập năm 2026?",
    [(P, P_TB)],
    "Ít nhất 70% hộ gia đình đạt danh hiệu “Gia đình học tập” (KH 14/KH-UBND, Mục II điểm b).",
    ["70%"])
add("target", "Trung tâm học tập cộng đồng đặc khu phải tổ chức bao nhiêu chuyên đề năm 2026, bao nhiêu về thủy sản?",
    [(P, P_TD)],
    "Ít nhất 24 chuyên đề trong năm, trong đó 08 chuyên đề về nuôi trồng, khai thác thủy sản bền vững.",
    ["24 chuyên đề", "08 chuyên đề"])
add("target", "Thư viện và tủ sách cộng đồng của đặc khu phải phục vụ bao nhiêu lượt bạn đọc?",
    [(P, P_TE)],
    "Thư viện đặc khu và 02 tủ sách cộng đồng phục vụ ít nhất 3.000 lượt bạn đọc trong năm 2026.",
    ["3.000 lượt"])
add("target", "Kế hoạch 14 của đặc khu có chỉ tiêu nào về lớp tiếng Anh không?",
    [(P, P_A3)],
    "Có, nhưng chỉ trong Phụ lục điều chỉnh: bổ sung chỉ tiêu tại Mục II mở ít nhất 02 lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng đồng, giao Phòng Kinh tế chủ trì. Bản Mục II gốc không có chỉ tiêu này.",
    ["02 lớp tiếng Anh giao tiếp", "Phòng Kinh tế"])

# ============================ deadline ============================
add("deadline", "Học bổng Nâng bước em tới trường phải trao trước ngày nào?",
    [(D, D_MV3)],
    "Trước ngày 15 tháng Chạp âm lịch hằng năm (tức ngày 15 tháng 12 âm lịch, không phải dương lịch), để các em có điều kiện đón Tết.",
    ["15 tháng Chạp", "âm lịch"])
add("deadline", "Ngày hội học tập của ngư dân do Biên phòng tổ chức phải xong trước thời điểm nào?",
    [(D, D_MV2)],
    "Tổ chức vào dịp ra quân đánh bắt đầu năm và hoàn thành trước ngày rằm tháng Giêng âm lịch (15 tháng Giêng âm lịch).",
    ["rằm tháng Giêng", "âm lịch"])
add("deadline", "Các lớp phổ biến kiến thức cho ngư dân tổ chức vào những tháng nào trong năm?",
    [(D, D_MV1)],
    "Trong thời gian tàu cá nằm bờ tránh trú bão, từ tháng 7 đến tháng 9 hằng năm; không tổ chức lớp tập trung trong vụ cá Bắc (từ tháng 12 đến tháng 4 năm sau).",
    ["từ tháng 7 đến tháng 9", "vụ cá Bắc"])
add("deadline", "Khi nào sơ kết và tổng kết Kế hoạch 96/KH-BCH?",
    [(D, D_SK)],
    "Sơ kết 02 năm thực hiện trong quý IV/2027; tổng kết vào tháng 11/2028.",
    ["quý IV/2027", "tháng 11/2028"])
add("deadline", "Các đồn biên phòng gửi báo cáo kết quả về Bộ Chỉ huy trước ngày nào, và Bộ Chỉ huy báo cáo Bộ Tư lệnh khi nào?",
    [(D, D_DON), (D, D_PCT)],
    "Các đồn biên phòng và Hải đội Biên phòng 2 báo cáo về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 15/11 hằng năm; Phòng Chính trị tổng hợp, báo cáo Bộ Tư lệnh Bộ đội Biên phòng trước ngày 25/11 hằng năm.",
    ["15/11", "25/11"])
add("deadline", "Ngày hội học tập trên đảo của Bạch Long Vĩ tổ chức vào tháng mấy?",
    [(P, P_A2), (P, P_III5)],
    "Tháng 8/2026. Khoản 5 Mục III của Kế hoạch 14/KH-UBND ghi tháng 10/2026, nhưng Phụ lục điều chỉnh (QĐ 35/QĐ-UBND ngày 16/3/2026) đã chuyển sang tháng 8/2026, trùng thời gian tàu cá nằm bờ để ngư dân tham gia.",
    ["tháng 8/2026"])
add("deadline", "Hạn Phòng Văn hóa - Xã hội đặc khu tổng hợp báo cáo thành phố là ngày nào?",
    [(P, P_V1)],
    "Trước ngày 05/12/2026, báo cáo Ủy ban nhân dân thành phố qua Sở Giáo dục và Đào tạo.",
    ["05/12/2026", "Sở Giáo dục và Đào tạo"])
add("deadline", "Trung tâm học tập cộng đồng đặc khu phải nộp lịch chuyên đề năm 2026 trước ngày nào?",
    [(P, P_V3)],
    "Trước ngày 28/02/2026, gửi Phòng Văn hóa - Xã hội.",
    ["28/02/2026"])
add("deadline", "Điểm Internet miễn phí ở âu thuyền phải lắp xong khi nào?",
    [(D, D_HCKT), (D, D_CDS2)],
    "Phòng Hậu cần - Kỹ thuật phối hợp lắp đặt điểm truy cập Internet tại các âu thuyền (Ngọc Hải, Bến Cá Cát Bà, âu tàu Bạch Long Vĩ), hoàn thành trong quý III/2026.",
    ["quý III/2026"])

# ============================ funding ============================
add("funding", "Tổng kinh phí Kế hoạch 96/KH-BCH giai đoạn 2026 - 2028 là bao nhiêu và từ những nguồn nào?",
    [(D, D_KP1)],
    "Dự kiến 1.650 triệu đồng: ngân sách bảo đảm do Bộ Tư lệnh Bộ đội Biên phòng phân bổ 1.050 triệu đồng (350 triệu đồng/năm) và nguồn xã hội hóa 600 triệu đồng.",
    ["1.650 triệu đồng", "1.050 triệu đồng", "600 triệu đồng"])
add("funding", "Tiền học bổng cho con em ngư dân lấy từ ngân sách của Biên phòng phải không?",
    [(D, D_KP2)],
    "Không. Kinh phí học bổng “Nâng bước em tới trường” do Hội Khuyến học thành phố và các nhà tài trợ bảo đảm, không sử dụng ngân sách bảo đảm của đơn vị.",
    ["Hội Khuyến học thành phố", "các nhà tài trợ"])
add("funding", "Kinh phí năm 2026 của kế hoạch xã hội học tập đặc khu Bạch Long Vĩ là bao nhiêu, phân bổ thế nào?",
    [(P, P_KP), (P, P_A4)],
    "Mục IV ghi 420 triệu đồng từ ngân sách đặc khu, trong đó 150 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng, 90 triệu đồng mua sách, báo cho thư viện và tủ sách cộng đồng, phần còn lại cho tuyên truyền và Ngày hội học tập. Phụ lục điều chỉnh bổ sung thêm 60 triệu đồng từ nguồn dự phòng ngân sách đặc khu cho các lớp tiếng Anh giao tiếp.",
    ["420 triệu đồng", "150 triệu đồng", "90 triệu đồng", "60 triệu đồng"])
add("funding", "Bao nhiêu tiền được dành để mua sách báo cho thư viện đặc khu?",
    [(P, P_KP)],
    "90 triệu đồng (mua sách, báo bổ sung cho thư viện và tủ sách cộng đồng), trong tổng 420 triệu đồng năm 2026.",
    ["90 triệu đồng"])
add("funding", "Lớp tiếng Anh giao tiếp cho hộ làm du lịch ở Bạch Long Vĩ được cấp kinh phí từ đâu?",
    [(P, P_A4)],
    "Phụ lục điều chỉnh bổ sung 60 triệu đồng từ nguồn dự phòng ngân sách đặc khu cho các lớp tiếng Anh giao tiếp.",
    ["60 triệu đồng", "dự phòng ngân sách đặc khu"])
add("funding", "Mỗi năm Bộ Tư lệnh BĐBP phân bổ bao nhiêu cho kế hoạch học tập của ngư dân Hải Phòng?",
    [(D, D_KP1)],
    "350 triệu đồng/năm (tổng 1.050 triệu đồng ngân sách bảo đảm cho giai đoạn 2026 - 2028).",
    ["350 triệu đồng/năm"])

# ============================ legal_basis ============================
add("legal_basis", "Kế hoạch 96/KH-BCH của Biên phòng Hải Phòng căn cứ vào những văn bản nào?",
    [(D, D_CC1), (D, D_CC2), (D, D_CC3), (D, D_CC4)],
    "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng; Hướng dẫn số 210/HD-BTL ngày 25/12/2025 của Bộ Tư lệnh Bộ đội Biên phòng; và thực hiện Chương trình phối hợp số 05/CTPH-BCH-HKH ngày 12/11/2025 với Hội Khuyến học thành phố.",
    ["1373/QĐ-TTg", "108/KH-UBND", "210/HD-BTL", "05/CTPH-BCH-HKH"])
add("legal_basis", "Kế hoạch xã hội học tập năm 2026 của đặc khu Bạch Long Vĩ thực hiện những văn bản nào?",
    [(P, P_CC1), (P, P_CC2), (P, P_CC3)],
    "Thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng; Kế hoạch số 96/KH-BCH ngày 20/01/2026 của Bộ Chỉ huy Bộ đội Biên phòng thành phố; và Nghị quyết số 05-NQ/ĐU ngày 08/01/2026 của Đảng ủy đặc khu về nhiệm vụ năm 2026.",
    ["108/KH-UBND", "96/KH-BCH", "05-NQ/ĐU"])
add("legal_basis", "Văn bản nào làm căn cứ để điều chỉnh Kế hoạch 14/KH-UBND?",
    [(P, P_A0), (P, P_AI)],
    "Phụ lục điều chỉnh ban hành kèm Quyết định số 35/QĐ-UBND ngày 16/3/2026 của UBND đặc khu Bạch Long Vĩ, thực hiện Thông báo kết luận số 27-TB/ĐU ngày 05/3/2026 của Ban Thường vụ Đảng ủy đặc khu.",
    ["35/QĐ-UBND", "27-TB/ĐU"])
add("legal_basis", "Biên phòng Hải Phòng phối hợp với Hội Khuyến học theo chương trình phối hợp số mấy, ký ngày nào?",
    [(D, D_CC4)],
    "Chương trình phối hợp số 05/CTPH-BCH-HKH ngày 12/11/2025 giữa Bộ Chỉ huy Bộ đội Biên phòng thành phố và Hội Khuyến học thành phố Hải Phòng.",
    ["05/CTPH-BCH-HKH", "12/11/2025"])
add("legal_basis", "Hướng dẫn nào của Bộ Tư lệnh Bộ đội Biên phòng được dẫn trong kế hoạch 96?",
    [(D, D_CC3)],
    "Hướng dẫn số 210/HD-BTL ngày 25/12/2025 của Bộ Tư lệnh Bộ đội Biên phòng về tham gia xây dựng xã hội học tập ở khu vực biên giới.",
    ["210/HD-BTL", "25/12/2025"])

# ============================ purpose ============================
add("purpose", "Mục đích của Kế hoạch 96/KH-BCH là gì?",
    [(D, D_MD1), (D, D_MD2)],
    "Phát huy vai trò nòng cốt của Bộ đội Biên phòng trong xây dựng xã hội học tập ở khu vực biên giới biển, nâng cao dân trí, ý thức chấp hành pháp luật của ngư dân, xây dựng “thế trận lòng dân” vững chắc trên biển; giúp ngư dân, chủ tàu cá, thuyền trưởng nắm vững quy định chống khai thác IUU, kỹ năng an toàn trên biển và kỹ năng số cơ bản.",
    ["thế trận lòng dân", "IUU"])
add("purpose", "Kế hoạch của Biên phòng đặt ra yêu cầu gì về thời gian tổ chức học tập cho ngư dân?",
    [(D, D_YC1), (D, D_YC2)],
    "Các hoạt động học tập phải phù hợp với lịch sản xuất của ngư dân, không tổ chức lớp tập trung trong thời gian cao điểm đánh bắt; đồng thời gắn với nhiệm vụ bảo vệ chủ quyền, an ninh biên giới biển và bảo đảm an toàn tuyệt đối cho người và phương tiện.",
    ["lịch sản xuất của ngư dân", "cao điểm đánh bắt"])
add("purpose", "Đặc khu Bạch Long Vĩ xây dựng kế hoạch này nhằm mục đích gì?",
    [(P, P_MD1), (P, P_MD2)],
    "Tạo điều kiện để mọi người dân trên đảo, kể cả thanh niên xung phong, ngư dân và gia đình lực lượng vũ trang đóng quân, được học tập thường xuyên, suốt đời; xây dựng Bạch Long Vĩ thành đặc khu có phong trào học tập gắn với phát triển kinh tế biển và du lịch cộng đồng, bố trí hoạt động phù hợp với lịch ra khơi và điều kiện tàu chở khách ra đảo.",
    ["thanh niên xung phong", "kinh tế biển", "tàu chở khách"])
add("purpose", "Vì sao Ngày hội học tập trên đảo được dời lịch?",
    [(P, P_A2)],
    "Phụ lục điều chỉnh chuyển Ngày hội từ tháng 10/2026 sang tháng 8/2026 để trùng thời gian tàu cá nằm bờ, giúp ngư dân tham gia.",
    ["tàu cá nằm bờ", "tháng 8/2026"])

# ============================ task_section ============================
add("task_section", "Phần nhiệm vụ chuyển đổi số trong học tập của ngư dân trong kế hoạch Biên phòng gồm những gì?",
    [(D, D_CDS1), (D, D_CDS2)],
    "Hướng dẫn thuyền trưởng cài đặt, sử dụng ứng dụng nhật ký khai thác điện tử (eCDT) và tra cứu thời tiết biển trên điện thoại thông minh; phối hợp với doanh nghiệp viễn thông lắp điểm truy cập Internet miễn phí tại 03 âu thuyền: Ngọc Hải, Bến Cá Cát Bà và âu tàu Bạch Long Vĩ.",
    ["eCDT", "Ngọc Hải", "Bến Cá Cát Bà"])
add("task_section", "Biên phòng tuyên truyền về học tập suốt đời cho ngư dân bằng những kênh nào?",
    [(D, D_TT1), (D, D_TT2)],
    "Tuyên truyền bài viết “Học tập suốt đời” của Tổng Bí thư qua hệ thống loa truyền thanh tại các âu thuyền, cảng cá và nhóm Zalo “Ngư dân với Biên phòng”; lồng ghép vào sinh hoạt “Ngày Biên phòng toàn dân” (03/3 hằng năm).",
    ["loa truyền thanh", "Ngư dân với Biên phòng", "Ngày Biên phòng toàn dân"])
add("task_section", "Đặc khu Bạch Long Vĩ tuyên truyền qua đài truyền thanh như thế nào?",
    [(P, P_III1)],
    "Đài Truyền thanh đặc khu phát chuyên mục “Đảo học tập” vào tối thứ Bảy hằng tuần; bài viết “Học tập suốt đời” của Tổng Bí thư được phổ biến trong các buổi sinh hoạt khu dân cư.",
    ["Đảo học tập", "tối thứ Bảy"])
add("task_section", "Nhiệm vụ về kỹ năng số trong kế hoạch của đặc khu Bạch Long Vĩ là gì?",
    [(P, P_III3)],
    "Phối hợp với Đồn Biên phòng Bạch Long Vĩ mở lớp kỹ năng số cho ngư dân tại âu tàu Bạch Long Vĩ theo Kế hoạch 96/KH-BCH; hướng dẫn người dân cài đặt ứng dụng VNeID và dịch vụ công trực tuyến.",
    ["âu tàu Bạch Long Vĩ", "VNeID"])
add("task_section", "Về du lịch cộng đồng, đặc khu bồi dưỡng cho các hộ dân những kiến thức gì?",
    [(P, P_III4)],
    "Bồi dưỡng kiến thức đón tiếp khách, giới thiệu lịch sử đảo và bảo vệ môi trường biển cho các hộ làm dịch vụ lưu trú.",
    ["đón tiếp khách", "lịch sử đảo", "môi trường biển"])
add("task_section", "Hải đội Biên phòng 2 tổ chức lớp học cho ngư dân ở đâu?",
    [(D, D_NOTE)],
    "Theo Ghi chú của bảng giao lớp, Hải đội Biên phòng 2 tổ chức lớp ngay trên tàu cá tại ngư trường.",
    ["ngay trên tàu cá tại ngư trường"])

# ============================ cross_plan ============================
add("cross_plan", "Kế hoạch của Biên phòng Hải Phòng, của đặc khu Bạch Long Vĩ và của huyện An Lão cùng căn cứ văn bản nào của thành phố Hải Phòng?",
    [(D, D_CC2), (P, P_CC1), (AL, AL_CC)],
    "Cả ba cùng căn cứ/thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về phong trào “Học tập suốt đời” (KH 96/KH-BCH, KH 14/KH-UBND đặc khu Bạch Long Vĩ và kế hoạch của UBND huyện An Lão).",
    ["108", "06/5/2025"])
add("cross_plan", "Kế hoạch đặc khu Bạch Long Vĩ dẫn kế hoạch của Biên phòng thế nào, và Biên phòng giao Đồn Bạch Long Vĩ bao nhiêu lớp năm 2026?",
    [(P, P_III3), (D, D_HEAD + " " + D_ROW["BLV"])],
    "KH 14/KH-UBND giao phối hợp với Đồn Biên phòng Bạch Long Vĩ mở lớp kỹ năng số cho ngư dân tại âu tàu Bạch Long Vĩ theo Kế hoạch số 96/KH-BCH; bảng của KH 96/KH-BCH giao Đồn Biên phòng Bạch Long Vĩ 4 lớp năm 2026.",
    ["96/KH-BCH", "4"])
add("cross_plan", "Ai ký hai kế hoạch: của Bộ Chỉ huy BĐBP Hải Phòng và của UBND đặc khu Bạch Long Vĩ?",
    [(D, D_SIGN), (P, P_SIGN)],
    "KH 96/KH-BCH do Chỉ huy trưởng, Đại tá Nguyễn Quang Tùng ký; KH 14/KH-UBND do Phó Chủ tịch Đoàn Văn Thịnh ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch).",
    ["Nguyễn Quang Tùng", "Đoàn Văn Thịnh"])
add("cross_plan", "Cả hai kế hoạch mới đều tránh tổ chức lớp học vào mùa nào?",
    [(D, D_MV1), (P, P_III2)],
    "Cả hai tránh mùa cá Bắc: KH 96/KH-BCH không tổ chức lớp tập trung trong vụ cá Bắc (tháng 12 đến tháng 4 năm sau), tổ chức lớp khi tàu cá nằm bờ tránh trú bão (tháng 7-9); KH 14/KH-UBND tập trung chuyên đề vào thời gian tàu cá nằm bờ và không tổ chức lớp đông người trong các tháng mùa cá Bắc.",
    ["cá Bắc", "nằm bờ"])
add("cross_plan", "Bài viết Học tập suốt đời của Tổng Bí thư được tuyên truyền trong những kế hoạch nào ở Hải Phòng?",
    [(D, D_TT1), (P, P_III1), (AL, AL_TBT)],
    "Cả ba: KH 96/KH-BCH tuyên truyền đến cán bộ, chiến sĩ và ngư dân qua loa truyền thanh ở âu thuyền, cảng cá và nhóm Zalo; KH 14/KH-UBND của đặc khu Bạch Long Vĩ phổ biến trong sinh hoạt khu dân cư; kế hoạch của huyện An Lão yêu cầu tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư.",
    ["Tổng Bí thư", "loa truyền thanh", "khu dân cư"])
add("cross_plan", "Quyết định 1373/QĐ-TTg được dẫn trong kế hoạch Biên phòng Hải Phòng; kế hoạch của Huế và Cần Thơ có dẫn không?",
    [(D, D_CC1), (HUE, HUE_CC), (CT, CT_CC)],
    "Có. KH 96/KH-BCH căn cứ Quyết định 1373/QĐ-TTg ngày 30/7/2021; kế hoạch năm 2026 của thành phố Huế “thực hiện” và kế hoạch năm 2024 của Ban Chỉ đạo thành phố Cần Thơ “căn cứ” cùng Quyết định 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ.",
    ["1373/QĐ-TTg", "30 tháng 7 năm 2021"])
add("cross_plan", "Về kỹ năng số, huyện An Lão và đặc khu Bạch Long Vĩ mỗi nơi đặt ra nhiệm vụ gì?",
    [(AL, AL_BDHVS), (P, P_A1)],
    "Huyện An Lão phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân (không nêu tỷ lệ); đặc khu Bạch Long Vĩ đặt chỉ tiêu có tỷ lệ, sau điều chỉnh là ít nhất 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.",
    ["Bình dân học vụ số", "75%"])
add("cross_plan", "Hội Khuyến học được giao vai trò gì trong kế hoạch của Biên phòng và trong kế hoạch đặc khu?",
    [(D, D_HKH), (P, P_V7)],
    "KH 96/KH-BCH đề nghị Hội Khuyến học thành phố Hải Phòng vận động nguồn tài trợ học bổng và công nhận “Gia đình học tập” cho hộ ngư dân tiêu biểu. KH 14/KH-UBND của đặc khu không giao riêng cho Hội Khuyến học; ở đó Mặt trận Tổ quốc đặc khu được đề nghị vận động hội viên, đoàn viên và giám sát việc bình xét danh hiệu học tập.",
    ["vận động nguồn tài trợ học bổng", "Mặt trận Tổ quốc"])

# ============================ no_diacritics ============================
add("no_diacritics", "bien phong hai phong giao don ca hai bao nhieu lop nam 2026",
    [(D, D_HEAD), (D, D_ROW["CH"])],
    "Đồn Biên phòng Cát Hải được giao 8 lớp năm 2026 (10 lớp năm 2027, năm 2028 “Như năm 2027” tức 10 lớp).",
    ["8"])
add("no_diacritics", "hoc bong nang buoc em toi truong trao truoc ngay nao",
    [(D, D_MV3)],
    "Trước ngày 15 tháng Chạp âm lịch hằng năm, để các em có điều kiện đón Tết.",
    ["15 tháng Chạp"])
add("no_diacritics", "dac khu bach long vi kinh phi 2026 bao nhieu",
    [(P, P_KP), (P, P_A4)],
    "420 triệu đồng từ ngân sách đặc khu (150 triệu cho Trung tâm học tập cộng đồng, 90 triệu mua sách báo, còn lại cho tuyên truyền và Ngày hội), cộng 60 triệu đồng bổ sung theo Phụ lục điều chỉnh cho lớp tiếng Anh giao tiếp.",
    ["420 triệu", "60 triệu"])
add("no_diacritics", "ngay hoi hoc tap tren dao bach long vi thang may",
    [(P, P_A2)],
    "Tháng 8/2026 (Phụ lục điều chỉnh dời từ tháng 10/2026 sang tháng 8/2026, trùng thời gian tàu cá nằm bờ).",
    ["tháng 8/2026"])
add("no_diacritics", "hai doi bien phong 2 nam 2028 may lop",
    [(D, D_HEAD), (D, D_ROW["HD"]), (D, D_NOTE)],
    "Ô năm 2028 của Hải đội Biên phòng 2 ghi “Như năm 2026”, tức 2 lớp; các lớp của Hải đội tổ chức ngay trên tàu cá tại ngư trường.",
    ["Như năm 2026"])
add("no_diacritics", "cong an dac khu lam gi trong ke hoach hoc tap",
    [(P, P_V5)],
    "Công an đặc khu hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng ứng dụng VNeID.",
    ["định danh điện tử mức độ 2"])
add("no_diacritics", "diem truy cap internet mien phi dat o nhung au thuyen nao",
    [(D, D_CDS2)],
    "Tại 03 âu thuyền: Ngọc Hải, Bến Cá Cát Bà và âu tàu Bạch Long Vĩ.",
    ["Ngọc Hải", "Bến Cá Cát Bà", "âu tàu Bạch Long Vĩ"])
add("no_diacritics", "ti le ho dat gia dinh hoc tap o bach long vi",
    [(P, P_TB)],
    "Ít nhất 70% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2026.",
    ["70%"])

# ============================ abbreviation ============================
add("abbreviation", "KH 96/KH-BCH của BCH BĐBP TP HP giao P.CT làm gì?",
    [(D, D_PCT)],
    "Phòng Chính trị (P.CT) là cơ quan thường trực: tham mưu Đảng ủy, Chỉ huy Bộ Chỉ huy triển khai kế hoạch; chủ trì cùng Hội Khuyến học thành phố xét chọn đối tượng nhận học bổng; báo cáo Bộ Tư lệnh BĐBP trước ngày 25/11 hằng năm.",
    ["cơ quan thường trực", "25/11"])
add("abbreviation", "ĐBP BLV được giao mấy lớp năm 2028?",
    [(D, D_HEAD + " " + D_ROW["BLV"])],
    "Đồn Biên phòng Bạch Long Vĩ được giao 6 lớp năm 2028 (4 lớp năm 2026, năm 2027 “Như năm 2026”).",
    ["6"])
add("abbreviation", "TTHTCĐ đặc khu BLV tổ chức bao nhiêu chuyên đề/năm?",
    [(P, P_TD)],
    "Trung tâm học tập cộng đồng đặc khu Bạch Long Vĩ tổ chức ít nhất 24 chuyên đề trong năm 2026, trong đó 08 chuyên đề về thủy sản bền vững.",
    ["24 chuyên đề"])
add("abbreviation", "P.VHXH đặc khu nộp BC cho UBND TP trước ngày nào?",
    [(P, P_V1)],
    "Phòng Văn hóa - Xã hội tổng hợp báo cáo UBND thành phố (qua Sở GD&ĐT) trước ngày 05/12/2026.",
    ["05/12/2026"])
add("abbreviation", "Chỉ tiêu KNS cho người dân ≥15t ở ĐK BLV sau QĐ 35 là bn %?",
    [(P, P_A1)],
    "Ít nhất 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (Phụ lục điều chỉnh kèm QĐ 35/QĐ-UBND nâng từ 60%).",
    ["75%"])
add("abbreviation", "KP giai đoạn 2026-2028 của KH BĐBP, NSBĐ bao nhiêu, XHH bao nhiêu?",
    [(D, D_KP1)],
    "Tổng 1.650 triệu đồng: ngân sách bảo đảm 1.050 triệu đồng (350 triệu/năm, Bộ Tư lệnh BĐBP phân bổ), xã hội hóa 600 triệu đồng.",
    ["1.050 triệu", "600 triệu"])
add("abbreviation", "Ứng dụng eCDT và GSHT trong KH 96 dùng để làm gì, ai được bồi dưỡng?",
    [(D, D_T2), (D, D_CDS1)],
    "eCDT là ứng dụng nhật ký khai thác điện tử; thuyền trưởng được hướng dẫn cài đặt, sử dụng và tra cứu thời tiết biển trên điện thoại. Chỉ tiêu: đến năm 2028 ít nhất 90% thuyền trưởng, máy trưởng được bồi dưỡng kỹ năng dùng thiết bị giám sát hành trình (GSHT) và ứng dụng nhật ký khai thác điện tử.",
    ["nhật ký khai thác điện tử", "90%"])

# ============================ paraphrase ============================
add("paraphrase", "Con một ngư dân nghèo ở Cát Hải muốn xin hỗ trợ đi học của bộ đội biên phòng thì được bao nhiêu tiền?",
    [(D, D_T4)],
    "Kế hoạch 96/KH-BCH duy trì 60 suất học bổng “Nâng bước em tới trường” mỗi năm cho con em ngư dân có hoàn cảnh khó khăn, mức 2.000.000 đồng/suất; Phòng Chính trị cùng Hội Khuyến học thành phố xét chọn.",
    ["2.000.000 đồng"])
add("paraphrase", "Người dân trên đảo muốn học làm VNeID thì ai hướng dẫn?",
    [(P, P_V5), (P, P_III3)],
    "Công an đặc khu hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng ứng dụng VNeID; phần kỹ năng số của kế hoạch cũng hướng dẫn người dân cài đặt VNeID và dịch vụ công trực tuyến.",
    ["Công an đặc khu", "VNeID"])
add("paraphrase", "Bố mẹ học sinh ở đảo muốn học máy tính buổi tối thì có lớp nào không?",
    [(P, P_V4)],
    "Có: Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ mở lớp tin học cơ bản cho phụ huynh vào buổi tối trong kỳ nghỉ hè.",
    ["tin học cơ bản", "kỳ nghỉ hè"])
add("paraphrase", "Chủ homestay trên đảo được học gì theo kế hoạch của đặc khu?",
    [(P, P_III4), (P, P_A3)],
    "Các hộ làm dịch vụ lưu trú được bồi dưỡng kiến thức đón tiếp khách, giới thiệu lịch sử đảo và bảo vệ môi trường biển; Phụ lục điều chỉnh bổ sung ít nhất 02 lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng đồng.",
    ["đón tiếp khách", "tiếng Anh giao tiếp"])
add("paraphrase", "Tàu đánh cá đang ở ngoài khơi dài ngày thì ngư dân có được học không?",
    [(D, D_NOTE), (D, D_PTM)],
    "Có: Hải đội Biên phòng 2 tổ chức lớp ngay trên tàu cá tại ngư trường; Phòng Tham mưu chỉ đạo bố trí lực lượng, phương tiện bảo đảm an toàn cho lớp học trên biển.",
    ["ngay trên tàu cá tại ngư trường", "an toàn cho lớp học trên biển"])

# ============================ english ============================
add("english", "What is the overall budget of the Hai Phong Border Guard plan 96/KH-BCH for 2026-2028, and how is it split?",
    [(D, D_KP1)],
    "An estimated 1.650 triệu đồng (VND 1,650 million): 1.050 triệu đồng from the Border Guard Command's allocated budget (350 triệu đồng per year) and 600 triệu đồng from social contributions (xã hội hóa).",
    ["650", "050", "600"])
add("english", "Which office is the standing body of the Border Guard plan and when does it report to the Border Guard High Command?",
    [(D, D_PCT)],
    "The Political Department (Phòng Chính trị) is the standing body; it compiles results and reports to the Border Guard High Command (Bộ Tư lệnh Bộ đội Biên phòng) before 25/11 (25 November) each year.",
    ["Phòng Chính trị", "25"])
add("english", "How many classes for fishermen must the Bach Long Vi border post hold in 2027?",
    [(D, D_HEAD + " " + D_ROW["BLV"]), (D, D_NOTE)],
    "Its 2027 cell reads “Như năm 2026” (same as 2026), and the note says such a cell equals that year's figure, so 4 classes in 2027 (6 in 2028).",
    ["Như năm 2026", "4"])
add("english", "When are the 'Nâng bước em tới trường' scholarships handed out?",
    [(D, D_MV3)],
    "Before the 15th day of the 12th lunar month (15 tháng Chạp âm lịch) each year, so the children can celebrate Tết.",
    ["15", "Chạp"])
add("english", "During which months are the fishermen's legal-awareness classes held?",
    [(D, D_MV1)],
    "From July to September each year (tháng 7 đến tháng 9), while fishing boats stay ashore to shelter from storms; no group classes in the northern fishing season (December to April).",
    ["7", "9"])
add("english", "What percentage of skippers and chief engineers should be trained on vessel monitoring devices by 2028?",
    [(D, D_T2)],
    "At least 90% of captains and chief engineers (thuyền trưởng, máy trưởng) should be trained in using vessel monitoring devices and the electronic catch logbook app by 2028.",
    ["90%", "2028"])
add("english", "How many new 'Border Guard - Fishermen' bookshelves will be built?",
    [(D, D_T3)],
    "12 new “Tủ sách Biên phòng - Ngư dân” bookshelves at border posts, stations and boat shelters.",
    ["12"])
add("english", "At which boat harbours will free Internet access points be installed?",
    [(D, D_CDS2)],
    "At three boat harbours: Ngọc Hải, Bến Cá Cát Bà and the Bạch Long Vĩ boat shelter (âu tàu Bạch Long Vĩ).",
    ["Ngọc Hải", "Cát Bà"])
add("english", "Who signed the Border Guard Command's plan?",
    [(D, D_SIGN)],
    "It was signed by the Commander (Chỉ huy trưởng), Colonel (Đại tá) Nguyễn Quang Tùng.",
    ["Nguyễn Quang Tùng"])
add("english", "What is the current digital-skills target for residents aged 15+ in Bach Long Vi special zone?",
    [(P, P_A1), (P, P_TC), (P, P_A0)],
    "At least 75%. The plan's section II(c) originally said at least 60%, but the amendment annex issued with Decision 35/QĐ-UBND of 16/3/2026 raised it to 75%.",
    ["75%", "35"])
add("english", "In which month will the island learning festival take place in Bach Long Vi?",
    [(P, P_A2)],
    "August 2026 (tháng 8/2026): the amendment annex moved it from October 2026 so that it coincides with the period when fishing boats stay ashore.",
    ["8/2026"])
add("english", "What is Bach Long Vi's 2026 budget for its learning-society plan?",
    [(P, P_KP), (P, P_A4)],
    "420 triệu đồng (VND 420 million) from the special zone budget, of which 150 million for the community learning centre and 90 million for books and newspapers; the amendment adds 60 million from the zone's reserve for English classes.",
    ["420", "150", "60"])
add("english", "Which body is in charge of the learning-society plan in Bach Long Vi and what is its reporting deadline?",
    [(P, P_V1)],
    "The Culture and Society Division (Phòng Văn hóa - Xã hội) is the standing body; it reports to the city People's Committee via the Department of Education and Training before 05/12/2026.",
    ["Phòng Văn hóa - Xã hội", "05/12/2026"])
add("english", "What does the Bach Long Vi plan ask the local border post to do?",
    [(P, P_V6)],
    "It requests (Đề nghị) the Bạch Long Vĩ Border Guard Post to co-organise classes for fishermen under Plan 96/KH-BCH and to maintain the “Tủ sách Biên phòng - Ngư dân” bookshelf at the boat shelter.",
    ["96/KH-BCH", "Tủ sách Biên phòng - Ngư dân"])
add("english", "What share of households should earn the 'Learning Family' title in Bach Long Vi this year?",
    [(P, P_TB)],
    "At least 70% of households should reach the “Gia đình học tập” (Learning Family) title in 2026.",
    ["70%"])
add("english", "How many thematic sessions will the community learning centre in Bach Long Vi run in 2026?",
    [(P, P_TD)],
    "At least 24 sessions in the year, 08 of them on sustainable aquaculture and fishing.",
    ["24", "08"])
add("english", "Which national decision and which city plan do the Border Guard plan and the special zone plan rely on?",
    [(D, D_CC1), (D, D_CC2), (P, P_CC1)],
    "The Border Guard plan cites Prime Minister's Decision 1373/QĐ-TTg of 30/7/2021 and the city's Plan 108/KH-UBND of 06/5/2025; the Bạch Long Vĩ plan also implements Plan 108/KH-UBND.",
    ["1373", "108"])
add("english", "Who signed the Bach Long Vi special zone plan?",
    [(P, P_SIGN)],
    "Vice Chairman Đoàn Văn Thịnh, signing on behalf of the Chairman for the People's Committee (TM. Ủy ban nhân dân, KT. Chủ tịch).",
    ["Đoàn Văn Thịnh"])
add("english", "How many children of fishing families get the scholarship each year, and how much is each worth?",
    [(D, D_T4)],
    "60 scholarships per year at 2.000.000 đồng each (VND 2 million).",
    ["60", "000"])

# ============================ follow_up ============================
add("follow_up", "Còn năm 2028 thì sao?",
    [(D, D_HEAD), (D, D_ROW["DS"])],
    "Năm 2028 Đồn Biên phòng Đồ Sơn được giao 8 lớp.",
    ["8"],
    h("Đồn Biên phòng Đồ Sơn năm 2026 được giao mấy lớp cho ngư dân?",
      "Theo bảng giao lớp của Kế hoạch 96/KH-BCH, Đồn Biên phòng Đồ Sơn được giao 6 lớp năm 2026 (năm 2027 ghi “Như năm 2026”)."))
add("follow_up", "Thế còn Hải đội Biên phòng 2?",
    [(D, D_HEAD), (D, D_ROW["HD"]), (D, D_NOTE)],
    "Hải đội Biên phòng 2 được giao 2 lớp năm 2026; ô năm 2027 ghi “Như năm 2026” nên cũng là 2 lớp. Các lớp của Hải đội tổ chức ngay trên tàu cá tại ngư trường.",
    ["Như năm 2026", "ngay trên tàu cá"],
    h("Đồn Biên phòng Cửa khẩu cảng Hải Phòng năm 2027 được giao bao nhiêu lớp?",
      "Đồn Biên phòng Cửa khẩu cảng Hải Phòng được giao 3 lớp năm 2027 (3 lớp năm 2026, 4 lớp năm 2028)."))
add("follow_up", "Trong đó bao nhiêu là xã hội hóa?",
    [(D, D_KP1)],
    "Nguồn xã hội hóa là 600 triệu đồng; phần còn lại 1.050 triệu đồng là ngân sách bảo đảm do Bộ Tư lệnh BĐBP phân bổ.",
    ["600 triệu đồng"],
    h("Kế hoạch 96/KH-BCH cần tổng cộng bao nhiêu kinh phí?",
      "Tổng kinh phí giai đoạn 2026 - 2028 dự kiến 1.650 triệu đồng (Kế hoạch 96/KH-BCH, mục Kinh phí thực hiện)."))
add("follow_up", "Vậy nó được tổ chức vào tháng nào?",
    [(P, P_A2)],
    "Theo Phụ lục điều chỉnh, Ngày hội học tập trên đảo tổ chức vào tháng 8/2026 (dời từ tháng 10/2026).",
    ["tháng 8/2026"],
    h("Kế hoạch của đặc khu Bạch Long Vĩ có tổ chức ngày hội học tập không?",
      "Có. Khoản 5 Mục III của KH 14/KH-UBND tổ chức “Ngày hội học tập trên đảo”, kết hợp tôn vinh “Gia đình học tập”, “Công dân học tập” tiêu biểu."))
add("follow_up", "Ai chủ trì các lớp đó?",
    [(P, P_A3)],
    "Phụ lục điều chỉnh giao Phòng Kinh tế chủ trì các lớp tiếng Anh giao tiếp.",
    ["Phòng Kinh tế"],
    h("Phụ lục điều chỉnh của Bạch Long Vĩ bổ sung chỉ tiêu gì?",
      "Phụ lục điều chỉnh (kèm QĐ 35/QĐ-UBND ngày 16/3/2026) bổ sung chỉ tiêu mở ít nhất 02 lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng đồng."))
add("follow_up", "Còn tiền cho các lớp này lấy ở đâu?",
    [(P, P_A4)],
    "Phụ lục bổ sung 60 triệu đồng từ nguồn dự phòng ngân sách đặc khu cho các lớp tiếng Anh giao tiếp.",
    ["60 triệu đồng", "dự phòng"],
    h("Phụ lục điều chỉnh của Bạch Long Vĩ bổ sung chỉ tiêu gì?",
      "Bổ sung chỉ tiêu mở ít nhất 02 lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng đồng, giao Phòng Kinh tế chủ trì (Phụ lục điều chỉnh, khoản 3).",
      "Ai ký quyết định điều chỉnh đó?",
      "Phụ lục chỉ ghi là ban hành kèm Quyết định số 35/QĐ-UBND ngày 16/3/2026 của UBND đặc khu Bạch Long Vĩ; người ký quyết định này không được nêu trong tài liệu."))
add("follow_up", "Trước khi điều chỉnh thì là bao nhiêu?",
    [(P, P_TC), (P, P_A1)],
    "Trước khi điều chỉnh, điểm c Mục II ghi ít nhất 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; Phụ lục nâng lên ít nhất 75%.",
    ["60%"],
    h("Chỉ tiêu kỹ năng số của Bạch Long Vĩ là bao nhiêu?",
      "Ít nhất 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản, theo Phụ lục điều chỉnh kèm QĐ 35/QĐ-UBND."))
add("follow_up", "Họ phải báo cáo trước ngày nào?",
    [(D, D_DON)],
    "Các đồn biên phòng và Hải đội Biên phòng 2 báo cáo kết quả về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 15/11 hằng năm.",
    ["15/11"],
    h("Ai trực tiếp tổ chức các lớp cho ngư dân theo kế hoạch Biên phòng?",
      "Các đồn biên phòng và Hải đội Biên phòng 2 trực tiếp tổ chức các lớp theo số lớp được giao tại Mục II của Kế hoạch 96/KH-BCH."))
add("follow_up", "Còn ngày hội học tập của ngư dân thì hạn khi nào?",
    [(D, D_MV2)],
    "“Ngày hội học tập của ngư dân” tổ chức vào dịp ra quân đánh bắt đầu năm, hoàn thành trước ngày rằm tháng Giêng âm lịch.",
    ["rằm tháng Giêng"],
    h("Kế hoạch 96/KH-BCH trao học bổng khi nào?",
      "Trước ngày 15 tháng Chạp âm lịch hằng năm, để các em có điều kiện đón Tết."))
add("follow_up", "Thế còn kế hoạch của Biên phòng thì do ai ký?",
    [(D, D_SIGN)],
    "Kế hoạch 96/KH-BCH do Chỉ huy trưởng, Đại tá Nguyễn Quang Tùng ký.",
    ["Nguyễn Quang Tùng"],
    h("Ai ký kế hoạch xã hội học tập năm 2026 của đặc khu Bạch Long Vĩ?",
      "KH 14/KH-UBND do Phó Chủ tịch Đoàn Văn Thịnh ký (TM. Ủy ban nhân dân, KT. Chủ tịch)."))
add("follow_up", "Còn điểm nào khác bị sửa không?",
    [(P, P_A2), (P, P_A3), (P, P_A4), (P, P_A5)],
    "Ngoài chỉ tiêu kỹ năng số, Phụ lục còn: dời Ngày hội học tập trên đảo từ tháng 10/2026 sang tháng 8/2026; bổ sung ít nhất 02 lớp tiếng Anh giao tiếp (Phòng Kinh tế chủ trì); bổ sung 60 triệu đồng từ dự phòng ngân sách. Các nội dung khác giữ nguyên.",
    ["tháng 8/2026", "02 lớp tiếng Anh", "60 triệu", "giữ nguyên"],
    h("Kế hoạch 14 của Bạch Long Vĩ đã được điều chỉnh chỉ tiêu kỹ năng số thế nào?",
      "Phụ lục điều chỉnh kèm QĐ 35/QĐ-UBND ngày 16/3/2026 nâng chỉ tiêu tại điểm c Mục II từ “ít nhất 60%” thành “ít nhất 75%”."))
add("follow_up", "Còn Phòng Hậu cần - Kỹ thuật?",
    [(D, D_HCKT)],
    "Phòng Hậu cần - Kỹ thuật bảo đảm tài liệu, màn hình, loa truyền thanh cho các lớp và phối hợp lắp điểm truy cập Internet tại các âu thuyền, xong trong quý III/2026.",
    ["loa truyền thanh", "quý III/2026"],
    h("Phòng Tham mưu làm gì trong KH 96/KH-BCH?",
      "Phòng Tham mưu chỉ đạo các đồn biên phòng, Hải đội Biên phòng 2 bảo đảm an toàn cho lớp học trên biển và cập nhật danh sách tàu cá, thuyền trưởng tham gia học tập vào cơ sở dữ liệu quản lý tàu cá."))
add("follow_up", "Còn Đồn Biên phòng Cát Hải thì sao?",
    [(D, D_HEAD), (D, D_ROW["CH"])],
    "Đồn Biên phòng Cát Hải được giao 8 lớp năm 2026.",
    ["8"],
    h("Năm 2026 Đồn Biên phòng Vạn Gia được giao mấy lớp?",
      "Kế hoạch 96/KH-BCH không có Đồn Biên phòng Vạn Gia (bảng giao lớp chỉ gồm các đồn Bạch Long Vĩ, Cát Hải, Đồ Sơn, Cửa khẩu cảng Hải Phòng và Hải đội Biên phòng 2 của Hải Phòng), nên tôi không tìm thấy số lớp cho đồn này."))
add("follow_up", "And what about 2028?",
    [(D, D_HEAD), (D, D_ROW["SUM"])],
    "In 2028 the total is 30 classes (row “Cộng”).",
    ["30"],
    h("How many classes in total does the Border Guard plan assign for 2026?",
      "The “Cộng” (total) row of the classes table gives 23 classes for 2026 (Kế hoạch 96/KH-BCH)."))
add("follow_up", "And who has to report it, by when?",
    [(P, P_V1)],
    "The Culture and Society Division (Phòng Văn hóa - Xã hội) compiles the report to the city People's Committee, via the Department of Education and Training, before 05/12/2026.",
    ["Phòng Văn hóa - Xã hội", "05/12/2026"],
    h("What share of households should be 'Learning Families' in Bach Long Vi in 2026?",
      "At least 70% of households (KH 14/KH-UBND, section II b)."))

# ============================ unanswerable ============================
una("Kế hoạch xây dựng xã hội học tập năm 2026 của đặc khu Cát Hải đặt chỉ tiêu kỹ năng số bao nhiêu?",
    "Tài liệu hiện có không có kế hoạch của đặc khu Cát Hải. Cát Hải chỉ được nhắc trong KH 96/KH-BCH (Đồn Biên phòng Cát Hải, đề nghị UBND các đặc khu phối hợp); chỉ tiêu kỹ năng số (ít nhất 75%) là của đặc khu Bạch Long Vĩ, không phải Cát Hải.",
    r"cat hai[^.;]{0,120}ky nang so|ky nang so[^.;]{0,120}cat hai", NEW + BUNDLED)
una("Đặc khu Vân Đồn có kế hoạch học tập suốt đời năm 2026 không, chỉ tiêu Gia đình học tập là bao nhiêu?",
    "Không có kế hoạch nào của đặc khu Vân Đồn (Quảng Ninh) trong các tài liệu đã nạp; chỉ có kế hoạch của đặc khu Bạch Long Vĩ (Hải Phòng).",
    r"van don\b", NEW + BUNDLED)
una("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh giao bao nhiêu lớp cho ngư dân năm 2026?",
    "Không có kế hoạch của Bộ Chỉ huy BĐBP tỉnh Quảng Ninh; tài liệu chỉ có Kế hoạch 96/KH-BCH của Bộ Chỉ huy BĐBP thành phố Hải Phòng.",
    r"quang ninh", NEW + BUNDLED)
una("Kế hoạch của đặc khu Phú Quốc về xã hội học tập năm 2026 giao Phòng Văn hóa - Xã hội những gì?",
    "Tài liệu không có kế hoạch của đặc khu Phú Quốc; kế hoạch đặc khu được nạp là của Bạch Long Vĩ (Hải Phòng).",
    r"phu quoc", NEW + BUNDLED)
una("Bach Long Vy co bao nhieu ho dan hien nay?",
    "Kế hoạch 14/KH-UBND không nêu số hộ dân hiện có trên đảo (chỉ có chỉ tiêu tỷ lệ: 100% hộ được phổ biến, ít nhất 70% hộ đạt Gia đình học tập).",
    r"\d[\d.]* ho (dan|gia dinh)|dan so (hien|tren dao|cua)|\d[\d.]* (nhan khau|nguoi dan)", [P, D])
una("Hiện nay Hải Phòng có bao nhiêu tàu cá dài từ 15 mét trở lên?",
    "Kế hoạch 96/KH-BCH chỉ đặt chỉ tiêu 100% ngư dân, chủ tàu cá có tàu từ 15 mét trở lên được phổ biến quy định IUU; không nêu số tàu hiện có.",
    r"\d[\d.]* (tau|chiec)\b", [D, P])
una("Năm 2025 Biên phòng Hải Phòng đã mở được bao nhiêu lớp cho ngư dân?",
    "Kế hoạch không nêu kết quả năm 2025; bảng chỉ giao số lớp cho các năm 2026, 2027, 2028.",
    r"nam 2025|2025 \d|ket qua (nam|thuc hien) 2025", [D])
una("Tàu cá không cử thuyền trưởng đi học lớp IUU thì bị xử phạt thế nào?",
    "Kế hoạch 96/KH-BCH không quy định chế tài hay xử phạt với tàu cá không tham gia lớp; kế hoạch chỉ nêu nội dung phổ biến, bồi dưỡng.",
    r"xu phat|che tai|xu ly vi pham|phat tien|thu hoi giay", [D])
una("Hộ dân ở Bạch Long Vĩ không đạt Gia đình học tập thì có bị cắt chế độ gì không?",
    "Kế hoạch 14/KH-UBND không nêu hình thức xử lý hay cắt quyền lợi nào với hộ không đạt danh hiệu.",
    r"cat (giam|bo|che do)|khong duoc (xet|huong)|xu ly|che tai", [P])
una("Ngư dân đi học lớp của Biên phòng được hỗ trợ tiền ăn, tiền đi lại bao nhiêu một buổi?",
    "Kế hoạch không nêu mức hỗ trợ tiền ăn hay đi lại cho ngư dân dự lớp (chỉ có học bổng 2.000.000 đồng/suất cho con em ngư dân khó khăn).",
    r"tien an|di lai|\d[\d.]* dong/(nguoi|buoi|ngay)", [D])
una("Mỗi lớp phổ biến kiến thức của Biên phòng có bao nhiêu học viên?",
    "Kế hoạch chỉ giao số lớp theo đơn vị, không nêu số học viên mỗi lớp.",
    r"hoc vien|\d+ (nguoi|ngu dan)/lop|moi lop", [D])
una("Đồn Biên phòng Bạch Long Vĩ phải xây bao nhiêu tủ sách trong số 12 tủ?",
    "Kế hoạch chỉ nêu tổng 12 “Tủ sách Biên phòng - Ngư dân” tại các đồn, trạm và âu thuyền; không phân bổ số tủ cho từng đồn.",
    r"bach long vi[^.;|]{0,80}\d+ (tu sach|tu)|tu sach[^.;]{0,60}(don bien phong bach long vi)[^.;]{0,40}\d", [D])
una("Kế hoạch Biên phòng giao Đồn Đồ Sơn bao nhiêu lớp năm 2029?",
    "Kế hoạch 96/KH-BCH chỉ cho giai đoạn 2026 - 2028; không có số lớp năm 2029.",
    r"2029", [D])
una("Chỉ tiêu kỹ năng số của đặc khu Bạch Long Vĩ năm 2027 là bao nhiêu?",
    "KH 14/KH-UBND là kế hoạch năm 2026; không đặt chỉ tiêu cho năm 2027.",
    r"2027", [P])
una("Đến năm 2030 Biên phòng Hải Phòng đặt mục tiêu bao nhiêu phần trăm thuyền trưởng có kỹ năng số?",
    "Kế hoạch 96/KH-BCH chỉ đặt mốc năm 2028 (ít nhất 90% thuyền trưởng, máy trưởng được bồi dưỡng); không có chỉ tiêu năm 2030.",
    r"(nam|den) 2030", [D])
una("Kế hoạch 96/KH-BCH giao Sở Nông nghiệp và Môi trường làm gì?",
    "Kế hoạch không nhắc đến Sở Nông nghiệp và Môi trường; các đơn vị được giao là các phòng, ban, đồn của Bộ Chỉ huy, cùng đề nghị Hội Khuyến học thành phố và UBND các đặc khu, xã, phường ven biển.",
    r"nong nghiep|so nn", [D])
una("Chi cục Thủy sản Hải Phòng phối hợp gì với Biên phòng trong các lớp IUU?",
    "Kế hoạch 96/KH-BCH không nêu Chi cục Thủy sản.",
    r"chi cuc", [D])
una("Doanh nghiệp viễn thông nào, Viettel hay VNPT, lắp điểm Internet ở các âu thuyền?",
    "Kế hoạch chỉ ghi “doanh nghiệp viễn thông”, không nêu tên doanh nghiệp cụ thể.",
    r"viettel|vnpt|mobifone|vinaphone", [D])
una("Đoàn Thanh niên đặc khu Bạch Long Vĩ được giao nhiệm vụ gì trong kế hoạch 14?",
    "KH 14/KH-UBND không giao riêng cho Đoàn Thanh niên; đoàn viên chỉ được nhắc trong đề nghị Mặt trận Tổ quốc đặc khu vận động hội viên, đoàn viên tham gia học tập.",
    r"doan thanh nien|doan tncs|doan dac khu", [P])
una("Trung tâm Y tế đặc khu có nhiệm vụ gì trong kế hoạch học tập của Bạch Long Vĩ?",
    "Kế hoạch không nêu cơ quan y tế nào.",
    r"y te", [P])
una("Cảnh sát biển tham gia kế hoạch của Biên phòng Hải Phòng như thế nào?",
    "Kế hoạch 96/KH-BCH không nhắc đến Cảnh sát biển.",
    r"canh sat bien", [D])
una("Số điện thoại của Phòng Chính trị Bộ Chỉ huy BĐBP Hải Phòng để đăng ký học bổng là gì?",
    "Kế hoạch không nêu số điện thoại hay địa chỉ liên hệ.",
    r"dien thoai[^.;]{0,20}\d|hotline|email|\d{4}[ .]?\d{3}[ .]?\d{3}", [D])
una("Hướng dẫn 210/HD-BTL của Bộ Tư lệnh BĐBP đặt chỉ tiêu gì cho các đồn?",
    "Kế hoạch chỉ dẫn tên Hướng dẫn 210/HD-BTL (về tham gia xây dựng xã hội học tập ở khu vực biên giới); nội dung, chỉ tiêu của hướng dẫn không có trong tài liệu.",
    r"210/hd-btl[^;]{0,200}(%|chi tieu)", [D, P])
una("Nghị quyết 05-NQ/ĐU của Đảng ủy đặc khu Bạch Long Vĩ có những chỉ tiêu gì?",
    "KH 14/KH-UBND chỉ dẫn tên Nghị quyết 05-NQ/ĐU ngày 08/01/2026 về nhiệm vụ năm 2026; nội dung của nghị quyết không có trong tài liệu.",
    r"05-nq/du[^;]{0,200}(%|chi tieu)", [P])
una("Chương trình phối hợp 05/CTPH-BCH-HKH có hiệu lực đến năm nào?",
    "Kế hoạch chỉ nêu số và ngày ký (12/11/2025) của chương trình phối hợp; thời hạn hiệu lực không được nêu.",
    r"05/ctph[^;]{0,200}(hieu luc|den nam|thoi han)", [D])
una("Ai ký Thông báo kết luận 27-TB/ĐU?",
    "Phụ lục chỉ nêu Thông báo kết luận số 27-TB/ĐU ngày 05/3/2026 của Ban Thường vụ Đảng ủy đặc khu; người ký không được nêu.",
    r"27-tb/du[^.]{0,150}\bky\b", [P])
una("Is there a learning-society plan for Co To special zone?",
    "No. The loaded plans include only the Bạch Long Vĩ special zone plan (and the Hai Phong Border Guard plan); there is no plan for Cô Tô.",
    r"\bco to\b", NEW + BUNDLED)
una("How many fishermen in Hai Phong currently hold a fishing licence?",
    "The plans do not give any current count of fishermen or licences.",
    r"\d[\d.]* ngu dan|giay phep", [D, P])
una("What penalty does the Bach Long Vi plan set for agencies that miss the 05/12/2026 reporting deadline?",
    "The plan sets no penalty or sanction for late reports; it only sets the deadline.",
    r"xu phat|che tai|ky luat|xu ly", [P])
una("How much does each English class in Bach Long Vi cost per learner?",
    "The amendment annex only allots 60 triệu đồng for the English classes; it gives no per-class or per-learner cost.",
    r"\d[\d.]* dong/(nguoi|hoc vien|lop)|moi lop", [P])
una("Còn Đồn Biên phòng Vạn Gia thì giao mấy lớp?",
    "Kế hoạch 96/KH-BCH không có Đồn Biên phòng Vạn Gia (đồn của Quảng Ninh); bảng chỉ gồm các đơn vị của Hải Phòng.",
    r"van gia", NEW + BUNDLED,
    h("Đồn Biên phòng Cát Hải năm 2026 được giao bao nhiêu lớp?",
      "Đồn Biên phòng Cát Hải được giao 8 lớp năm 2026 (Kế hoạch 96/KH-BCH)."))
una("Trong đó nguồn xã hội hóa là bao nhiêu?",
    "KH 14/KH-UBND chỉ khuyến khích huy động nguồn xã hội hóa, không nêu số tiền xã hội hóa; 420 triệu đồng là ngân sách đặc khu.",
    r"xa hoi hoa[^.;]{0,60}\d|\d[^.;]{0,30}xa hoi hoa", [P],
    h("Kinh phí năm 2026 của kế hoạch đặc khu Bạch Long Vĩ là bao nhiêu?",
      "420 triệu đồng từ ngân sách đặc khu (KH 14/KH-UBND, Mục IV)."))
una("Kế hoạch 14 của Bạch Long Vĩ có được điều chỉnh lần hai không, chỉ tiêu Gia đình học tập có bị sửa?",
    "Tài liệu chỉ có một Phụ lục điều chỉnh (kèm QĐ 35/QĐ-UBND); phụ lục này không sửa chỉ tiêu Gia đình học tập và không có lần điều chỉnh thứ hai.",
    r"lan (thu )?hai|dieu chinh[^.;]{0,80}gia dinh hoc tap", [P])

# ============================ checks and output ============================
MINIMUM = {"english": 18, "follow_up": 15, "unanswerable": 30}
TYPES = sorted(check_sets.TYPES)


def plain(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s).lower().replace("đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    problems = []
    texts = set()
    for n, q in enumerate(Q, 1):
        q["id"] = f"p60-{n:03d}"
        where = f"{q['id']} {q['question'][:50]!r}"
        if q["question"] in texts:
            problems.append(f"{where}: repeated question")
        texts.add(q["question"])
        for e in q["evidence"]:
            if check_sets.norm(e["span"]) not in check_sets.text_of(e["doc"]):
                problems.append(f"{where}: span missing in {e['doc']}: {e['span'][:80]!r}")
        for kf in q["key_facts"]:
            k = check_sets.norm(kf).lower()
            if k not in check_sets.norm(q["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(e["span"]).lower() for e in q["evidence"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        hist = q["history"]
        if q["type"] == "follow_up" or hist:
            if not 2 <= len(hist) <= 4 or len(hist) % 2:
                problems.append(f"{where}: history of {len(hist)} turns")
            for i, t in enumerate(hist):
                if t.get("role") != ("user" if i % 2 == 0 else "assistant") or not t.get("content"):
                    problems.append(f"{where}: malformed history turn {i}")
        if q["type"] == "unanswerable":
            if q["docs"] or q["evidence"] or q["key_facts"]:
                problems.append(f"{where}: unanswerable with docs/evidence/key facts")
            if not q["_probe"]:
                problems.append(f"{where}: unanswerable without probe")
            for d in q["_about"] or []:
                m = re.search(q["_probe"], plain(check_sets.text_of(d)))
                if m:
                    problems.append(f"{where}: probe {q['_probe']!r} matches {d}: {m.group(0)!r}")
        elif not q["docs"] or not q["evidence"] or not q["key_facts"]:
            problems.append(f"{where}: answerable without docs/evidence/key facts")
    counts = {t: sum(q["type"] == t for q in Q) for t in TYPES}
    for t in TYPES:
        if counts[t] < MINIMUM.get(t, 1):
            problems.append(f"type {t}: {counts[t]} < {MINIMUM.get(t, 1)}")
    if len(Q) < 140:
        problems.append(f"only {len(Q)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems: nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for q in Q:
            rec = {k: q[k] for k in check_sets.FIELDS}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(Q)} questions; {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
