"""Write eval/sets/newplans28.jsonl (ids e28-001…). Spans are verbatim from the text as extracted (see check_sets.py):
the .docx in its accepted reading (insertions kept, deletions and comments not read), the PDF as pypdf reads its OCR
text layer (OCR errors kept: "7S%", "nguời", "dến", "triêu", "tnrờng", "dời").

    python eval/sets/src28/questions_src28.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans28.jsonl")

LS = "langson_1968-KH-UBND_2025.docx"
DL = "dongloc_52-KH-UBND_2025.pdf"
HUE = "000_4550be4bb11189cd.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"

QS = []


def hist(h):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


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


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

# ---- Lạng Sơn (.docx reviewed draft: accepted reading)
LS_HEAD = "Giai đoạn 2026 2028 2030"
LS_BC = "Tỷ lệ người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 96% 97% 98,5%"
LS_DT = "Tỷ lệ người dân tộc thiểu số trong độ tuổi 15 - 60 biết chữ mức độ 2 90% 93% 96%"
LS_THCS = "Tỷ lệ thanh niên, thiếu niên độ tuổi 15 - 18 tốt nghiệp trung học cơ sở 93% 95% 97%"
LS_KNS = "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 45% 60% 75%"
LS_TT = "Tỷ lệ trung tâm học tập cộng đồng được xếp loại Tốt 40% 55% 70%"
LS_LD = "Tỷ lệ lao động qua đào tạo 58% 70%"
LS_GD = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 66% 72% 78%"
LS_DH = "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 45% 52% 60%"
LS_CD = "Tỷ lệ thôn, khối phố đạt danh hiệu “Cộng đồng học tập” 40% 48% 58%"
LS_DV = "Tỷ lệ cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập” 78% 85% 92%"
LS_GROUP_MH = "Mô hình học tập Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”"
LS_CB = ("Đến năm 2030, 85% cán bộ, công chức, viên chức cấp xã được bồi dưỡng kiến thức, kỹ năng chuyển đổi số và kỹ "
         "năng phục vụ người dân.")
LS_XMC = ("Mỗi năm tổ chức ít nhất 120 lớp xóa mù chữ và sau xóa mù chữ cho đồng bào dân tộc thiểu số tại các xã vùng "
          "cao, biên giới.")
LS_CDE = "100% trung tâm học tập cộng đồng tổ chức ít nhất 12 chuyên đề/năm"
LS_TV = "Đến năm 2028, 100% xã, phường có thư viện hoặc tủ sách cộng đồng phục vụ người dân."
LS_NN = ("bồi dưỡng ngoại ngữ giao tiếp (tiếng Trung, tiếng Anh) cho ít nhất 3.000 lượt người lao động tại Khu kinh tế "
         "cửa khẩu Đồng Đăng - Lạng Sơn.")
LS_KP = ("Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 45.600 triệu đồng, trong đó: ngân sách tỉnh "
         "28.400 triệu đồng; ngân sách cấp xã 11.200 triệu đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 6.000 "
         "triệu đồng.")
LS_TTHT = "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/trung tâm/năm."
LS_NT = "Kinh phí duy trì nền tảng “Lạng Sơn học tập số” là 500 triệu đồng/năm do Sở Khoa học và Công nghệ quản lý."
LS_DTOAN = "lập dự toán kinh phí thực hiện Kế hoạch gửi Sở Tài chính trước ngày 15/7 hằng năm."
LS_GD1 = ("Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường triển "
          "khai thực hiện Kế hoạch.")
LS_GD2 = ("Hướng dẫn củng cố, sắp xếp 65 trung tâm học tập cộng đồng; chỉ đạo các cơ sở giáo dục tổ chức lớp xóa mù "
          "chữ cho đồng bào dân tộc thiểu số.")
LS_GD3 = "Chủ trì sơ kết giai đoạn 2026 - 2028 vào quý IV/2028 và tổng kết giai đoạn 2026 - 2030 vào quý IV/2030."
LS_GD4 = ("Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 05/12 hằng "
          "năm.")
LS_NV1 = ("Chủ trì xây dựng và đánh giá mô hình “Đơn vị học tập” tại các cơ quan, đơn vị cấp tỉnh; bồi dưỡng kỹ năng "
          "chuyển đổi số cho cán bộ, công chức, viên chức cấp xã.")
LS_NV2 = ("Chủ trì đào tạo nghề cho lao động nông thôn, lao động là người dân tộc thiểu số; đưa kết quả xây dựng xã "
          "hội học tập vào tiêu chí thi đua, khen thưởng hằng năm.")
LS_TC1 = ("Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng "
          "dẫn các cơ quan, đơn vị quản lý, sử dụng và quyết toán kinh phí theo quy định.")
LS_TC2 = "Lồng ghép các mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của tỉnh."
LS_VH1 = ("Chỉ đạo Thư viện tỉnh phát triển văn hóa đọc, luân chuyển sách về thư viện, tủ sách cộng đồng cấp xã; tổ "
          "chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm.")
LS_VH2 = "Hướng dẫn xây dựng “Gia đình học tập” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
LS_KHCN = ("Chủ trì xây dựng, vận hành nền tảng “Lạng Sơn học tập số”, hoàn thành trong quý II/2026; hướng dẫn triển "
           "khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh.")
LS_NNMT = ("Phối hợp với các trung tâm học tập cộng đồng tổ chức chuyển giao tiến bộ kỹ thuật trồng hồi, quế, cây ăn "
           "quả và chăn nuôi cho nông dân.")
LS_TP = ("Phối hợp tổ chức phổ biến, giáo dục pháp luật tại các trung tâm học tập cộng đồng; xây dựng tủ sách pháp "
         "luật điện tử.")
LS_DTTG_H = "8. Sở Dân tộc và Tôn giáo"
LS_DTTG = ("Phối hợp với Sở Giáo dục và Đào tạo tổ chức các lớp xóa mù chữ cho đồng bào dân tộc thiểu số; biên soạn "
           "tài liệu song ngữ Việt - Tày, Việt - Nùng phục vụ học tập cộng đồng; vận động người có uy tín trong đồng "
           "bào dân tộc thiểu số tham gia tuyên truyền.")
LS_BQL = ("Chủ trì bồi dưỡng ngoại ngữ giao tiếp, kỹ năng thương mại cho người lao động tại các cửa khẩu; phối hợp với "
          "doanh nghiệp mở lớp cho ít nhất 600 lượt người mỗi năm.")
LS_BP = ("Chỉ đạo các đồn biên phòng phối hợp với cấp ủy, chính quyền các xã biên giới mở lớp xóa mù chữ; xây dựng mô "
         "hình “Tủ sách biên cương”.")
LS_BAO = ("Mở chuyên mục “Học tập suốt đời” định kỳ 2 kỳ/tháng bằng tiếng phổ thông, tiếng Tày, tiếng Nùng; phản ánh "
          "gương điển hình trong học tập.")
LS_GDTX = ("Tổ chức các lớp bồi dưỡng kỹ năng số, ngoại ngữ, tin học cho người dân; liên kết đào tạo từ xa, đào tạo "
           "trực tuyến.")
LS_XA1 = ("Ban hành kế hoạch thực hiện trên địa bàn trước ngày 31/12/2025; bố trí kinh phí, củng cố trung tâm học tập "
          "cộng đồng.")
LS_XA2 = "Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
LS_MT1 = ("Phối hợp tuyên truyền, vận động nhân dân tham gia học tập suốt đời; chỉ đạo Hội Khuyến học tỉnh chủ trì "
          "đánh giá, công nhận danh hiệu “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, khối phố.")
LS_MT2 = ("Chỉ đạo Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh lồng ghép nội dung học tập suốt đời trong "
          "sinh hoạt của hội viên, đoàn viên; vận động xây dựng Quỹ khuyến học các cấp đạt ít nhất 20 tỷ đồng vào năm "
          "2030.")
LS_CC0 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
LS_CC1 = ("Căn cứ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số "
          "11-CT/TW của Bộ Chính trị khóa X")
LS_CC2 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng "
          "xã hội học tập giai đoạn 2021 - 2030”;")
LS_CC3 = ("Căn cứ Nghị quyết số 27-NQ/TU ngày 14 tháng 8 năm 2025 của Ban Thường vụ Tỉnh ủy Lạng Sơn về phát triển "
          "giáo dục và đào tạo, xây dựng xã hội học tập đến năm 2030;")
LS_TTR = "Theo đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 2145/TTr-SGDĐT ngày 10 tháng 9 năm 2025"
LS_MD1 = ("Cụ thể hóa các mục tiêu của Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Nghị quyết số "
          "27-NQ/TU của Ban Thường vụ Tỉnh ủy phù hợp với tổ chức chính quyền địa phương hai cấp của tỉnh.")
LS_MD2 = ("Tạo cơ hội cho mọi người dân, nhất là đồng bào các dân tộc Tày, Nùng, Dao ở các xã vùng cao, biên giới, "
          "được học tập suốt đời, nâng cao dân trí, kỹ năng nghề nghiệp và kỹ năng số.")
LS_MD3 = ("Nâng cao chất lượng nguồn nhân lực phục vụ phát triển kinh tế cửa khẩu, thương mại, du lịch và bảo đảm quốc "
          "phòng, an ninh vùng biên giới.")
LS_CHUNG = ("phấn đấu đến năm 2030 Lạng Sơn đạt mức trung bình khá của cả nước về các chỉ số xã hội học tập, góp phần "
            "phát triển kinh tế - xã hội nhanh, bền vững.")
LS_TUANLE = ("tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10, khai mạc cấp tỉnh năm 2026 tại phường "
             "Kỳ Lừa.")
LS_TTHTCD = ("Sắp xếp lại hệ thống trung tâm học tập cộng đồng sau khi sắp xếp đơn vị hành chính cấp xã, bảo đảm mỗi "
             "xã, phường có 01 trung tâm (65 trung tâm); bố trí cán bộ quản lý kiêm nhiệm và giáo viên, báo cáo viên "
             "tham gia giảng dạy.")
LS_XMC2 = ("Duy trì, nâng cao kết quả xóa mù chữ, ưu tiên các xã Mẫu Sơn, Đình Lập, Bình Gia và các xã biên giới; "
           "luân chuyển sách, báo về thư viện, tủ sách cộng đồng; xây dựng mô hình “Tủ sách biên cương” tại các đồn "
           "biên phòng.")
LS_CDS = ("Xây dựng nền tảng học tập trực tuyến “Lạng Sơn học tập số” đưa vào sử dụng từ quý II/2026; triển khai "
          "phong trào “Bình dân học vụ số”, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không "
          "dùng tiền mặt.")
LS_NGHE = ("Gắn đào tạo nghề với nhu cầu của doanh nghiệp và các khu kinh tế cửa khẩu; bồi dưỡng kỹ năng nghề cho lao "
           "động nông thôn, lao động là người dân tộc thiểu số.")
LS_TUYENTR = ("Tuyên truyền sâu rộng trên Báo và Phát thanh, Truyền hình Lạng Sơn, hệ thống thông tin cơ sở và mạng xã "
              "hội; biên soạn tài liệu tuyên truyền bằng tiếng Tày, tiếng Nùng;")
LS_MOHINH = ("Đẩy mạnh xây dựng các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học "
             "tập” và “Công dân học tập”; gắn với phong trào xây dựng nông thôn mới và đô thị văn minh.")
LS_NUMBER = "Số: 1968/KH-UBND"
LS_DATE = "Lạng Sơn, ngày 22 tháng 9 năm 2025"
LS_SIGNER = "PHÓ CHỦ TỊCH - Thường trực HĐND tỉnh; - Chủ tịch, các PCT UBND tỉnh; - Các sở, ban, ngành tỉnh; - UBND các xã, phường; Hoàng Thị Diệu Linh"

# ---- Đồng Lộc (PDF: the OCR text layer as pypdf reads it)
DL_HEADT = "Chỉ tiêu Năm 2026 Đến năm 2030"
DL_GD = "Gia đình đạt “Gia đình học tập” 7S% 85%"
DL_DH = "Dòng họ đạt “Dòng họ học tập” 60% 70%"
DL_CD = "Thôn đạt “Cộng đồng học tập” 10 thôn 15 thôn"
DL_KNS = "Người dân có kỹ năng số cơ bản 50% 70%"
DL_CDE = ("Trung tâm học tập cộng đồng xã tổ chức ít nhất 12 chuyên đề trong năm 2026, thu hút 2.500 lượt người tham "
          "gia.")
DL_TH = ("Mở 04 lớp tin học, kỹ năng số cơ bản cho người cao tuổi và hội viên phụ nữ; 100% hộ kinh doanh được hướng "
         "dẫn thanh toán không dùng tiền mặt.")
DL_DVHT = "100% trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã đạt danh hiệu “Đơn vị học tập”."
DL_TS = "Duy trì tủ sách tại 18 nhà văn hóa thôn; mỗi thôn có ít nhất 01 mô hình “Dòng họ hiếu học”."
DL_TL = "tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 dến ngày 07/10/2026."
DL_TT1 = ("Tuyên truyền, nâng cao nhận thức: tuyên truyền trên hệ thống truyền thanh xã, Trang thông tin điện tử xã và "
          "các nhóm Zalo thôn;")
DL_TT2 = ("Nâng cao hiệu quả hoạt động Trung tâm học tập cộng đồng: rà soát nhu cầu học tập của người dân; mở các "
          "chuyên đề chăn nuôi, trồng trọt, pháp luật, chăm sóc sức khỏe; phấn đấu Trung tâm được xếp loại Tốt.")
DL_MH = ("Xây dựng các mô hình học tập: bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn "
         "gắn với bình xét gia đình văn hóa cuối năm.")
DL_VHD = "tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 tại Khu di tích lịch sử Ngã ba Đồng Lộc."
DL_CDS = ("hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến; triển khai phong trào “Bình "
          "dân học vụ số” tại 18 thôn.")
DL_KH = ("Khuyến học, khuyến tài: vận động các dòng họ, doanh nghiệp, người con quê hương xa quê đóng góp Quỹ khuyến "
         "học; khen thưởng học sinh giỏi cấp tỉnh, cấp quốc gia vào dịp khai giảng năm học 2026 - 2027.")
DL_NGHE = ("phối hợp với các cơ sở giáo dục nghề nghiệp mở 02 lớp đào tạo nghề ngắn hạn (may công nghiệp, sửa chữa "
           "máy nông nghiệp) cho lao động nông thôn trong quý III/2026.")
DL_KP = ("Tổng kinh phí thực hiện Kế hoạch năm 2026 là 235 triệu đồng, trong đó: ngân sách xã 160 triệu đồng (hỗ trợ "
         "hoạt động Trung tâm học tập cộng đồng 45 triệu đồng); nguồn xã hội hóa, Quỹ khuyến học xã 75 triệu đồng.")
DL_VHXH = ("Phòng Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; phân "
           "công công chức Văn hóa - Xã hội theo dõi, đôn đốc; tham mưu sơ kết 6 tháng trước ngày 15/6/2026 và tổng "
           "kết năm trước ngày 30/11/2026.")
DL_VP = ("Văn phòng HĐND và UBND xã: đăng tải Kế hoạch trên Trang thông tin điện tử xã; tổng hợp báo cáo gửi Ủy ban "
         "nhân dân tỉnh đúng thời hạn.")
DL_KT = ("Phòng Kinh tế: tham mưu bố trí 160 triêu đồng từ ngân sách xã; hướng dẫn sử dụng, thanh quyết toán kinh phí "
         "theo quy định.")
DL_TTHT = ("Trung tâm học tập cộng đồng xã: xây dựng chương trình 12 chuyên đề; phối hợp các thôn mở lớp tin học cho "
           "người cao tuổi; báo cáo kết quả hoạt động hằng quý.")
DL_TRUONG = ("Các tnrờng mầm non, tiểu học, trung học cơ sở: xây dựng “Đơn vị học tập”; cử giáo viên tham gia giảng "
             "dạy tại Trung tâm học tập cộng đồng; phối hợp Hội Khuyến học xã trao học bổng cho học sinh nghèo vượt "
             "khó.")
DL_CA = ("Công an xã: hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử; tuyên truyền phòng, chống "
         "lừa đảo trên không gian mạng.")
DL_QS = ("Ban Chỉ huy Quân sự xã: lồng ghép học tập trong huấn luyện dân quân; phối hợp tổ chức giáo dục truyền thống "
         "tại Khu di tích Ngã ba Đồng Lộc.")
DL_MT = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các hội, đoàn thể: Hội Khuyến học xã vận động xây dựng Quỹ "
         "khuyến học đạt 75 triệu đồng; Đoàn Thanh niên xã chủ trì các lớp kỹ năng số; Hội Liên hiệp Phụ nữ xã, Hội "
         "Nông dân xã, Hội Cựu chiến binh xã vận động hội viên tham gia học tập suốt dời.")
DL_TTH = ("Trưởng thôn: tổ chức bình xét các danh hiệu học tập tại thôn, báo cáo kết quả về Ủy ban nhân dân xã trước "
          "ngày 25/11/2026.")
DL_BC = ("Chế độ báo cáo: các ban, ngành, đoàn thể, thôn báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Phòng "
         "Văn hóa - Xã hội) trước ngày 20/6/2026 (6 tháng) và trước ngày 20/11/2026 (cả năm).")
DL_CC0 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
DL_CC1 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng "
          "xã hội học tập giai đoạn 2021 - 2030”;")
DL_CC2 = ("Căn cứ Kế hoạch số 410/KH-UBND ngày 20 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Hà Tĩnh về xây dựng xã "
          "hội học tập giai đoạn 2026 - 2030;")
DL_CC3 = ("Căn cứ Nghị quyết số 08-NQ/ĐU ngày 05 tháng 11 năm 2025 của Ban Chấp hành Đảng bộ xã về phát triển giáo "
          "dục, khuyến học, khuyến tài;")
DL_INTRO = ("Xã Đồng Lộc được tổ chức lại theo mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025, trực thuộc "
            "tỉnh Hà Tĩnh, gồm 18 thôn.")
DL_MD1 = ("Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng; tạo cơ hội cho mọi nguời dân được "
          "học tập thường xuyên, nhất là người cao tuổi, phụ nữ và lao động nông thôn.")
DL_MD2 = ("Phát huy truyền thống quê hương Đồng Lộc anh hùng, gắn xây dựng xã hội học tập với xây dựng nông thôn mới "
          "nâng cao, nông thôn mới kiểu mẫu.")
DL_MD3 = ("Các ban, ngành, đoàn thể, thôn xác định rõ nhiệm vụ, thời gian thực hiện; bảo đảm thiết thực, hiệu quả, "
          "không hình thức.")
DL_SIGN = "- Các thôn; Trần Đình Khang"
DL_SIGN_CT = "Nơi nhận: TM. ỦY BAN NHÂN DÂN - UBND tỉnh Hà Tĩnh; CHỦ TỊCH"
DL_NUMBER = "Số: 52/KH-UBND Đồng Lộc, ngày 16 tháng 12 năm 2025"

# ---- bundled plans
CT_1373 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây "
           "dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND")
CT_TUANLE = "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam;"
HUE_SIGN = "PHÓ CHỦ TỊCH Nguyễn Thanh Bình"
HUE_BC = ("gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban "
          "nhân dân thành phố theo quy định.")
HN_KNS = "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản"

# ============================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập tỉnh Lạng Sơn giai đoạn 2026 - 2030, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(LS, LS_GD1), (LS, LS_GD2), (LS, LS_GD3), (LS, LS_GD4)],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì phối hợp với các sở, ngành và UBND các xã, phường triển khai Kế hoạch; hướng dẫn củng cố, sắp xếp 65 trung tâm học tập cộng đồng và chỉ đạo tổ chức lớp xóa mù chữ cho đồng bào dân tộc thiểu số; chủ trì sơ kết giai đoạn 2026 - 2028 vào quý IV/2028, tổng kết vào quý IV/2030; tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 05/12 hằng năm.",
  ["thường trực", "65 trung tâm", "quý IV/2028", "05/12"])
Q("agency_tasks", "Sở Dân tộc và Tôn giáo Lạng Sơn được giao làm gì trong kế hoạch xã hội học tập?",
  [(LS, LS_DTTG_H), (LS, LS_DTTG)],
  "Sở Dân tộc và Tôn giáo (mục 8 phần Tổ chức thực hiện) phối hợp với Sở Giáo dục và Đào tạo tổ chức các lớp xóa mù chữ cho đồng bào dân tộc thiểu số; biên soạn tài liệu song ngữ Việt - Tày, Việt - Nùng phục vụ học tập cộng đồng; vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền.",
  ["xóa mù chữ", "song ngữ", "người có uy tín"])
Q("agency_tasks", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn có nhiệm vụ gì?",
  [(LS, LS_BP)],
  "Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các đồn biên phòng phối hợp với cấp ủy, chính quyền các xã biên giới mở lớp xóa mù chữ và xây dựng mô hình “Tủ sách biên cương”.",
  ["đồn biên phòng", "xóa mù chữ", "Tủ sách biên cương"])
Q("agency_tasks", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn làm gì trong kế hoạch này?",
  [(LS, LS_BQL)],
  "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn chủ trì bồi dưỡng ngoại ngữ giao tiếp, kỹ năng thương mại cho người lao động tại các cửa khẩu; phối hợp với doanh nghiệp mở lớp cho ít nhất 600 lượt người mỗi năm.",
  ["ngoại ngữ", "600 lượt"])
Q("agency_tasks", "Nhiệm vụ của Sở Nội vụ Lạng Sơn trong KH 1968?",
  [(LS, LS_NV1), (LS, LS_NV2)],
  "Sở Nội vụ chủ trì xây dựng và đánh giá mô hình “Đơn vị học tập” tại các cơ quan, đơn vị cấp tỉnh; bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức, viên chức cấp xã; chủ trì đào tạo nghề cho lao động nông thôn, lao động là người dân tộc thiểu số; đưa kết quả xây dựng xã hội học tập vào tiêu chí thi đua, khen thưởng hằng năm.",
  ["Đơn vị học tập", "đào tạo nghề", "thi đua"])
Q("agency_tasks", "Báo và Phát thanh, Truyền hình Lạng Sơn phải làm gì?",
  [(LS, LS_BAO)],
  "Mở chuyên mục “Học tập suốt đời” định kỳ 2 kỳ/tháng bằng tiếng phổ thông, tiếng Tày, tiếng Nùng; phản ánh gương điển hình trong học tập.",
  ["Học tập suốt đời", "2 kỳ/tháng", "tiếng Tày"])
Q("agency_tasks", "Theo kế hoạch của xã Đồng Lộc, Công an xã có nhiệm vụ gì?",
  [(DL, DL_CA)],
  "Công an xã hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử và tuyên truyền phòng, chống lừa đảo trên không gian mạng.",
  ["định danh điện tử", "lừa đảo"])
Q("agency_tasks", "Phòng Văn hóa - Xã hội xã Đồng Lộc làm gì trong kế hoạch năm 2026?",
  [(DL, DL_VHXH)],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; phân công công chức Văn hóa - Xã hội theo dõi, đôn đốc; tham mưu sơ kết 6 tháng trước ngày 15/6/2026 và tổng kết năm trước ngày 30/11/2026.",
  ["thường trực", "15/6/2026", "30/11/2026"])
Q("agency_tasks", "Ban Chỉ huy Quân sự xã Đồng Lộc được giao nhiệm vụ gì?",
  [(DL, DL_QS)],
  "Ban Chỉ huy Quân sự xã lồng ghép học tập trong huấn luyện dân quân và phối hợp tổ chức giáo dục truyền thống tại Khu di tích Ngã ba Đồng Lộc.",
  ["huấn luyện dân quân", "Ngã ba Đồng Lộc"])
Q("agency_tasks", "Các trường học trên địa bàn xã Đồng Lộc có trách nhiệm gì trong kế hoạch xây dựng xã hội học tập?",
  [(DL, DL_TRUONG)],
  "Các trường mầm non, tiểu học, trung học cơ sở xây dựng “Đơn vị học tập”; cử giáo viên tham gia giảng dạy tại Trung tâm học tập cộng đồng; phối hợp Hội Khuyến học xã trao học bổng cho học sinh nghèo vượt khó.",
  ["Đơn vị học tập", "giáo viên", "học bổng"])
Q("agency_tasks", "Đoàn Thanh niên xã Đồng Lộc làm gì theo kế hoạch?",
  [(DL, DL_MT)],
  "Trong mục “Đề nghị Ủy ban MTTQ Việt Nam xã và các hội, đoàn thể”, Đoàn Thanh niên xã chủ trì các lớp kỹ năng số.",
  ["kỹ năng số"])
Q("agency_tasks", "Trung tâm học tập cộng đồng xã Đồng Lộc có nhiệm vụ cụ thể nào?",
  [(DL, DL_TTHT)],
  "Trung tâm học tập cộng đồng xã xây dựng chương trình 12 chuyên đề; phối hợp các thôn mở lớp tin học cho người cao tuổi; báo cáo kết quả hoạt động hằng quý.",
  ["12 chuyên đề", "tin học", "hằng quý"])

# ============================================================ target (12)
Q("target", "Lạng Sơn đặt chỉ tiêu bao nhiêu % cán bộ, công chức, viên chức cấp xã được bồi dưỡng kỹ năng chuyển đổi số đến năm 2030?",
  [(LS, LS_CB)],
  "Đến năm 2030, 85% cán bộ, công chức, viên chức cấp xã được bồi dưỡng kiến thức, kỹ năng chuyển đổi số và kỹ năng phục vụ người dân (con số 85% là con số trong văn bản đã chấp nhận các chỉnh sửa; mức 80% cũ đã bị xóa).",
  ["85%"])
Q("target", "Tỷ lệ người dân có kỹ năng số cơ bản năm 2028 theo Bảng 1 của Lạng Sơn là bao nhiêu?",
  [(LS, LS_HEAD), (LS, LS_KNS)],
  "Theo Bảng 1, năm 2028 tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản là 60% (năm 2026: 45%, năm 2030: 75%).",
  ["60%"])
Q("target", "Mỗi trung tâm học tập cộng đồng ở Lạng Sơn phải tổ chức ít nhất bao nhiêu chuyên đề mỗi năm?",
  [(LS, LS_CDE)],
  "100% trung tâm học tập cộng đồng tổ chức ít nhất 12 chuyên đề/năm về pháp luật, chăm sóc sức khỏe, kỹ năng số và chuyển giao khoa học kỹ thuật.",
  ["12 chuyên đề"])
Q("target", "Chỉ tiêu Gia đình học tập của Lạng Sơn năm 2030?",
  [(LS, LS_HEAD), (LS, LS_GD)],
  "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2030 là 78% (2026: 66%, 2028: 72%).",
  ["78%"])
Q("target", "Theo Lạng Sơn, năm 2026 tỷ lệ người dân tộc thiểu số 15 - 60 tuổi biết chữ mức độ 2 phải đạt bao nhiêu?",
  [(LS, LS_HEAD), (LS, LS_DT)],
  "Năm 2026 là 90% (năm 2028: 93%, năm 2030: 96%).",
  ["90%"])
Q("target", "Lạng Sơn đặt mục tiêu bao nhiêu lớp xóa mù chữ mỗi năm?",
  [(LS, LS_XMC)],
  "Mỗi năm tổ chức ít nhất 120 lớp xóa mù chữ và sau xóa mù chữ cho đồng bào dân tộc thiểu số tại các xã vùng cao, biên giới.",
  ["120 lớp"])
Q("target", "Trong nhóm Mô hình học tập của Bảng 1 Lạng Sơn, tỷ lệ thôn, khối phố đạt Cộng đồng học tập năm 2028 là bao nhiêu?",
  [(LS, LS_HEAD), (LS, LS_CD)],
  "Năm 2028, tỷ lệ thôn, khối phố đạt danh hiệu “Cộng đồng học tập” là 48% (2026: 40%, 2030: 58%).",
  ["48%"])
Q("target", "Xã Đồng Lộc đặt chỉ tiêu bao nhiêu % gia đình đạt Gia đình học tập năm 2026?",
  [(DL, DL_HEADT), (DL, DL_GD)],
  "Năm 2026 chỉ tiêu là 75% gia đình đạt “Gia đình học tập” (trong bản PDF quét, lớp chữ nhận dạng đọc nhầm thành “7S%”), định hướng đến năm 2030 là 85%.",
  ["75%"])
Q("target", "Đồng Lộc phấn đấu bao nhiêu thôn đạt Cộng đồng học tập năm 2026?",
  [(DL, DL_HEADT), (DL, DL_CD)],
  "Năm 2026 có 10 thôn đạt “Cộng đồng học tập” (định hướng đến năm 2030: 15 thôn; xã có 18 thôn).",
  ["10 thôn"])
Q("target", "TTHTCĐ xã Đồng Lộc phải tổ chức bao nhiêu chuyên đề, thu hút bao nhiêu lượt người năm 2026?",
  [(DL, DL_CDE)],
  "Trung tâm học tập cộng đồng xã tổ chức ít nhất 12 chuyên đề trong năm 2026, thu hút 2.500 lượt người tham gia.",
  ["12 chuyên đề", "2.500"])
Q("target", "Đồng Lộc mở bao nhiêu lớp tin học cho người cao tuổi?",
  [(DL, DL_TH)],
  "Mở 04 lớp tin học, kỹ năng số cơ bản cho người cao tuổi và hội viên phụ nữ; đồng thời 100% hộ kinh doanh được hướng dẫn thanh toán không dùng tiền mặt.",
  ["04 lớp"])
Q("target", "Lạng Sơn phấn đấu đến năm nào thì 100% xã, phường có thư viện hoặc tủ sách cộng đồng?",
  [(LS, LS_TV)],
  "Đến năm 2028, 100% xã, phường có thư viện hoặc tủ sách cộng đồng phục vụ người dân.",
  ["2028", "100%"])

# ============================================================ deadline (8)
Q("deadline", "Sở GD&ĐT Lạng Sơn phải báo cáo kết quả thực hiện trước ngày 10/12 hay 05/12 hằng năm?",
  [(LS, LS_GD4)],
  "Trước ngày 05/12 hằng năm: Sở GD&ĐT tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT. Mốc 10/12 là mốc cũ đã bị xóa trong bản dự thảo có theo dõi thay đổi.",
  ["05/12"])
Q("deadline", "Hạn các xã, phường ở Lạng Sơn ban hành kế hoạch thực hiện là khi nào?",
  [(LS, LS_XA1)],
  "UBND các xã, phường ban hành kế hoạch thực hiện trên địa bàn trước ngày 31/12/2025.",
  ["31/12/2025"])
Q("deadline", "Khi nào Lạng Sơn sơ kết và tổng kết kế hoạch?",
  [(LS, LS_GD3)],
  "Sở GD&ĐT chủ trì sơ kết giai đoạn 2026 - 2028 vào quý IV/2028 và tổng kết giai đoạn 2026 - 2030 vào quý IV/2030.",
  ["quý IV/2028", "quý IV/2030"])
Q("deadline", "Nền tảng Lạng Sơn học tập số phải xong khi nào?",
  [(LS, LS_KHCN), (LS, LS_CDS)],
  "Nền tảng “Lạng Sơn học tập số” do Sở Khoa học và Công nghệ chủ trì xây dựng, hoàn thành trong quý II/2026 (đưa vào sử dụng từ quý II/2026).",
  ["quý II/2026"])
Q("deadline", "Các cơ quan ở Lạng Sơn gửi dự toán kinh phí cho Sở Tài chính trước ngày nào?",
  [(LS, LS_DTOAN)],
  "Các cơ quan, đơn vị lập dự toán kinh phí thực hiện Kế hoạch gửi Sở Tài chính trước ngày 15/7 hằng năm.",
  ["15/7"])
Q("deadline", "Trưởng thôn ở Đồng Lộc báo cáo kết quả bình xét trước ngày nào?",
  [(DL, DL_TTH)],
  "Trưởng thôn báo cáo kết quả về UBND xã trước ngày 25/11/2026.",
  ["25/11/2026"])
Q("deadline", "Chế độ báo cáo của kế hoạch xã Đồng Lộc quy định mốc nào?",
  [(DL, DL_BC)],
  "Các ban, ngành, đoàn thể, thôn báo cáo về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 20/6/2026 (báo cáo 6 tháng) và trước ngày 20/11/2026 (cả năm).",
  ["20/6/2026", "20/11/2026"])
Q("deadline", "Tuần lễ hưởng ứng học tập suốt đời ở xã Đồng Lộc diễn ra ngày nào?",
  [(DL, DL_TL)],
  "Từ ngày 01/10 đến ngày 07/10/2026.",
  ["01/10", "07/10/2026"])

# ============================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập Lạng Sơn 2026 - 2030 là bao nhiêu?",
  [(LS, LS_KP)],
  "Tổng kinh phí dự kiến là 45.600 triệu đồng, gồm ngân sách tỉnh 28.400 triệu đồng, ngân sách cấp xã 11.200 triệu đồng và nguồn xã hội hóa, các nguồn hợp pháp khác 6.000 triệu đồng.",
  ["45.600", "28.400", "11.200", "6.000"])
Q("funding", "Ngân sách cấp xã đóng góp bao nhiêu cho kế hoạch của Lạng Sơn?",
  [(LS, LS_KP)],
  "Ngân sách cấp xã 11.200 triệu đồng (trong tổng 45.600 triệu đồng).",
  ["11.200"])
Q("funding", "Mỗi TTHTCĐ ở Lạng Sơn được ngân sách tỉnh hỗ trợ bao nhiêu?",
  [(LS, LS_TTHT)],
  "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/trung tâm/năm.",
  ["25 triệu"])
Q("funding", "Duy trì nền tảng Lạng Sơn học tập số tốn bao nhiêu một năm và ai quản lý?",
  [(LS, LS_NT)],
  "500 triệu đồng/năm, do Sở Khoa học và Công nghệ quản lý.",
  ["500 triệu", "Sở Khoa học và Công nghệ"])
Q("funding", "Kế hoạch năm 2026 của xã Đồng Lộc có tổng kinh phí bao nhiêu, từ nguồn nào?",
  [(DL, DL_KP)],
  "Tổng kinh phí 235 triệu đồng: ngân sách xã 160 triệu đồng (trong đó hỗ trợ hoạt động Trung tâm học tập cộng đồng 45 triệu đồng) và nguồn xã hội hóa, Quỹ khuyến học xã 75 triệu đồng.",
  ["235", "160", "75"])
Q("funding", "Đồng Lộc dành bao nhiêu tiền hỗ trợ hoạt động Trung tâm học tập cộng đồng?",
  [(DL, DL_KP)],
  "45 triệu đồng, nằm trong 160 triệu đồng ngân sách xã.",
  ["45 triệu"])
Q("funding", "Hội Khuyến học xã Đồng Lộc phải vận động Quỹ khuyến học đạt bao nhiêu?",
  [(DL, DL_MT)],
  "Hội Khuyến học xã vận động xây dựng Quỹ khuyến học đạt 75 triệu đồng.",
  ["75 triệu"])
Q("funding", "Quỹ khuyến học các cấp ở Lạng Sơn phải đạt bao nhiêu vào năm 2030?",
  [(LS, LS_MT2)],
  "Ít nhất 20 tỷ đồng vào năm 2030 (nhiệm vụ đề nghị Ủy ban MTTQ Việt Nam tỉnh chỉ đạo các đoàn thể vận động).",
  ["20 tỷ"])

# ============================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập tỉnh Lạng Sơn 2026 - 2030 căn cứ vào những văn bản nào?",
  [(LS, LS_CC0), (LS, LS_CC1), (LS, LS_CC2), (LS, LS_CC3), (LS, LS_TTR)],
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Nghị quyết số 27-NQ/TU ngày 14/8/2025 của Ban Thường vụ Tỉnh ủy Lạng Sơn; theo đề nghị của Sở GD&ĐT tại Tờ trình số 2145/TTr-SGDĐT ngày 10/9/2025.",
  ["49-KL/TW", "1373/QĐ-TTg", "27-NQ/TU"])
Q("legal_basis", "Nghị quyết của Tỉnh ủy nào được Lạng Sơn viện dẫn?",
  [(LS, LS_CC3)],
  "Nghị quyết số 27-NQ/TU ngày 14 tháng 8 năm 2025 của Ban Thường vụ Tỉnh ủy Lạng Sơn về phát triển giáo dục và đào tạo, xây dựng xã hội học tập đến năm 2030.",
  ["27-NQ/TU"])
Q("legal_basis", "Kế hoạch của xã Đồng Lộc dựa trên các căn cứ nào?",
  [(DL, DL_CC0), (DL, DL_CC1), (DL, DL_CC2), (DL, DL_CC3)],
  "Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 410/KH-UBND ngày 20/10/2025 của UBND tỉnh Hà Tĩnh; Nghị quyết số 08-NQ/ĐU ngày 05/11/2025 của Ban Chấp hành Đảng bộ xã.",
  ["1373/QĐ-TTg", "410/KH-UBND", "08-NQ/ĐU"])
Q("legal_basis", "Đồng Lộc thực hiện kế hoạch nào của tỉnh Hà Tĩnh?",
  [(DL, DL_CC2)],
  "Kế hoạch số 410/KH-UBND ngày 20/10/2025 của UBND tỉnh Hà Tĩnh về xây dựng xã hội học tập giai đoạn 2026 - 2030.",
  ["410/KH-UBND"])

# ============================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Lạng Sơn là gì?",
  [(LS, LS_MD1), (LS, LS_MD2), (LS, LS_MD3)],
  "Cụ thể hóa các mục tiêu của Đề án 1373 và Nghị quyết 27-NQ/TU phù hợp với chính quyền địa phương hai cấp; tạo cơ hội cho mọi người dân, nhất là đồng bào Tày, Nùng, Dao ở vùng cao, biên giới, được học tập suốt đời; nâng cao chất lượng nguồn nhân lực cho kinh tế cửa khẩu, thương mại, du lịch và quốc phòng, an ninh biên giới.",
  ["Tày, Nùng, Dao", "kinh tế cửa khẩu"])
Q("purpose", "Mục tiêu chung của Lạng Sơn đến 2030 về xã hội học tập?",
  [(LS, LS_CHUNG)],
  "Xây dựng xã hội học tập theo hướng mọi người dân được học tập thường xuyên, suốt đời; phấn đấu đến năm 2030 Lạng Sơn đạt mức trung bình khá của cả nước về các chỉ số xã hội học tập.",
  ["trung bình khá"])
Q("purpose", "Kế hoạch xã Đồng Lộc năm 2026 nhằm mục đích gì?",
  [(DL, DL_MD1), (DL, DL_MD2), (DL, DL_MD3)],
  "Đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng, tạo cơ hội học tập cho mọi người dân, nhất là người cao tuổi, phụ nữ và lao động nông thôn; phát huy truyền thống quê hương Đồng Lộc anh hùng, gắn với nông thôn mới nâng cao, kiểu mẫu; các ban, ngành, đoàn thể, thôn xác định rõ nhiệm vụ, thời gian, bảo đảm thiết thực, không hình thức.",
  ["người cao tuổi", "nông thôn mới"])

# ============================================================ task_section (4)
Q("task_section", "Lạng Sơn có những giải pháp gì về trung tâm học tập cộng đồng sau sắp xếp đơn vị hành chính?",
  [(LS, LS_TTHTCD)],
  "Sắp xếp lại hệ thống trung tâm học tập cộng đồng sau sắp xếp đơn vị hành chính cấp xã, mỗi xã, phường có 01 trung tâm (65 trung tâm); bố trí cán bộ quản lý kiêm nhiệm và giáo viên, báo cáo viên tham gia giảng dạy.",
  ["65 trung tâm", "kiêm nhiệm"])
Q("task_section", "Nhiệm vụ xóa mù chữ và phát triển văn hóa đọc của Lạng Sơn gồm gì?",
  [(LS, LS_XMC2)],
  "Duy trì, nâng cao kết quả xóa mù chữ, ưu tiên các xã Mẫu Sơn, Đình Lập, Bình Gia và các xã biên giới; luân chuyển sách, báo về thư viện, tủ sách cộng đồng; xây dựng mô hình “Tủ sách biên cương” tại các đồn biên phòng.",
  ["Mẫu Sơn", "Tủ sách biên cương"])
Q("task_section", "Xã Đồng Lộc làm gì để chuyển đổi số trong học tập?",
  [(DL, DL_CDS)],
  "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến; triển khai phong trào “Bình dân học vụ số” tại 18 thôn.",
  ["VNeID", "Bình dân học vụ số"])
Q("task_section", "Đồng Lộc có kế hoạch đào tạo nghề cho lao động nông thôn không?",
  [(DL, DL_NGHE)],
  "Có: phối hợp với các cơ sở giáo dục nghề nghiệp mở 02 lớp đào tạo nghề ngắn hạn (may công nghiệp, sửa chữa máy nông nghiệp) cho lao động nông thôn trong quý III/2026.",
  ["02 lớp", "quý III/2026"])

# ============================================================ cross_plan (6)
Q("cross_plan", "Những kế hoạch nào cùng căn cứ Quyết định 1373/QĐ-TTg: Lạng Sơn, Đồng Lộc, Cần Thơ?",
  [(LS, LS_CC2), (DL, DL_CC1), (CT, CT_1373)],
  "Cả ba: kế hoạch của tỉnh Lạng Sơn, của xã Đồng Lộc và của thành phố Cần Thơ đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg", "Lạng Sơn", "Đồng Lộc", "Cần Thơ"])
Q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2030 của Lạng Sơn và xã Đồng Lộc.",
  [(LS, LS_GD), (DL, DL_GD)],
  "Lạng Sơn: 78% hộ gia đình đạt “Gia đình học tập” năm 2030; xã Đồng Lộc: định hướng 85% đến năm 2030 (năm 2026 là 75%). Đồng Lộc đặt mức cao hơn.",
  ["78%", "85%"])
Q("cross_plan", "Ai ký kế hoạch của Lạng Sơn, của xã Đồng Lộc và của Huế?",
  [(LS, LS_SIGNER), (DL, DL_SIGN), (HUE, HUE_SIGN)],
  "Lạng Sơn: Hoàng Thị Diệu Linh (KT. Chủ tịch, Phó Chủ tịch UBND tỉnh); Đồng Lộc: Trần Đình Khang (Chủ tịch UBND xã); Huế: Nguyễn Thanh Bình (Phó Chủ tịch).",
  ["Hoàng Thị Diệu Linh", "Trần Đình Khang", "Nguyễn Thanh Bình"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được tổ chức thế nào ở Lạng Sơn, Đồng Lộc và Cần Thơ?",
  [(LS, LS_TUANLE), (DL, DL_TL), (CT, CT_TUANLE)],
  "Lạng Sơn tổ chức hằng năm vào tháng 10, khai mạc cấp tỉnh năm 2026 tại phường Kỳ Lừa; Đồng Lộc tổ chức từ 01/10 đến 07/10/2026; Cần Thơ hằng năm tổ chức hiệu quả Tuần lễ cùng Ngày sách và văn hóa đọc Việt Nam.",
  ["tháng 10", "Kỳ Lừa", "01/10"])
Q("cross_plan", "Hạn báo cáo về Sở GD&ĐT của Lạng Sơn (các xã, phường) so với Huế?",
  [(LS, LS_XA2), (HUE, HUE_BC)],
  "Ở Lạng Sơn, UBND các xã, phường báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm; ở Huế, báo cáo gửi Sở GD&ĐT trước ngày 15/12/2026.",
  ["30/11", "15/12/2026"])
Q("cross_plan", "Về kỹ năng số, Lạng Sơn và Hà Nội đặt chỉ tiêu gì cho cán bộ, công chức, viên chức?",
  [(LS, LS_CB), (HN, HN_KNS)],
  "Lạng Sơn: đến năm 2030, 85% cán bộ, công chức, viên chức cấp xã được bồi dưỡng kiến thức, kỹ năng chuyển đổi số; Hà Nội: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản.",
  ["85%", "100%"])

# ============================================================ no_diacritics (6)
Q("no_diacritics", "so giao duc va dao tao lang son bao cao truoc ngay nao",
  [(LS, LS_GD4)],
  "Sở Giáo dục và Đào tạo Lạng Sơn tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT kết quả thực hiện trước ngày 05/12 hằng năm.",
  ["05/12"])
Q("no_diacritics", "ty le dong ho hoc tap lang son nam 2030",
  [(LS, LS_HEAD), (LS, LS_DH)],
  "Năm 2030 tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” ở Lạng Sơn là 60% (2026: 45%, 2028: 52%).",
  ["60%"])
Q("no_diacritics", "so van hoa the thao va du lich lang son lam gi",
  [(LS, LS_VH1), (LS, LS_VH2)],
  "Sở VHTTDL chỉ đạo Thư viện tỉnh phát triển văn hóa đọc, luân chuyển sách về thư viện, tủ sách cộng đồng cấp xã; tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm; hướng dẫn xây dựng “Gia đình học tập” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
  ["Thư viện tỉnh", "21/4"])
Q("no_diacritics", "xa dong loc ky nang so co ban nam 2026 bao nhieu phan tram",
  [(DL, DL_HEADT), (DL, DL_KNS)],
  "Năm 2026 xã Đồng Lộc đặt chỉ tiêu 50% người dân có kỹ năng số cơ bản (đến năm 2030: 70%).",
  ["50%"])
Q("no_diacritics", "truong thon dong loc co nhiem vu gi",
  [(DL, DL_TTH)],
  "Trưởng thôn tổ chức bình xét các danh hiệu học tập tại thôn, báo cáo kết quả về UBND xã trước ngày 25/11/2026.",
  ["bình xét", "25/11/2026"])
Q("no_diacritics", "so tu phap lang son phoi hop gi",
  [(LS, LS_TP)],
  "Sở Tư pháp phối hợp tổ chức phổ biến, giáo dục pháp luật tại các trung tâm học tập cộng đồng; xây dựng tủ sách pháp luật điện tử.",
  ["pháp luật", "tủ sách pháp luật điện tử"])

# ============================================================ abbreviation (6)
Q("abbreviation", "Sở NN&MT LS có nv gì trong KH XHHT?",
  [(LS, LS_NNMT)],
  "Sở Nông nghiệp và Môi trường phối hợp với các trung tâm học tập cộng đồng chuyển giao tiến bộ kỹ thuật trồng hồi, quế, cây ăn quả và chăn nuôi cho nông dân.",
  ["hồi, quế", "chăn nuôi"])
Q("abbreviation", "TT GDTX tỉnh LS làm gì?",
  [(LS, LS_GDTX)],
  "Trung tâm Giáo dục thường xuyên tỉnh tổ chức các lớp bồi dưỡng kỹ năng số, ngoại ngữ, tin học cho người dân; liên kết đào tạo từ xa, đào tạo trực tuyến.",
  ["kỹ năng số", "đào tạo từ xa"])
Q("abbreviation", "UBMTTQ tỉnh LS được đề nghị gì?",
  [(LS, LS_MT1), (LS, LS_MT2)],
  "Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp tuyên truyền, vận động nhân dân học tập suốt đời; chỉ đạo Hội Khuyến học tỉnh chủ trì đánh giá, công nhận “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, khối phố; chỉ đạo Tỉnh đoàn, Hội LHPN tỉnh, Hội Nông dân tỉnh lồng ghép học tập suốt đời; vận động Quỹ khuyến học các cấp đạt ít nhất 20 tỷ đồng vào năm 2030.",
  ["Hội Khuyến học tỉnh", "20 tỷ"])
Q("abbreviation", "VP HĐND&UBND xã ĐL làm gì?",
  [(DL, DL_VP)],
  "Văn phòng HĐND và UBND xã đăng tải Kế hoạch trên Trang thông tin điện tử xã; tổng hợp báo cáo gửi UBND tỉnh đúng thời hạn.",
  ["Trang thông tin điện tử", "UBND tỉnh"])
Q("abbreviation", "P. KT xã Đồng Lộc tham mưu bố trí bn tiền từ NS xã?",
  [(DL, DL_KT)],
  "Phòng Kinh tế tham mưu bố trí 160 triệu đồng từ ngân sách xã (bản OCR ghi “triêu”), hướng dẫn sử dụng, thanh quyết toán kinh phí.",
  ["160"])
Q("abbreviation", "ĐVHT cấp tỉnh LS 2026-2030 chỉ tiêu thế nào?",
  [(LS, LS_HEAD), (LS, LS_DV)],
  "Tỷ lệ cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập”: 78% (2026), 85% (2028), 92% (2030).",
  ["78%", "85%", "92%"])

# ============================================================ paraphrase (4)
Q("paraphrase", "Ở Lạng Sơn, đơn vị nào lo việc dạy tiếng Trung, tiếng Anh cho người làm ở cửa khẩu và quy mô ra sao?",
  [(LS, LS_BQL), (LS, LS_NN)],
  "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn chủ trì bồi dưỡng ngoại ngữ giao tiếp cho người lao động tại các cửa khẩu, ít nhất 600 lượt người mỗi năm; cả giai đoạn 2026 - 2030 ít nhất 3.000 lượt người lao động.",
  ["Ban Quản lý Khu kinh tế cửa khẩu", "600", "3.000"])
Q("paraphrase", "Lạng Sơn muốn bao nhiêu phần trăm người 15 đến 60 tuổi biết chữ ở mức 2 vào cuối giai đoạn?",
  [(LS, LS_HEAD), (LS, LS_BC)],
  "Năm 2030: 98,5% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 (2026: 96%, 2028: 97%).",
  ["98,5%"])
Q("paraphrase", "Xã Đồng Lộc tính tiền khen học sinh giỏi và học bổng từ đâu, khen vào dịp nào?",
  [(DL, DL_KH), (DL, DL_TRUONG)],
  "Vận động các dòng họ, doanh nghiệp, người con quê hương xa quê đóng góp Quỹ khuyến học; khen thưởng học sinh giỏi cấp tỉnh, cấp quốc gia vào dịp khai giảng năm học 2026 - 2027; các trường phối hợp Hội Khuyến học xã trao học bổng cho học sinh nghèo vượt khó.",
  ["Quỹ khuyến học", "khai giảng"])
Q("paraphrase", "Sách ở nhà văn hóa các thôn Đồng Lộc được duy trì thế nào?",
  [(DL, DL_TS)],
  "Duy trì tủ sách tại 18 nhà văn hóa thôn; mỗi thôn có ít nhất 01 mô hình “Dòng họ hiếu học”.",
  ["18 nhà văn hóa"])

# ============================================================ english (22)
Q("english", "What is Lang Son's total budget for the 2026-2030 learning society plan?",
  [(LS, LS_KP)],
  "45,600 million VND (45.600 triệu đồng): 28,400 million from the provincial budget, 11,200 million from commune budgets and 6,000 million from social contributions and other lawful sources.",
  ["600", "400", "200"])
Q("english", "Which department leads Lang Son's plan as the standing agency?",
  [(LS, LS_GD1)],
  "The Department of Education and Training (Sở Giáo dục và Đào tạo) is the standing agency.",
  ["Sở Giáo dục và Đào tạo"])
Q("english", "Who signed Lang Son's plan 1968/KH-UBND and on what date?",
  [(LS, LS_SIGNER), (LS, LS_DATE)],
  "It was signed by Hoàng Thị Diệu Linh, Vice Chairwoman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), on 22 September 2025 (22/9/2025).",
  ["Hoàng Thị Diệu Linh", "22"])
Q("english", "What share of commune officials should get digital transformation training by 2030 in Lang Son?",
  [(LS, LS_CB)],
  "85% of commune-level cadres, civil servants and public employees by 2030 (the accepted text; the old 80% was deleted in review).",
  ["85"])
Q("english", "Lang Son digital skills target for 2028?",
  [(LS, LS_HEAD), (LS, LS_KNS)],
  "60% of people aged 15 and over with basic digital skills in 2028 (45% in 2026, 75% in 2030).",
  ["60"])
Q("english", "What does the Department of Ethnic Minorities and Religion do under Lang Son's plan?",
  [(LS, LS_DTTG)],
  "It works with the Department of Education and Training on literacy classes for ethnic minorities, compiles Vietnamese - Tày and Vietnamese - Nùng bilingual materials, and mobilises respected ethnic minority figures for outreach.",
  ["Tày", "Nùng"])
Q("english", "How much does each community learning centre in Lang Son get per year?",
  [(LS, LS_TTHT)],
  "25 million VND per centre per year from the provincial budget.",
  ["25"])
Q("english", "How many community learning centres will Lang Son have after the commune mergers?",
  [(LS, LS_TTHTCD)],
  "65 centres: one per commune or ward.",
  ["65"])
Q("english", "Where will Lang Son open the provincial Lifelong Learning Week in 2026?",
  [(LS, LS_TUANLE)],
  "In Kỳ Lừa ward; the week is held every October.",
  ["Kỳ Lừa"])
Q("english", "Which central-level documents does Lang Son's plan cite as its basis?",
  [(LS, LS_CC1), (LS, LS_CC2)],
  "Conclusion 49-KL/TW of 10 May 2019 of the Party Secretariat and Decision 1373/QĐ-TTg of 30 July 2021 of the Prime Minister (besides the 2025 Law on Local Government Organisation and provincial Resolution 27-NQ/TU).",
  ["49", "1373"])
Q("english", "What is the literacy class target per year in Lang Son?",
  [(LS, LS_XMC)],
  "At least 120 literacy and post-literacy classes a year for ethnic minority people in highland and border communes.",
  ["120"])
Q("english", "What must the Border Guard Command do in Lang Son?",
  [(LS, LS_BP)],
  "Direct the border posts to work with border communes to open literacy classes and build the “Tủ sách biên cương” (border bookshelf) model.",
  ["Tủ sách biên cương"])
Q("english", "What is Dong Loc commune's budget for 2026?",
  [(DL, DL_KP)],
  "235 million VND: 160 million from the commune budget (of which 45 million for the community learning centre) and 75 million from social contributions and the commune study promotion fund.",
  ["235", "160", "75"])
Q("english", "Who signed the Dong Loc plan?",
  [(DL, DL_SIGN), (DL, DL_SIGN_CT)],
  "Trần Đình Khang, Chairman of the commune People's Committee (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH).",
  ["Trần Đình Khang"])
Q("english", "Dong Loc learning families target 2026 and 2030?",
  [(DL, DL_HEADT), (DL, DL_GD)],
  "75% in 2026 (the OCR text reads “7S%”) and 85% by 2030.",
  ["75", "85"])
Q("english", "When is Lifelong Learning Week in Dong Loc?",
  [(DL, DL_TL)],
  "From 1 to 7 October 2026 (01/10 - 07/10/2026).",
  ["2026"])
Q("english", "What does the commune police do in Dong Loc's plan?",
  [(DL, DL_CA)],
  "The commune police guide residents to activate and use their electronic identification (VNeID) accounts and raise awareness against online fraud.",
  ["VNeID"])
Q("english", "Which agency is the standing body in Dong Loc and when are the reviews due?",
  [(DL, DL_VHXH)],
  "The Culture and Society Division (Phòng Văn hóa - Xã hội); the six-month review before 15/6/2026 and the year-end review before 30/11/2026.",
  ["Phòng Văn hóa - Xã hội", "15/6/2026", "30/11/2026"])
Q("english", "How many villages does Dong Loc have and since when is it under the province directly?",
  [(DL, DL_INTRO)],
  "18 villages (thôn); it was reorganised under the two-level local government model from 1 July 2025 (01/7/2025), directly under Hà Tĩnh province.",
  ["18", "Hà Tĩnh"])
Q("english", "What vocational training will Dong Loc organise and when?",
  [(DL, DL_NGHE)],
  "Two short vocational courses (industrial sewing and farm machinery repair) for rural workers in Q3 2026 (quý III/2026).",
  ["III/2026"])
Q("english", "Which associations are asked to help in Dong Loc's plan?",
  [(DL, DL_MT)],
  "The commune Fatherland Front committee and associations: the Study Promotion Association (Hội Khuyến học xã, fund of 75 million), the Youth Union (digital skills classes), the Women's Union, the Farmers' Union and the Veterans' Association.",
  ["Hội Khuyến học", "75"])
Q("english", "What is the reading-culture activity in Dong Loc on 21/4?",
  [(DL, DL_VHD)],
  "Vietnam Book and Reading Culture Day (21/4) is held at the Ngã ba Đồng Lộc historical site.",
  ["Ngã ba Đồng Lộc"])

# ============================================================ follow_up (22)
Q("follow_up", "Còn năm 2030?",
  [(LS, LS_HEAD), (LS, LS_KNS)],
  "Năm 2030: 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.",
  ["75%"],
  ["Lạng Sơn đặt chỉ tiêu kỹ năng số cơ bản năm 2028 bao nhiêu?",
   "Theo Bảng 1, năm 2028 là 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."])
Q("follow_up", "còn năm 2030 thì sao?",
  [(DL, DL_HEADT), (DL, DL_DH)],
  "Định hướng đến năm 2030: 70% dòng họ đạt “Dòng họ học tập”.",
  ["70%"],
  ["Đồng Lộc năm 2026 phấn đấu bao nhiêu % dòng họ đạt Dòng họ học tập?",
   "Năm 2026, 60% dòng họ đạt danh hiệu “Dòng họ học tập”."])
Q("follow_up", "Thế năm 2026?",
  [(LS, LS_HEAD), (LS, LS_TT)],
  "Năm 2026: 40% trung tâm học tập cộng đồng được xếp loại Tốt.",
  ["40%"],
  ["Tỷ lệ TTHTCĐ xếp loại Tốt năm 2030 ở Lạng Sơn?",
   "Năm 2030: 70% trung tâm học tập cộng đồng được xếp loại Tốt."])
Q("follow_up", "Còn nhóm Mô hình học tập thì có những chỉ tiêu nào năm 2030?",
  [(LS, LS_GROUP_MH), (LS, LS_GD), (LS, LS_DH), (LS, LS_CD), (LS, LS_DV)],
  "Nhóm “Mô hình học tập” năm 2030: hộ gia đình đạt “Gia đình học tập” 78%; dòng họ đạt “Dòng họ học tập” 60%; thôn, khối phố đạt “Cộng đồng học tập” 58%; cơ quan, đơn vị cấp tỉnh đạt “Đơn vị học tập” 92%.",
  ["78%", "60%", "58%", "92%"],
  ["Trong Bảng 1 của Lạng Sơn, nhóm Giáo dục phổ thông và xóa mù chữ có chỉ tiêu gì năm 2030?",
   "Năm 2030: 98,5% người 15 - 60 tuổi biết chữ mức độ 2; 96% người dân tộc thiểu số 15 - 60 tuổi biết chữ mức độ 2; 97% thanh niên, thiếu niên 15 - 18 tuổi tốt nghiệp THCS."])
Q("follow_up", "Thế còn Sở Tài chính?",
  [(LS, LS_TC1), (LS, LS_TC2)],
  "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí trong dự toán ngân sách hằng năm, hướng dẫn quản lý, sử dụng, quyết toán kinh phí; lồng ghép mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của tỉnh.",
  ["dự toán", "quyết toán", "5 năm"],
  ["Sở Khoa học và Công nghệ Lạng Sơn có nhiệm vụ gì?",
   "Chủ trì xây dựng, vận hành nền tảng “Lạng Sơn học tập số”, hoàn thành trong quý II/2026; hướng dẫn triển khai phong trào “Bình dân học vụ số”."])
Q("follow_up", "Còn Ban CHQS xã thì sao?",
  [(DL, DL_QS)],
  "Ban Chỉ huy Quân sự xã lồng ghép học tập trong huấn luyện dân quân; phối hợp tổ chức giáo dục truyền thống tại Khu di tích Ngã ba Đồng Lộc.",
  ["dân quân", "Ngã ba Đồng Lộc"],
  ["Công an xã Đồng Lộc làm gì trong kế hoạch?",
   "Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử; tuyên truyền phòng, chống lừa đảo trên không gian mạng."])
Q("follow_up", "Vậy Sở Tài chính có nhiệm vụ gì?",
  [(LS, LS_TC1)],
  "Sở Y tế không có trong kế hoạch; còn Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm và hướng dẫn quản lý, sử dụng, quyết toán kinh phí.",
  ["dự toán", "quyết toán"],
  ["Sở Y tế Lạng Sơn có nhiệm vụ gì trong kế hoạch xã hội học tập?", REFUSE])
Q("follow_up", "Thế còn Hội Cựu chiến binh xã Đồng Lộc?",
  [(DL, DL_MT)],
  "Hội Cựu chiến binh xã (cùng Hội LHPN xã, Hội Nông dân xã) được đề nghị vận động hội viên tham gia học tập suốt đời.",
  ["vận động hội viên"],
  ["Trạm Y tế xã Đồng Lộc làm gì trong kế hoạch?", REFUSE])
Q("follow_up", "Vậy xã Đồng Lộc thì đặt bao nhiêu?",
  [(DL, DL_HEADT), (DL, DL_GD)],
  "Xã Đồng Lộc đặt 75% gia đình đạt “Gia đình học tập” năm 2026 (OCR đọc “7S%”) và 85% đến năm 2030.",
  ["75%", "85%"],
  ["Tỉnh Hà Tĩnh đặt chỉ tiêu Gia đình học tập năm 2030 bao nhiêu?", REFUSE])
Q("follow_up", "Vậy kế hoạch của tỉnh Lạng Sơn giao gì cho các xã, phường?",
  [(LS, LS_XA1), (LS, LS_XA2)],
  "UBND các xã, phường ban hành kế hoạch thực hiện trước ngày 31/12/2025; bố trí kinh phí, củng cố trung tâm học tập cộng đồng; báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["31/12/2025", "30/11"],
  ["Kế hoạch xã hội học tập của phường Kỳ Lừa có chỉ tiêu gì?", REFUSE])
Q("follow_up", "Họ báo cáo khi nào?",
  [(LS, LS_XA2)],
  "UBND các xã, phường báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
  ["30/11"],
  ["UBND các xã, phường ở Lạng Sơn phải làm gì?",
   "Ban hành kế hoạch thực hiện trước ngày 31/12/2025; bố trí kinh phí, củng cố trung tâm học tập cộng đồng."])
Q("follow_up", "Trong đó ngân sách tỉnh bao nhiêu?",
  [(LS, LS_KP)],
  "Ngân sách tỉnh 28.400 triệu đồng.",
  ["28.400"],
  ["Tổng kinh phí kế hoạch Lạng Sơn?",
   "Dự kiến 45.600 triệu đồng cho giai đoạn 2026 - 2030."])
Q("follow_up", "Còn xã hội hóa?",
  [(DL, DL_KP)],
  "Nguồn xã hội hóa, Quỹ khuyến học xã: 75 triệu đồng.",
  ["75 triệu"],
  ["Kinh phí năm 2026 xã Đồng Lộc bao nhiêu?",
   "Tổng 235 triệu đồng, trong đó ngân sách xã 160 triệu đồng."])
Q("follow_up", "Còn chỉ tiêu 80% thì sao?",
  [(LS, LS_CB)],
  "Kế hoạch (bản đã chấp nhận các chỉnh sửa) không đặt mức 80%: 80% là con số cũ đã bị xóa trong dự thảo, thay bằng 85% cán bộ, công chức, viên chức cấp xã được bồi dưỡng kỹ năng chuyển đổi số đến năm 2030.",
  ["85%"],
  ["Đến 2030 Lạng Sơn bồi dưỡng chuyển đổi số cho bao nhiêu % cán bộ cấp xã?",
   "85% cán bộ, công chức, viên chức cấp xã được bồi dưỡng kiến thức, kỹ năng chuyển đổi số đến năm 2030."])
Q("follow_up", "Còn ở xã Đồng Lộc thì Tuần lễ đó tổ chức ngày nào?",
  [(DL, DL_TL)],
  "Ở xã Đồng Lộc, Tuần lễ hưởng ứng học tập suốt đời diễn ra từ ngày 01/10 đến ngày 07/10/2026.",
  ["01/10", "07/10/2026"],
  ["Lạng Sơn tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng mấy?",
   "Hằng năm vào tháng 10; khai mạc cấp tỉnh năm 2026 tại phường Kỳ Lừa."])
Q("follow_up", "Thế ai ký kế hoạch đó?",
  [(DL, DL_SIGN), (DL, DL_SIGN_CT)],
  "Chủ tịch UBND xã Trần Đình Khang ký (TM. Ủy ban nhân dân, Chủ tịch).",
  ["Trần Đình Khang"],
  ["Kế hoạch xã hội học tập năm 2026 của xã Đồng Lộc số mấy?",
   "Kế hoạch số 52/KH-UBND ngày 16/12/2025."])
Q("follow_up", "Việc đó ai chủ trì và khi nào xong?",
  [(LS, LS_KHCN)],
  "Sở Khoa học và Công nghệ chủ trì xây dựng, vận hành nền tảng “Lạng Sơn học tập số”, hoàn thành trong quý II/2026.",
  ["Sở Khoa học và Công nghệ", "quý II/2026"],
  ["Lạng Sơn có xây dựng nền tảng học tập trực tuyến nào không?",
   "Có: nền tảng “Lạng Sơn học tập số”, kinh phí duy trì 500 triệu đồng/năm."])
Q("follow_up", "Họ còn được đề nghị làm gì nữa?",
  [(DL, DL_MT)],
  "Trong cùng mục, Hội Khuyến học xã vận động xây dựng Quỹ khuyến học đạt 75 triệu đồng; Đoàn Thanh niên xã chủ trì các lớp kỹ năng số; Hội LHPN, Hội Nông dân, Hội Cựu chiến binh xã vận động hội viên tham gia học tập suốt đời.",
  ["75 triệu", "kỹ năng số"],
  ["Hội Khuyến học xã Đồng Lộc phối hợp với ai để trao học bổng?",
   "Các trường mầm non, tiểu học, THCS phối hợp Hội Khuyến học xã trao học bổng cho học sinh nghèo vượt khó."])
Q("follow_up", "And what about 2030?",
  [(LS, LS_HEAD), (LS, LS_DT)],
  "In 2030: 96% of ethnic minority people aged 15 - 60 literate at level 2.",
  ["96"],
  ["Lang Son ethnic minority literacy target 2026?",
   "90% of ethnic minority people aged 15 - 60 literate at level 2 in 2026 (93% in 2028)."])
Q("follow_up", "And the commune Dong Loc, who is its standing body?",
  [(DL, DL_VHXH)],
  "In Đồng Lộc the standing body is the Culture and Society Division (Phòng Văn hóa - Xã hội).",
  ["Phòng Văn hóa - Xã hội"],
  ["Which body is the standing agency in Lang Son's plan?",
   "The Department of Education and Training (Sở Giáo dục và Đào tạo)."])
Q("follow_up", "What about the Department of Justice then?",
  [(LS, LS_TP)],
  "The Department of Justice (Sở Tư pháp) helps run legal education at the community learning centres and builds an electronic legal bookshelf.",
  ["Sở Tư pháp"],
  ["What does the Department of Health do in Lang Son's plan?", REFUSE_EN])
Q("follow_up", "Còn Phòng Kinh tế thì sao?",
  [(DL, DL_KT)],
  "Phòng Kinh tế tham mưu bố trí 160 triệu đồng từ ngân sách xã; hướng dẫn sử dụng, thanh quyết toán kinh phí theo quy định.",
  ["160", "quyết toán"],
  ["Văn phòng HĐND và UBND xã Đồng Lộc làm gì?",
   "Đăng tải Kế hoạch trên Trang thông tin điện tử xã; tổng hợp báo cáo gửi UBND tỉnh đúng thời hạn."])

# ============================================================ unanswerable (32)
U("Theo kế hoạch Lạng Sơn, chỉ tiêu 80% cán bộ cấp xã được bồi dưỡng chuyển đổi số áp dụng cho năm nào?",
  "Kế hoạch không đặt chỉ tiêu 80%: con số này đã bị xóa trong dự thảo (bản chấp nhận chỉnh sửa ghi 85% đến năm 2030). " + REFUSE)
U("Tổng kinh phí 42.000 triệu đồng của Lạng Sơn chia theo từng năm thế nào?",
  "Kế hoạch không có khoản 42.000 triệu đồng (con số đã bị xóa; tổng kinh phí là 45.600 triệu đồng) và không chia kinh phí theo từng năm. " + REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Lạng Sơn có nhiệm vụ gì trong kế hoạch xã hội học tập?",
  "Bộ Chỉ huy Quân sự tỉnh chỉ xuất hiện trong phần chữ đã bị xóa của dự thảo, không có nhiệm vụ trong kế hoạch. " + REFUSE)
U("Kế hoạch số 132/KH-UBND năm 2022 của Lạng Sơn đặt chỉ tiêu gì cho giai đoạn 2022 - 2025?", REFUSE)
U("Năm 2025 Lạng Sơn mới bồi dưỡng được bao nhiêu phần trăm cán bộ cấp xã về chuyển đổi số?",
  "Con số này chỉ có trong ý kiến góp ý (comment) của người rà soát, không phải nội dung kế hoạch. " + REFUSE)
U("Sở Y tế Lạng Sơn được giao nhiệm vụ truyền thông sức khỏe tại TTHTCĐ như thế nào?",
  "Sở Y tế chỉ được nhắc trong một ý kiến góp ý (comment), kế hoạch không giao nhiệm vụ cho Sở Y tế. " + REFUSE)
U("Lạng Sơn phấn đấu vào nhóm bao nhiêu tỉnh dẫn đầu về chỉ số xã hội học tập?",
  "Kế hoạch chỉ nêu “mức trung bình khá của cả nước”; không có thứ hạng cụ thể (gợi ý “nhóm 30 tỉnh” chỉ nằm trong ý kiến góp ý). " + REFUSE)
U("Tỷ lệ lao động qua đào tạo của Lạng Sơn năm 2028 là bao nhiêu?",
  "Ô năm 2028 của chỉ tiêu lao động qua đào tạo trong Bảng 1 để trống. " + REFUSE)
U("Chỉ tiêu Gia đình học tập của Lạng Sơn năm 2027?", REFUSE)
U("Xã Đồng Lộc đặt chỉ tiêu kỹ năng số năm 2028 bao nhiêu?", REFUSE)
U("Kế hoạch 410/KH-UBND của UBND tỉnh Hà Tĩnh do ai ký?", REFUSE)
U("Tỉnh Hà Tĩnh giao chỉ tiêu Cộng đồng học tập năm 2030 cho các xã là bao nhiêu?", REFUSE)
U("Huyện Can Lộc có kế hoạch xây dựng xã hội học tập năm 2026 không, chỉ tiêu thế nào?", REFUSE)
U("Xã Can Lộc đặt bao nhiêu lớp tin học cho người cao tuổi năm 2026?", REFUSE)
U("Kế hoạch xã hội học tập của phường Kỳ Lừa giao nhiệm vụ gì cho các khối phố?", REFUSE)
U("Xã Mẫu Sơn được giao bao nhiêu lớp xóa mù chữ mỗi năm?", REFUSE)
U("Hiện nay Lạng Sơn còn bao nhiêu người mù chữ?", REFUSE)
U("Đồng Lộc hiện có bao nhiêu gia đình đạt Gia đình học tập?", REFUSE)
U("Xã, phường ở Lạng Sơn chậm ban hành kế hoạch thì bị xử lý ra sao?", REFUSE)
U("Thôn đạt Cộng đồng học tập ở Đồng Lộc được thưởng bao nhiêu tiền?", REFUSE)
U("Kinh phí cho phong trào Bình dân học vụ số ở Lạng Sơn là bao nhiêu?", REFUSE)
U("Đồng Lộc chi bao nhiêu tiền cho 04 lớp tin học người cao tuổi?", REFUSE)
U("Phòng Giáo dục và Đào tạo có nhiệm vụ gì trong kế hoạch của xã Đồng Lộc?", REFUSE)
U("Sở Giáo dục và Đào tạo Hà Tĩnh làm gì theo kế hoạch xã Đồng Lộc?", REFUSE)
U("Trạm Y tế xã Đồng Lộc được giao nhiệm vụ gì?", REFUSE)
U("Công an tỉnh Lạng Sơn có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Tờ trình 2145/TTr-SGDĐT của Sở GD&ĐT Lạng Sơn do ai ký?", REFUSE)
U("What is Ha Tinh province's 2030 target for learning families?", REFUSE_EN)
U("How many illiterate people live in Dong Loc commune today?", REFUSE_EN)
U("What does the Department of Health have to do under Lang Son's plan?", REFUSE_EN)
U("Còn năm 2027 thì sao?", REFUSE,
  ["Đồng Lộc đặt bao nhiêu % người dân có kỹ năng số cơ bản?",
   "Năm 2026: 50%; định hướng đến năm 2030: 70%."])
U("Thế giá vé vào Khu di tích Ngã ba Đồng Lộc bao nhiêu?", REFUSE,
  ["Đồng Lộc tổ chức Ngày Sách 21/4 ở đâu?",
   "Tại Khu di tích lịch sử Ngã ba Đồng Lộc."])


def main():
    for i, q in enumerate(QS, 1):
        q["id"] = f"e28-{i:03d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
