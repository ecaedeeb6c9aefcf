"""Write eval/sets/newplans66.jsonl (set 66) after checking every question.

    python eval/sets/src66/questions_src66.py

Refuses to write on: a span not in its doc's extracted text (check_sets.extract + norm), a key fact missing from its
answer or from every span it cites, a malformed history (2-4 turns alternating user/assistant from the user, ending
with the assistant), a repeated id or question, a type below its minimum, fewer than 140 questions, or an
unanswerable question whose accent-free probe matches the accent-free normalised text of the plans it is about.
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

T = "tct_quangtri_27-KH-TCT_2026.pdf"
C = "ctd_quangtri_14-KH-CTD_2026.docx"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
NEW = [T, C]
BUNDLED = [HUE, ML, HN, CT, AL]
ALL = NEW + BUNDLED

# ---- spans: the political school's PDF (T) ----
T_num = "Số 27-KH/TCT"
T_date = "Quảng Trị, ngày 12 tháng 01 năm 2026"
T_title = ("Bồi dưỡng kỹ năng tự học, học tập suốt đời cho cán bộ, công chức cấp xã sau sắp xếp, góp phần xây dựng xã "
           "hội học tập tỉnh Quảng Trị năm 2026")
T_cc1 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học "
         "tập giai đoạn 2021 - 2030”")
T_cc2 = ("Căn cứ Kế hoạch số 215-KH/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy về bồi dưỡng cán bộ, công chức cấp xã "
         "sau sắp xếp đơn vị hành chính")
T_cc3 = ("Căn cứ Kế hoạch số 3012/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập tỉnh "
         "Quảng Trị năm 2026")
T_cc4 = ("Căn cứ Chương trình phối hợp số 01/CTPH-TCT-CTĐ ngày 08/01/2026 giữa Trường Chính trị tỉnh và Hội Chữ thập đỏ "
         "tỉnh giai đoạn 2026 - 2030")
T_md1 = ("Trang bị cho cán bộ, công chức các xã, phường, đặc khu được hình thành sau sắp xếp từ ngày 01/7/2025 (tỉnh "
         "Quảng Bình và tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị) phương pháp tự học, khai thác học liệu số và kỹ "
         "năng quản trị tri thức, đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp")
T_md2 = ("Xây dựng Trường Chính trị tỉnh trở thành “Đơn vị học tập” tiêu biểu của khối các cơ quan Đảng, đoàn thể tỉnh; "
         "lan tỏa phong trào học tập suốt đời trong đội ngũ cán bộ cơ sở")
T_yc1 = ("Nội dung bồi dưỡng thiết thực, gắn với nhiệm vụ cụ thể của từng chức danh; không tổ chức dàn trải, trùng lặp "
         "với các lớp do Sở Nội vụ mở")
T_yc2 = ("Việc tổ chức lớp theo cụm phải thuận lợi cho học viên ở các xã miền núi, biên giới và đặc khu Cồn Cỏ; học "
         "viên không phải đóng học phí")
T_mt0 = "Năm 2026, Trường mở 24 lớp bồi dưỡng với tối đa 1.200 lượt học viên"
T_g1 = ("Đối với cán bộ chủ chốt cấp xã (bí thư, phó bí thư đảng ủy, chủ tịch, phó chủ tịch Ủy ban nhân dân xã, phường, "
        "đặc khu), 100% được bồi dưỡng chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại số” với thời lượng "
        "05 ngày")
T_g2 = ("Đối với công chức chuyên môn cấp xã, ít nhất 70% được hướng dẫn khai thác nền tảng học tập trực tuyến của "
        "Trường và mỗi người hoàn thành tối thiểu 02 học phần trực tuyến trong năm")
T_g3 = ("Đối với học viên các lớp Trung cấp lý luận chính trị, 100% được cấp tài khoản Thư viện số của Trường; mỗi học "
        "viên có ít nhất 01 bài thu hoạch về xây dựng cộng đồng học tập tại địa phương mình")
T_g4 = ("Đối với trưởng thôn, bản, tổ dân phố tham gia lớp bồi dưỡng ngắn hạn, khoảng 40% được bồi dưỡng chuyên đề về "
        "vai trò của thôn, bản, tổ dân phố trong xây dựng cộng đồng học tập")
T_g5 = ("Đối với cán bộ, giảng viên, nhân viên của Trường, 100% đạt danh hiệu “Công dân học tập”; mỗi giảng viên tự "
        "học, nghiên cứu thực tế tối thiểu 60 giờ trong năm; ít nhất 85% hoàn thành khóa tập huấn sơ cấp cứu ban đầu do "
        "Hội Chữ thập đỏ tỉnh tổ chức")
T_1 = ("Một là, đổi mới nội dung chương trình bồi dưỡng. Biên soạn chuyên đề “Kỹ năng tự học và quản trị tri thức "
       "trong thời đại số” gồm 05 chủ đề, hoàn thành trước ngày 15/3/2026; lồng ghép nội dung xây dựng xã hội học tập "
       "vào chương trình Trung cấp lý luận chính trị từ khóa khai giảng tháng 4/2026")
T_2 = ("Hai là, phát triển nền tảng học tập trực tuyến. Đưa “Thư viện số Trường Chính trị tỉnh” vào vận hành với ít "
       "nhất 1.500 tài liệu số trước ngày 30/4/2026; xây dựng 06 học phần trực tuyến theo danh mục tại Phụ lục I, mỗi "
       "học phần có bài kiểm tra cuối học phần")
T_3 = ("Ba là, tổ chức lớp bồi dưỡng theo cụm xã. Các lớp được mở theo cụm xã, phường, đặc khu với số lớp và số học "
       "viên theo Phụ lục II; mỗi lớp không quá 50 học viên; lớp lưu động tại khu vực miền núi phía Tây do Phân hiệu "
       "Đông Hà đảm nhiệm")
T_4 = ("Bốn là, xây dựng Trường thành “Đơn vị học tập”. Duy trì sinh hoạt “Diễn đàn giảng viên trẻ” vào chiều thứ Sáu "
       "tuần cuối mỗi tháng; khuyến khích giảng viên viết bài chia sẻ kinh nghiệm tự học trên Trang thông tin điện tử "
       "của Trường")
T_5 = ("Năm là, phối hợp với Hội Chữ thập đỏ tỉnh theo Chương trình phối hợp số 01/CTPH-TCT-CTĐ. Trường bố trí hội "
       "trường và học viên cho 04 lớp tập huấn sơ cấp cứu ban đầu trong quý II/2026; đồng thời mở 01 lớp bồi dưỡng kỹ "
       "năng tuyên truyền, vận động cho 60 cán bộ Hội Chữ thập đỏ cấp xã trong tháng 8/2026")
T_6 = ("Sáu là, kiểm tra, đánh giá kết quả bồi dưỡng. Khảo sát mức độ hài lòng của học viên sau mỗi lớp; kết quả được "
       "dùng để điều chỉnh chương trình năm 2027")
T_kp1 = ("Tổng kinh phí dự kiến 1.120 triệu đồng, gồm: ngân sách tỉnh bố trí trong dự toán năm 2026 của Trường 960 "
         "triệu đồng; nguồn thu sự nghiệp hợp pháp của Trường 160 triệu đồng")
T_kp2 = ("Mức hỗ trợ tài liệu cho học viên là 150.000 đồng/học viên/lớp. Chi phí đi lại, ăn ở của học viên do cơ quan "
         "cử người đi học chi trả theo quy định")
T_v1 = ("1. Phòng Quản lý đào tạo và Nghiên cứu khoa học là đơn vị thường trực, tham mưu Ban Giám hiệu triển khai Kế "
        "hoạch; lập lịch các lớp theo Phụ lục II, gửi Ủy ban nhân dân các xã, phường, đặc khu trước ngày khai giảng ít "
        "nhất 10 ngày; tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026")
T_v2 = ("2. Khoa Xây dựng Đảng chủ trì biên soạn chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại số”, "
        "trình Hội đồng khoa học của Trường nghiệm thu trước ngày 15/3/2026")
T_v3 = ("3. Khoa Nhà nước và pháp luật xây dựng 02 học phần trực tuyến về chính quyền địa phương hai cấp; phân công "
        "giảng viên hướng dẫn thực tế tại cơ sở")
T_v4 = ("4. Phòng Tổ chức - Hành chính - Quản trị lập dự toán kinh phí; đưa Thư viện số vào vận hành trước ngày "
        "30/4/2026; bảo đảm hội trường, ký túc xá cho các lớp tập trung")
T_v5 = ("5. Phân hiệu Đông Hà tổ chức 08 lớp của các cụm phía Nam, trong đó có 01 lớp lưu động tại xã Khe Sanh; báo "
        "cáo kết quả về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 20/11/2026")
T_v6 = ("6. Đề nghị Sở Nội vụ phối hợp triệu tập học viên là công chức chuyên môn cấp xã; không mở lớp trùng nội dung "
        "trong năm 2026")
T_v7 = ("7. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu cử đúng thành phần học viên; bố trí địa điểm học cho các "
        "lớp lưu động")
T_v8 = ("8. Đề nghị Hội Chữ thập đỏ tỉnh cử giảng viên, bảo đảm dụng cụ thực hành cho 04 lớp tập huấn sơ cấp cứu ban "
        "đầu tại Trường trong quý II/2026")
T_vm = ("các đơn vị phản ánh về Phòng Quản lý đào tạo và Nghiên cứu khoa học để tổng hợp, báo cáo Hiệu trưởng xem xét, "
        "quyết định")
T_sig = "HIỆU TRƯỞNG (Đã ký) Hoàng Minh Khánh"
T_pl1_h = "Danh mục 06 học phần trực tuyến năm 2026"
T_pl1_2 = "2 Khai thác cơ sở dữ liệu văn bản pháp luật Khoa Nhà nước và pháp luật"
T_pl1_3 = "3 Chính quyền địa phương hai cấp: tổ chức và vận hành Khoa Nhà nước và pháp luật"
T_pl1_4 = "4 Chuyển đổi số trong công tác dân vận Khoa Dân vận"
T_pl1_5 = "5 Kỹ năng viết báo cáo, thu hoạch Khoa Lý luận cơ sở"
T_pl1_6 = "6 Sơ cấp cứu ban đầu trong cộng đồng Hội Chữ thập đỏ tỉnh"
T_pl2_t = "Phân bổ chỉ tiêu lớp bồi dưỡng theo cụm năm 2026"
T_pl2_h = "TT Cụm xã, phường, đặc khu Địa điểm mở lớp Số lớp Số học viên tối đa Thời gian"
T_r1 = "1 Cán bộ chủ chốt toàn tỉnh (lớp tập trung) Cơ sở Đồng Hới 3 150 Quý I"
T_r2 = "2 Cụm Đồng Hới - Bố Trạch Cơ sở Đồng Hới 5 250 Quý I - II"
T_r3 = "3 Cụm Lệ Thủy - Quảng Ninh Cơ sở Đồng Hới 4 200 Quý II"
T_r4 = "4 Cụm Ba Đồn - Quảng Trạch - Tuyên Hóa - Minh Hóa Cơ sở Đồng Hới 4 200 Quý III"
T_r5 = "5 Cụm Đông Hà - Cam Lộ - Triệu Phong Phân hiệu Đông Hà 3 150 Quý II"
T_r6 = "6 Cụm Hải Lăng - Quảng Trị Phân hiệu Đông Hà 2 100 Quý III"
T_r7 = "7 Cụm Vĩnh Linh - Gio Linh - Cồn Cỏ Phân hiệu Đông Hà 2 100 Quý III"
T_r8 = "8 Cụm Hướng Hóa - Đakrông (lớp lưu động tại xã Khe Sanh) Phân hiệu Đông Hà 1 50 Quý IV"
T_tot = "Tổng cộng 24 1.200"

# ---- spans: the Red Cross .docx (C) ----
C_num = "Số: 14/KH-CTĐ"
C_date = "Quảng Trị, ngày 19 tháng 01 năm 2026"
C_title = ("Tuyên truyền, tập huấn sơ cấp cứu ban đầu dựa vào cộng đồng, góp phần xây dựng xã hội học tập tỉnh Quảng "
           "Trị năm 2026")
C_cc1 = ("Thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội "
         "học tập giai đoạn 2021 - 2030”")
C_cc2 = ("Kế hoạch số 09/KH-TWHCTĐ ngày 06/01/2026 của Trung ương Hội Chữ thập đỏ Việt Nam về công tác sơ cấp cứu năm "
         "2026")
C_cc3 = ("Kế hoạch số 3012/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập tỉnh Quảng Trị "
         "năm 2026")
C_cc4 = "Chương trình phối hợp số 01/CTPH-TCT-CTĐ ngày 08/01/2026 với Trường Chính trị tỉnh"
C_md1 = ("Phổ cập kiến thức, kỹ năng sơ cấp cứu ban đầu cho hội viên, tình nguyện viên và người dân, coi đây là một nội "
         "dung học tập suốt đời thiết thực trong cộng đồng; góp phần giảm thiểu thương vong do tai nạn, thiên tai, đuối "
         "nước")
C_md2 = ("Gắn hoạt động tập huấn với các trung tâm học tập cộng đồng ở các xã, phường, đặc khu; bảo đảm mỗi lớp có thực "
         "hành trên mô hình, không tổ chức hình thức")
C_ta = ("hội viên, tình nguyện viên Chữ thập đỏ phải có ít nhất 90% được tập huấn hoặc tập huấn lại kiến thức sơ cấp "
        "cứu")
C_tb = ("học sinh trung học cơ sở và trung học phổ thông ở các xã ven biển đạt khoảng 30% được trang bị kỹ năng phòng, "
        "chống đuối nước và sơ cứu người bị đuối nước")
C_tc = "người dân ở các thôn, bản thường xuyên bị ngập lụt có ít nhất 5.000 lượt người được hướng dẫn sơ cứu cơ bản"
C_td = ("cán bộ, công chức cấp xã học tại Trường Chính trị tỉnh có ít nhất 150 người được tập huấn sơ cấp cứu ban "
        "đầu")
C_te = ("Toàn tỉnh thành lập mới 20 “Đội sơ cấp cứu cộng đồng” tại các xã, phường, đặc khu, mỗi đội từ 10 đến 15 "
        "thành viên")
C_tf = ("100% trung tâm học tập cộng đồng ở các xã có đội sơ cấp cứu được cấp 01 bộ tài liệu và tủ thuốc sơ cứu")
C_1 = ("1/ Tuyên truyền: phát hành 10.000 tờ gấp “Sơ cứu ban đầu - ai cũng học được”; phối hợp với Báo và Phát thanh, "
       "Truyền hình Quảng Trị thực hiện chuyên mục “Học sơ cứu mỗi tuần” phát sóng vào tối thứ Ba hằng tuần")
C_2 = ("2/ Tập huấn: tổ chức 40 lớp tập huấn sơ cấp cứu ban đầu tại các trung tâm học tập cộng đồng và 04 lớp tại "
       "Trường Chính trị tỉnh cho học viên là cán bộ, công chức cấp xã trong quý II/2026; mỗi lớp 02 ngày, không quá 40 "
       "học viên")
C_3 = ("3/ Bồi dưỡng đội ngũ: cử 60 cán bộ Hội cấp xã tham gia lớp bồi dưỡng kỹ năng tuyên truyền, vận động do Trường "
       "Chính trị tỉnh mở trong tháng 8/2026; tập huấn lại cho 45 hướng dẫn viên sơ cấp cứu cấp tỉnh trước ngày "
       "31/3/2026")
C_4 = "4/ Diễn tập: tổ chức diễn tập sơ cứu, cứu nạn trong mưa lũ tại xã Lệ Thủy vào tháng 9/2026, trước mùa mưa bão"
C_5 = ("5/ Hưởng ứng Ngày Sơ cứu thế giới (thứ Bảy tuần thứ hai của tháng 9): tổ chức ngày hội “Sơ cứu cộng đồng” tại "
       "phường Đông Hà")
C_kp1 = ("Tổng kinh phí 850 triệu đồng, trong đó: vận động xã hội hóa từ các tổ chức, doanh nghiệp 520 triệu đồng; "
         "kinh phí hoạt động của Hội năm 2026 250 triệu đồng; Quỹ Nhân đạo tỉnh hỗ trợ 80 triệu đồng")
C_kp2 = "Mức chi cho mỗi lớp tập huấn ở cơ sở không quá 8 triệu đồng; học viên được cấp tài liệu miễn phí"
C_kp3 = "Kinh phí cho 04 lớp tại Trường Chính trị tỉnh do Hội chi trả từ nguồn vận động xã hội hóa"
C_vh = "V. TỔ CHỨC THỰC HIỆN Đơn vị Nhiệm vụ"
C_v1 = ("Ban Công tác xã hội - Sơ cấp cứu (cơ quan thường trực) Chủ trì tham mưu triển khai Kế hoạch; xây dựng chương "
        "trình, giáo trình 40 lớp cơ sở; tổng hợp báo cáo Ban Thường vụ trước ngày 10/12/2026")
C_v2 = ("Ban Tuyên truyền - Tổ chức Thực hiện chuyên mục “Học sơ cứu mỗi tuần”; phát hành tờ gấp trong quý I/2026; cử "
        "cán bộ Hội cấp xã đi học lớp do Trường Chính trị tỉnh mở")
C_v3 = ("Văn phòng Hội Lập dự toán, quản lý kinh phí; vận động nguồn xã hội hóa; thanh quyết toán trước ngày "
        "20/12/2026")
C_v4 = ("Trung tâm Đào tạo, huấn luyện sơ cấp cứu Tổ chức 04 lớp tại Trường Chính trị tỉnh trong quý II/2026; tập huấn "
        "lại hướng dẫn viên trước ngày 31/3/2026; bảo đảm mô hình thực hành")
C_v5 = ("Hội Chữ thập đỏ các xã, phường, đặc khu Thành lập Đội sơ cấp cứu cộng đồng; phối hợp trung tâm học tập cộng "
        "đồng mở lớp; báo cáo kết quả về Tỉnh Hội trước ngày 25/11/2026")
C_v6 = ("Đề nghị Trường Chính trị tỉnh Bố trí hội trường, học viên cho 04 lớp tập huấn; đưa học phần “Sơ cấp cứu ban "
        "đầu trong cộng đồng” vào Thư viện số của Trường")
C_v7 = ("Đề nghị Sở Giáo dục và Đào tạo Chỉ đạo các trường trung học ở xã ven biển phối hợp tập huấn phòng, chống đuối "
        "nước cho học sinh trong tháng 5/2026")
C_sig = "TM. BAN THƯỜNG VỤ CHỦ TỊCH (Đã ký) Nguyễn Thị Thu Hà"

# ---- spans: bundled plans ----
HUE_40 = "40% công dân đạt danh hiệu công dân học tập"
HUE_1373 = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"
HUE_15 = "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1"
HN_50 = "50% công dân đạt danh hiệu công dân học tập"
HN_50dv = "50% đơn vị được công nhận là đơn vị học tập"
CT_1373 = "Triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"

Q = []


def q(qtype, question, ev, answer, kf, history=None, probe=None, about=None):
    """ev: list of (doc, span). probe/about only for unanswerable."""
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    Q.append({"type": qtype, "question": question, "docs": docs,
              "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": kf,
              "history": history or [], "_probe": probe, "_about": about})


def U(question, answer, probe, about=NEW, history=None):
    q("unanswerable", question, [], answer, [], history=history, probe=probe, about=about)


def h(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


# ============ agency_tasks ============
q("agency_tasks", "Theo Kế hoạch 27-KH/TCT, Phòng Quản lý đào tạo và Nghiên cứu khoa học có nhiệm vụ gì?",
  [(T, T_v1)],
  "Phòng Quản lý đào tạo và Nghiên cứu khoa học là đơn vị thường trực: tham mưu Ban Giám hiệu triển khai Kế hoạch, lập "
  "lịch các lớp theo Phụ lục II và gửi UBND các xã, phường, đặc khu trước ngày khai giảng ít nhất 10 ngày, tổng hợp "
  "kết quả, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026 (mục V.1).",
  ["đơn vị thường trực", "10 ngày", "05/12/2026"])
q("agency_tasks", "Khoa Xây dựng Đảng của Trường Chính trị tỉnh Quảng Trị được giao việc gì trong kế hoạch năm 2026?",
  [(T, T_v2)],
  "Khoa Xây dựng Đảng chủ trì biên soạn chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại số”, trình Hội "
  "đồng khoa học của Trường nghiệm thu trước ngày 15/3/2026 (mục V.2).",
  ["Kỹ năng tự học và quản trị tri thức trong thời đại số", "15/3/2026"])
q("agency_tasks", "Khoa Nhà nước và pháp luật phải làm gì theo kế hoạch bồi dưỡng cán bộ cấp xã của Trường Chính trị?",
  [(T, T_v3)],
  "Khoa Nhà nước và pháp luật xây dựng 02 học phần trực tuyến về chính quyền địa phương hai cấp và phân công giảng "
  "viên hướng dẫn thực tế tại cơ sở (mục V.3).",
  ["02 học phần trực tuyến", "chính quyền địa phương hai cấp", "hướng dẫn thực tế"])
q("agency_tasks", "Phân hiệu Đông Hà có trách nhiệm gì trong Kế hoạch 27-KH/TCT?",
  [(T, T_v5)],
  "Phân hiệu Đông Hà tổ chức 08 lớp của các cụm phía Nam, trong đó có 01 lớp lưu động tại xã Khe Sanh, và báo cáo kết "
  "quả về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 20/11/2026 (mục V.5).",
  ["08 lớp", "Khe Sanh", "20/11/2026"])
q("agency_tasks", "Kế hoạch của Trường Chính trị tỉnh đề nghị Sở Nội vụ những gì?",
  [(T, T_v6)],
  "Trường đề nghị (không giao) Sở Nội vụ phối hợp triệu tập học viên là công chức chuyên môn cấp xã và không mở lớp "
  "trùng nội dung trong năm 2026 (mục V.6).",
  ["triệu tập học viên", "không mở lớp trùng nội dung"])
q("agency_tasks", "Phòng Tổ chức - Hành chính - Quản trị của Trường lo những việc gì?",
  [(T, T_v4)],
  "Phòng Tổ chức - Hành chính - Quản trị lập dự toán kinh phí, đưa Thư viện số vào vận hành trước ngày 30/4/2026 và bảo "
  "đảm hội trường, ký túc xá cho các lớp tập trung (mục V.4).",
  ["lập dự toán kinh phí", "30/4/2026", "ký túc xá"])
q("agency_tasks", "Trong Kế hoạch 14/KH-CTĐ, ban nào là cơ quan thường trực và làm những việc gì?",
  [(C, C_v1)],
  "Ban Công tác xã hội - Sơ cấp cứu là cơ quan thường trực: chủ trì tham mưu triển khai Kế hoạch, xây dựng chương "
  "trình, giáo trình 40 lớp cơ sở và tổng hợp báo cáo Ban Thường vụ trước ngày 10/12/2026 (bảng phân công ở Mục V).",
  ["Ban Công tác xã hội - Sơ cấp cứu", "40 lớp cơ sở", "10/12/2026"])
q("agency_tasks", "Trung tâm Đào tạo, huấn luyện sơ cấp cứu của Hội Chữ thập đỏ tỉnh Quảng Trị được phân công gì?",
  [(C, C_v4)],
  "Trung tâm tổ chức 04 lớp tại Trường Chính trị tỉnh trong quý II/2026, tập huấn lại hướng dẫn viên trước ngày "
  "31/3/2026 và bảo đảm mô hình thực hành.",
  ["04 lớp", "quý II/2026", "31/3/2026", "mô hình thực hành"])
q("agency_tasks", "Hội Chữ thập đỏ cấp xã (các xã, phường, đặc khu) phải làm gì theo kế hoạch sơ cấp cứu 2026 của tỉnh Hội?",
  [(C, C_v5)],
  "Hội Chữ thập đỏ các xã, phường, đặc khu thành lập Đội sơ cấp cứu cộng đồng, phối hợp trung tâm học tập cộng đồng mở "
  "lớp và báo cáo kết quả về Tỉnh Hội trước ngày 25/11/2026.",
  ["Đội sơ cấp cứu cộng đồng", "trung tâm học tập cộng đồng", "25/11/2026"])
q("agency_tasks", "Văn phòng Hội Chữ thập đỏ tỉnh có nhiệm vụ gì trong Kế hoạch 14?",
  [(C, C_v3)],
  "Văn phòng Hội lập dự toán, quản lý kinh phí, vận động nguồn xã hội hóa và thanh quyết toán trước ngày 20/12/2026.",
  ["Lập dự toán", "xã hội hóa", "20/12/2026"])
q("agency_tasks", "Hội Chữ thập đỏ tỉnh Quảng Trị đề nghị Sở Giáo dục và Đào tạo làm gì?",
  [(C, C_v7)],
  "Hội đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học ở xã ven biển phối hợp tập huấn phòng, chống đuối "
  "nước cho học sinh trong tháng 5/2026. Đây là đề nghị, không phải nhiệm vụ giao.",
  ["xã ven biển", "đuối nước", "tháng 5/2026"])
q("agency_tasks", "Ban Tuyên truyền - Tổ chức của Hội CTĐ tỉnh phụ trách những gì?",
  [(C, C_v2)],
  "Ban Tuyên truyền - Tổ chức thực hiện chuyên mục “Học sơ cứu mỗi tuần”, phát hành tờ gấp trong quý I/2026 và cử cán "
  "bộ Hội cấp xã đi học lớp do Trường Chính trị tỉnh mở.",
  ["Học sơ cứu mỗi tuần", "quý I/2026", "Trường Chính trị tỉnh"])

# ============ target ============
q("target", "Năm 2026 Trường Chính trị tỉnh Quảng Trị mở bao nhiêu lớp và tối đa bao nhiêu học viên?",
  [(T, T_mt0), (T, T_tot)],
  "Năm 2026 Trường mở 24 lớp bồi dưỡng với tối đa 1.200 lượt học viên (Mục II; dòng Tổng cộng của Phụ lục II cũng ghi "
  "24 lớp, 1.200 học viên).",
  ["24 lớp", "1.200"])
q("target", "Chỉ tiêu đối với công chức chuyên môn cấp xã trong Kế hoạch 27-KH/TCT là gì?",
  [(T, T_g2)],
  "Ít nhất 70% công chức chuyên môn cấp xã được hướng dẫn khai thác nền tảng học tập trực tuyến của Trường, và mỗi "
  "người hoàn thành tối thiểu 02 học phần trực tuyến trong năm.",
  ["70%", "02 học phần"])
q("target", "Bao nhiêu phần trăm trưởng thôn, bản, tổ dân phố được bồi dưỡng chuyên đề về cộng đồng học tập?",
  [(T, T_g4)],
  "Theo Kế hoạch 27-KH/TCT, khoảng 40% trưởng thôn, bản, tổ dân phố tham gia lớp bồi dưỡng ngắn hạn được bồi dưỡng "
  "chuyên đề về vai trò của thôn, bản, tổ dân phố trong xây dựng cộng đồng học tập (con số là “khoảng”, không phải tối "
  "thiểu).",
  ["khoảng 40%"])
q("target", "Mỗi giảng viên Trường Chính trị tỉnh phải tự học, nghiên cứu thực tế bao nhiêu giờ một năm?",
  [(T, T_g5)],
  "Tối thiểu 60 giờ trong năm; ngoài ra 100% cán bộ, giảng viên, nhân viên đạt danh hiệu “Công dân học tập” và ít nhất "
  "85% hoàn thành khóa tập huấn sơ cấp cứu ban đầu do Hội Chữ thập đỏ tỉnh tổ chức.",
  ["60 giờ"])
q("target", "Phụ lục II giao cho cụm Lệ Thủy - Quảng Ninh mấy lớp, bao nhiêu học viên, vào quý nào?",
  [(T, T_pl2_h), (T, T_r3)],
  "Cụm Lệ Thủy - Quảng Ninh: 4 lớp, tối đa 200 học viên, mở tại Cơ sở Đồng Hới trong Quý II (Phụ lục II, dòng 3).",
  ["4", "200", "Quý II"])
q("target", "Cụm Vĩnh Linh - Gio Linh - Cồn Cỏ được phân bổ bao nhiêu lớp, học ở đâu?",
  [(T, T_pl2_h), (T, T_r7)],
  "Theo Phụ lục II, cụm Vĩnh Linh - Gio Linh - Cồn Cỏ có 2 lớp, tối đa 100 học viên, do Phân hiệu Đông Hà mở trong "
  "Quý III.",
  ["2", "100", "Phân hiệu Đông Hà", "Quý III"])
q("target", "Hội Chữ thập đỏ tỉnh đặt chỉ tiêu gì cho hội viên, tình nguyện viên năm 2026?",
  [(C, C_ta)],
  "Ít nhất 90% hội viên, tình nguyện viên Chữ thập đỏ được tập huấn hoặc tập huấn lại kiến thức sơ cấp cứu (Mục II "
  "Kế hoạch 14/KH-CTĐ).",
  ["90%"])
q("target", "Kế hoạch 14/KH-CTĐ đặt mục tiêu bao nhiêu phần trăm học sinh ven biển được học phòng chống đuối nước?",
  [(C, C_tb)],
  "Khoảng 30% học sinh trung học cơ sở và trung học phổ thông ở các xã ven biển được trang bị kỹ năng phòng, chống "
  "đuối nước và sơ cứu người bị đuối nước.",
  ["khoảng 30%", "xã ven biển"])
q("target", "Năm 2026 toàn tỉnh Quảng Trị thành lập mới bao nhiêu Đội sơ cấp cứu cộng đồng, mỗi đội mấy người?",
  [(C, C_te)],
  "Thành lập mới 20 “Đội sơ cấp cứu cộng đồng” tại các xã, phường, đặc khu, mỗi đội từ 10 đến 15 thành viên.",
  ["20", "từ 10 đến 15 thành viên"])
q("target", "Chỉ tiêu hướng dẫn sơ cứu cho người dân vùng ngập lụt là bao nhiêu lượt?",
  [(C, C_tc)],
  "Ít nhất 5.000 lượt người dân ở các thôn, bản thường xuyên bị ngập lụt được hướng dẫn sơ cứu cơ bản.",
  ["5.000 lượt"])
q("target", "Dòng số 8 của Phụ lục II (cụm Hướng Hóa - Đakrông) ghi gì?",
  [(T, T_pl2_h), (T, T_r8)],
  "Cụm Hướng Hóa - Đakrông có 1 lớp lưu động tại xã Khe Sanh, tối đa 50 học viên, do Phân hiệu Đông Hà tổ chức trong "
  "Quý IV.",
  ["lưu động", "Khe Sanh", "50", "Quý IV"])

# ============ deadline ============
q("deadline", "Chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại số” phải xong trước ngày nào?",
  [(T, T_1), (T, T_v2)],
  "Trước ngày 15/3/2026: Một là của Mục III yêu cầu hoàn thành trước ngày này, và Khoa Xây dựng Đảng trình Hội đồng "
  "khoa học nghiệm thu trước ngày 15/3/2026.",
  ["15/3/2026"])
q("deadline", "Thư viện số của Trường Chính trị tỉnh phải đi vào vận hành khi nào?",
  [(T, T_2), (T, T_v4)],
  "Trước ngày 30/4/2026, với ít nhất 1.500 tài liệu số; Phòng Tổ chức - Hành chính - Quản trị chịu trách nhiệm.",
  ["30/4/2026", "1.500"])
q("deadline", "Hạn báo cáo Ban Thường vụ Tỉnh ủy kết quả kế hoạch bồi dưỡng là ngày nào?",
  [(T, T_v1)],
  "Phòng Quản lý đào tạo và Nghiên cứu khoa học tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026.",
  ["05/12/2026"])
q("deadline", "Lịch khai giảng các lớp cụm phải gửi cho xã trước bao lâu?",
  [(T, T_v1)],
  "Lịch các lớp theo Phụ lục II được gửi UBND các xã, phường, đặc khu trước ngày khai giảng ít nhất 10 ngày.",
  ["ít nhất 10 ngày"])
q("deadline", "Nội dung xã hội học tập được lồng ghép vào chương trình Trung cấp lý luận chính trị từ khi nào?",
  [(T, T_1)],
  "Từ khóa khai giảng tháng 4/2026 (Một là, Mục III Kế hoạch 27-KH/TCT).",
  ["tháng 4/2026"])
q("deadline", "Hướng dẫn viên sơ cấp cứu cấp tỉnh phải được tập huấn lại trước ngày nào?",
  [(C, C_3), (C, C_v4)],
  "Trước ngày 31/3/2026: 45 hướng dẫn viên sơ cấp cứu cấp tỉnh được tập huấn lại; Trung tâm Đào tạo, huấn luyện sơ "
  "cấp cứu thực hiện.",
  ["31/3/2026", "45"])
q("deadline", "Diễn tập sơ cứu, cứu nạn trong mưa lũ tổ chức khi nào, ở đâu?",
  [(C, C_4)],
  "Tháng 9/2026, tại xã Lệ Thủy, trước mùa mưa bão (mục 4/ của Phần III).",
  ["tháng 9/2026", "Lệ Thủy"])
q("deadline", "Hội Chữ thập đỏ các xã phải báo cáo kết quả về tỉnh trước ngày nào, còn Văn phòng Hội quyết toán hạn nào?",
  [(C, C_v5), (C, C_v3)],
  "Hội Chữ thập đỏ các xã, phường, đặc khu báo cáo về Tỉnh Hội trước ngày 25/11/2026; Văn phòng Hội thanh quyết toán "
  "trước ngày 20/12/2026.",
  ["25/11/2026", "20/12/2026"])
q("deadline", "Ngày hội “Sơ cứu cộng đồng” được tổ chức vào dịp nào?",
  [(C, C_5)],
  "Vào dịp hưởng ứng Ngày Sơ cứu thế giới, tức thứ Bảy tuần thứ hai của tháng 9, tại phường Đông Hà. Kế hoạch không ghi "
  "ngày cụ thể.",
  ["thứ Bảy tuần thứ hai của tháng 9", "Đông Hà"])
q("deadline", "Các lớp của cụm Ba Đồn - Quảng Trạch - Tuyên Hóa - Minh Hóa học vào thời gian nào?",
  [(T, T_pl2_h), (T, T_r4)],
  "Quý III (Phụ lục II, dòng 4: 4 lớp, tối đa 200 học viên, tại Cơ sở Đồng Hới).",
  ["Quý III"])

# ============ funding ============
q("funding", "Tổng kinh phí Kế hoạch 27-KH/TCT là bao nhiêu và lấy từ đâu?",
  [(T, T_kp1)],
  "1.120 triệu đồng, gồm 960 triệu đồng ngân sách tỉnh bố trí trong dự toán năm 2026 của Trường và 160 triệu đồng "
  "nguồn thu sự nghiệp hợp pháp của Trường.",
  ["1.120 triệu đồng", "960 triệu đồng", "160 triệu đồng"])
q("funding", "Học viên lớp bồi dưỡng ở Trường Chính trị được hỗ trợ tài liệu bao nhiêu, ai trả tiền đi lại?",
  [(T, T_kp2), (T, T_yc2)],
  "Hỗ trợ tài liệu 150.000 đồng/học viên/lớp; chi phí đi lại, ăn ở do cơ quan cử người đi học chi trả theo quy định; "
  "học viên không phải đóng học phí.",
  ["150.000 đồng/học viên/lớp", "cơ quan cử người đi học", "không phải đóng học phí"])
q("funding", "Kế hoạch sơ cấp cứu năm 2026 của Hội Chữ thập đỏ tỉnh Quảng Trị cần bao nhiêu tiền, nguồn nào?",
  [(C, C_kp1)],
  "Tổng kinh phí 850 triệu đồng: vận động xã hội hóa 520 triệu đồng, kinh phí hoạt động của Hội năm 2026 250 triệu "
  "đồng, Quỹ Nhân đạo tỉnh hỗ trợ 80 triệu đồng.",
  ["850 triệu đồng", "520 triệu đồng", "250 triệu đồng", "80 triệu đồng"])
q("funding", "Mỗi lớp tập huấn sơ cấp cứu ở cơ sở được chi tối đa bao nhiêu?",
  [(C, C_kp2)],
  "Không quá 8 triệu đồng mỗi lớp; học viên được cấp tài liệu miễn phí.",
  ["không quá 8 triệu đồng", "miễn phí"])
q("funding", "Quỹ Nhân đạo tỉnh đóng góp bao nhiêu cho kế hoạch của Hội Chữ thập đỏ?",
  [(C, C_kp1)],
  "Quỹ Nhân đạo tỉnh hỗ trợ 80 triệu đồng trong tổng 850 triệu đồng.",
  ["80 triệu đồng"])
q("funding", "Ngân sách tỉnh cấp cho Trường Chính trị bao nhiêu để làm kế hoạch này?",
  [(T, T_kp1)],
  "960 triệu đồng, bố trí trong dự toán năm 2026 của Trường (trên tổng 1.120 triệu đồng).",
  ["960 triệu đồng"])

# ============ legal_basis ============
q("legal_basis", "Kế hoạch 27-KH/TCT của Trường Chính trị tỉnh Quảng Trị căn cứ vào những văn bản nào?",
  [(T, T_cc1), (T, T_cc2), (T, T_cc3), (T, T_cc4)],
  "Bốn căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch số 215-KH/TU ngày 05/11/2025 của Ban "
  "Thường vụ Tỉnh ủy; Kế hoạch số 3012/KH-UBND ngày 20/11/2025 của UBND tỉnh; Chương trình phối hợp số "
  "01/CTPH-TCT-CTĐ ngày 08/01/2026 giữa Trường và Hội Chữ thập đỏ tỉnh.",
  ["1373/QĐ-TTg", "215-KH/TU", "3012/KH-UBND", "01/CTPH-TCT-CTĐ"])
q("legal_basis", "Hội Chữ thập đỏ tỉnh thực hiện kế hoạch sơ cấp cứu theo văn bản nào của Trung ương Hội?",
  [(C, C_cc2)],
  "Kế hoạch số 09/KH-TWHCTĐ ngày 06/01/2026 của Trung ương Hội Chữ thập đỏ Việt Nam về công tác sơ cấp cứu năm 2026.",
  ["09/KH-TWHCTĐ", "06/01/2026"])
q("legal_basis", "Văn bản của Ban Thường vụ Tỉnh ủy mà Trường Chính trị căn cứ là văn bản số mấy, ngày nào?",
  [(T, T_cc2)],
  "Kế hoạch số 215-KH/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy về bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp "
  "đơn vị hành chính.",
  ["215-KH/TU", "05/11/2025"])
q("legal_basis", "Kế hoạch 14/KH-CTĐ được ban hành ngày nào và ai ký?",
  [(C, C_num), (C, C_date), (C, C_sig)],
  "Kế hoạch số 14/KH-CTĐ ban hành ngày 19/01/2026 (Quảng Trị, ngày 19 tháng 01 năm 2026), do Chủ tịch Nguyễn Thị Thu "
  "Hà ký thay mặt Ban Thường vụ (TM. BAN THƯỜNG VỤ).",
  ["19 tháng 01 năm 2026", "Nguyễn Thị Thu Hà", "TM. BAN THƯỜNG VỤ"])
q("legal_basis", "Kế hoạch sơ cấp cứu của Hội Chữ thập đỏ Quảng Trị thực hiện những văn bản nào?",
  [(C, C_cc1), (C, C_cc2), (C, C_cc3), (C, C_cc4)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 09/KH-TWHCTĐ ngày 06/01/2026 của Trung ương Hội; Kế hoạch số "
  "3012/KH-UBND ngày 20/11/2025 của UBND tỉnh; Chương trình phối hợp số 01/CTPH-TCT-CTĐ ngày 08/01/2026 với Trường "
  "Chính trị tỉnh.",
  ["1373/QĐ-TTg", "09/KH-TWHCTĐ", "3012/KH-UBND", "01/CTPH-TCT-CTĐ"])

# ============ purpose ============
q("purpose", "Mục đích của Kế hoạch bồi dưỡng kỹ năng tự học của Trường Chính trị tỉnh Quảng Trị là gì?",
  [(T, T_md1), (T, T_md2)],
  "Trang bị cho cán bộ, công chức các xã, phường, đặc khu hình thành sau sắp xếp từ 01/7/2025 phương pháp tự học, khai "
  "thác học liệu số và kỹ năng quản trị tri thức, đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp; và xây "
  "dựng Trường thành “Đơn vị học tập” tiêu biểu của khối các cơ quan Đảng, đoàn thể tỉnh.",
  ["phương pháp tự học", "chính quyền địa phương hai cấp", "Đơn vị học tập"])
q("purpose", "Hội Chữ thập đỏ tỉnh đặt ra kế hoạch sơ cấp cứu 2026 nhằm mục đích gì?",
  [(C, C_md1)],
  "Phổ cập kiến thức, kỹ năng sơ cấp cứu ban đầu cho hội viên, tình nguyện viên và người dân như một nội dung học tập "
  "suốt đời thiết thực trong cộng đồng, góp phần giảm thiểu thương vong do tai nạn, thiên tai, đuối nước.",
  ["học tập suốt đời", "giảm thiểu thương vong"])
q("purpose", "Kế hoạch của Trường Chính trị yêu cầu gì về việc tổ chức lớp?",
  [(T, T_yc1), (T, T_yc2)],
  "Nội dung thiết thực, gắn với nhiệm vụ từng chức danh; không dàn trải, trùng lặp với các lớp do Sở Nội vụ mở; tổ "
  "chức lớp theo cụm thuận lợi cho học viên ở xã miền núi, biên giới và đặc khu Cồn Cỏ; học viên không phải đóng học "
  "phí.",
  ["Sở Nội vụ", "đặc khu Cồn Cỏ", "không phải đóng học phí"])
q("purpose", "Yêu cầu đặt ra cho các lớp tập huấn trong kế hoạch của Hội Chữ thập đỏ là gì?",
  [(C, C_md2)],
  "Gắn tập huấn với các trung tâm học tập cộng đồng ở xã, phường, đặc khu và bảo đảm mỗi lớp có thực hành trên mô "
  "hình, không tổ chức hình thức.",
  ["trung tâm học tập cộng đồng", "thực hành trên mô hình"])

# ============ task_section ============
q("task_section", "“Bốn là” trong Mục III kế hoạch của Trường Chính trị nói về nội dung gì?",
  [(T, T_4)],
  "Bốn là: xây dựng Trường thành “Đơn vị học tập”, duy trì “Diễn đàn giảng viên trẻ” vào chiều thứ Sáu tuần cuối mỗi "
  "tháng và khuyến khích giảng viên viết bài chia sẻ kinh nghiệm tự học trên Trang thông tin điện tử của Trường.",
  ["Diễn đàn giảng viên trẻ", "chiều thứ Sáu tuần cuối mỗi tháng"])
q("task_section", "Nhiệm vụ tổ chức lớp theo cụm xã trong Kế hoạch 27-KH/TCT quy định những gì?",
  [(T, T_3)],
  "Ba là: các lớp mở theo cụm xã, phường, đặc khu với số lớp và học viên theo Phụ lục II; mỗi lớp không quá 50 học "
  "viên; lớp lưu động ở khu vực miền núi phía Tây do Phân hiệu Đông Hà đảm nhiệm.",
  ["Phụ lục II", "không quá 50 học viên", "Phân hiệu Đông Hà"])
q("task_section", "Phụ lục I của kế hoạch Trường Chính trị liệt kê những học phần trực tuyến nào do Khoa Nhà nước và pháp luật biên soạn?",
  [(T, T_pl1_h), (T, T_pl1_2), (T, T_pl1_3)],
  "Trong danh mục 06 học phần trực tuyến năm 2026, Khoa Nhà nước và pháp luật biên soạn hai học phần: “Khai thác cơ sở "
  "dữ liệu văn bản pháp luật” và “Chính quyền địa phương hai cấp: tổ chức và vận hành”.",
  ["Khai thác cơ sở dữ liệu văn bản pháp luật", "Chính quyền địa phương hai cấp: tổ chức và vận hành"])
q("task_section", "Hoạt động tuyên truyền trong kế hoạch của Hội Chữ thập đỏ gồm những gì?",
  [(C, C_1)],
  "Phát hành 10.000 tờ gấp “Sơ cứu ban đầu - ai cũng học được” và phối hợp với Báo và Phát thanh, Truyền hình Quảng "
  "Trị thực hiện chuyên mục “Học sơ cứu mỗi tuần” phát sóng tối thứ Ba hằng tuần.",
  ["10.000 tờ gấp", "Học sơ cứu mỗi tuần", "tối thứ Ba"])
q("task_section", "Phần tập huấn của Kế hoạch 14/KH-CTĐ quy định bao nhiêu lớp, mỗi lớp bao lâu?",
  [(C, C_2)],
  "40 lớp tập huấn sơ cấp cứu ban đầu tại các trung tâm học tập cộng đồng và 04 lớp tại Trường Chính trị tỉnh trong "
  "quý II/2026; mỗi lớp 02 ngày, không quá 40 học viên.",
  ["40 lớp", "04 lớp", "02 ngày", "không quá 40 học viên"])
q("task_section", "“Sáu là” của Trường Chính trị nói gì về kiểm tra, đánh giá?",
  [(T, T_6)],
  "Khảo sát mức độ hài lòng của học viên sau mỗi lớp; kết quả dùng để điều chỉnh chương trình năm 2027.",
  ["mức độ hài lòng", "năm 2027"])
q("task_section", "Hội Chữ thập đỏ cấp cho trung tâm học tập cộng đồng những gì?",
  [(C, C_tf)],
  "100% trung tâm học tập cộng đồng ở các xã có đội sơ cấp cứu được cấp 01 bộ tài liệu và tủ thuốc sơ cứu.",
  ["01 bộ tài liệu", "tủ thuốc sơ cứu"])

# ============ cross_plan ============
q("cross_plan", "Hai kế hoạch của Trường Chính trị tỉnh và Hội Chữ thập đỏ tỉnh Quảng Trị cùng căn cứ văn bản phối hợp nào?",
  [(T, T_cc4), (C, C_cc4)],
  "Cả hai đều căn cứ Chương trình phối hợp số 01/CTPH-TCT-CTĐ ngày 08/01/2026 giữa Trường Chính trị tỉnh và Hội Chữ "
  "thập đỏ tỉnh (giai đoạn 2026 - 2030, theo kế hoạch của Trường).",
  ["01/CTPH-TCT-CTĐ", "08/01/2026"])
q("cross_plan", "Về 04 lớp sơ cấp cứu tại Trường Chính trị, mỗi bên lo phần nào?",
  [(T, T_5), (T, T_v8), (C, C_v4), (C, C_v6), (C, C_kp3)],
  "Trường bố trí hội trường và học viên cho 04 lớp trong quý II/2026 và đề nghị Hội Chữ thập đỏ cử giảng viên, bảo "
  "đảm dụng cụ thực hành; phía Hội, Trung tâm Đào tạo, huấn luyện sơ cấp cứu tổ chức 04 lớp, bảo đảm mô hình thực hành, "
  "và kinh phí 04 lớp do Hội chi trả từ nguồn vận động xã hội hóa.",
  ["hội trường", "quý II/2026", "dụng cụ thực hành", "xã hội hóa"])
q("cross_plan", "Lớp bồi dưỡng kỹ năng tuyên truyền cho cán bộ Hội Chữ thập đỏ cấp xã: ai mở, khi nào, bao nhiêu người?",
  [(T, T_5), (C, C_3)],
  "Trường Chính trị tỉnh mở 01 lớp bồi dưỡng kỹ năng tuyên truyền, vận động cho 60 cán bộ Hội Chữ thập đỏ cấp xã trong "
  "tháng 8/2026; kế hoạch của Hội cũng ghi cử 60 cán bộ Hội cấp xã đi học lớp này. Hai kế hoạch khớp nhau.",
  ["60 cán bộ", "tháng 8/2026"])
q("cross_plan", "Chỉ tiêu sơ cấp cứu cho người học tại Trường Chính trị được ghi thế nào trong hai kế hoạch?",
  [(T, T_g5), (C, C_td)],
  "Kế hoạch của Trường đặt ít nhất 85% cán bộ, giảng viên, nhân viên của Trường hoàn thành khóa tập huấn sơ cấp cứu "
  "do Hội Chữ thập đỏ tỉnh tổ chức; kế hoạch của Hội đặt ít nhất 150 người là cán bộ, công chức cấp xã học tại Trường "
  "được tập huấn. Hai chỉ tiêu dành cho hai nhóm khác nhau.",
  ["85%", "150 người"])
q("cross_plan", "Học phần sơ cấp cứu xuất hiện ở đâu trong hai kế hoạch?",
  [(T, T_pl1_6), (C, C_v6)],
  "Phụ lục I của Trường ghi học phần thứ 6 “Sơ cấp cứu ban đầu trong cộng đồng” do Hội Chữ thập đỏ tỉnh biên soạn; kế "
  "hoạch của Hội đề nghị Trường đưa học phần này vào Thư viện số của Trường.",
  ["Sơ cấp cứu ban đầu trong cộng đồng", "Thư viện số"])
q("cross_plan", "Cả hai kế hoạch Quảng Trị đều thực hiện kế hoạch xã hội học tập năm 2026 nào của UBND tỉnh?",
  [(T, T_cc3), (C, C_cc3)],
  "Kế hoạch số 3012/KH-UBND ngày 20/11/2025 của UBND tỉnh về xây dựng xã hội học tập tỉnh Quảng Trị năm 2026.",
  ["3012/KH-UBND", "20/11/2025"])
q("cross_plan", "Trường Chính trị Quảng Trị đặt 100% cán bộ đạt “Công dân học tập”; kế hoạch của Huế đặt bao nhiêu?",
  [(T, T_g5), (HUE, HUE_40)],
  "Trường Chính trị tỉnh Quảng Trị đặt 100% cán bộ, giảng viên, nhân viên của Trường đạt danh hiệu “Công dân học tập” "
  "(trong một đơn vị); kế hoạch năm 2026 của Huế đặt 40% công dân đạt danh hiệu công dân học tập (toàn dân cư). Hai "
  "con số đo hai phạm vi khác nhau.",
  ["100%", "40%"])
q("cross_plan", "Quyết định 1373/QĐ-TTg được viện dẫn ở kế hoạch Trường Chính trị Quảng Trị, Hội Chữ thập đỏ Quảng Trị và Cần Thơ thế nào?",
  [(T, T_cc1), (C, C_cc1), (CT, CT_1373)],
  "Cả ba đều dựa trên Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn "
  "2021 - 2030”: Trường Chính trị ghi là “Căn cứ”, Hội Chữ thập đỏ ghi “Thực hiện”, còn Cần Thơ triển khai công tác "
  "xây dựng xã hội học tập theo Quyết định này.",
  ["1373/QĐ-TTg"])
q("cross_plan", "Trường Chính trị muốn thành “Đơn vị học tập” tiêu biểu; Hà Nội đặt chỉ tiêu đơn vị học tập thế nào?",
  [(T, T_md2), (HN, HN_50dv)],
  "Trường Chính trị tỉnh Quảng Trị đặt mục đích trở thành “Đơn vị học tập” tiêu biểu của khối các cơ quan Đảng, đoàn "
  "thể tỉnh (không có tỷ lệ); kế hoạch Hà Nội đặt 50% đơn vị được công nhận là đơn vị học tập (mục tiêu đến năm 2025).",
  ["Đơn vị học tập", "50%"])
q("cross_plan", "Ai ký hai kế hoạch của Quảng Trị, với chức danh gì?",
  [(T, T_sig), (C, C_sig)],
  "Kế hoạch 27-KH/TCT do Hiệu trưởng Hoàng Minh Khánh ký; Kế hoạch 14/KH-CTĐ do Chủ tịch Nguyễn Thị Thu Hà ký TM. Ban "
  "Thường vụ Hội Chữ thập đỏ tỉnh.",
  ["Hoàng Minh Khánh", "Nguyễn Thị Thu Hà"])

# ============ no_diacritics ============
q("no_diacritics", "truong chinh tri tinh quang tri mo bao nhieu lop nam 2026",
  [(T, T_mt0)],
  "Năm 2026 Trường Chính trị tỉnh Quảng Trị mở 24 lớp bồi dưỡng với tối đa 1.200 lượt học viên.",
  ["24 lớp", "1.200"])
q("no_diacritics", "hoi chu thap do tinh quang tri tong kinh phi bao nhieu",
  [(C, C_kp1)],
  "Tổng kinh phí 850 triệu đồng (xã hội hóa 520, kinh phí hoạt động của Hội 250, Quỹ Nhân đạo tỉnh 80 triệu đồng).",
  ["850 triệu đồng"])
q("no_diacritics", "moi lop tap huan so cap cuu bao nhieu hoc vien toi da",
  [(C, C_2)],
  "Theo Kế hoạch 14/KH-CTĐ, mỗi lớp tập huấn sơ cấp cứu học 02 ngày và không quá 40 học viên. (Lưu ý: lớp bồi dưỡng "
  "của Trường Chính trị thì không quá 50 học viên.)",
  ["không quá 40 học viên"])
q("no_diacritics", "phan hieu dong ha phai bao cao truoc ngay nao",
  [(T, T_v5)],
  "Phân hiệu Đông Hà báo cáo kết quả về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 20/11/2026.",
  ["20/11/2026"])
q("no_diacritics", "cum dong ha cam lo trieu phong duoc may lop",
  [(T, T_pl2_h), (T, T_r5)],
  "Cụm Đông Hà - Cam Lộ - Triệu Phong: 3 lớp, tối đa 150 học viên, tại Phân hiệu Đông Hà, Quý II.",
  ["3", "150", "Quý II"])
q("no_diacritics", "chuyen muc hoc so cuu moi tuan phat song khi nao",
  [(C, C_1)],
  "Chuyên mục “Học sơ cứu mỗi tuần” phát sóng vào tối thứ Ba hằng tuần, phối hợp với Báo và Phát thanh, Truyền hình "
  "Quảng Trị.",
  ["tối thứ Ba"])
q("no_diacritics", "can bo chu chot cap xa duoc boi duong chuyen de gi, bao nhieu ngay",
  [(T, T_g1)],
  "100% cán bộ chủ chốt cấp xã được bồi dưỡng chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại số”, thời "
  "lượng 05 ngày.",
  ["Kỹ năng tự học và quản trị tri thức trong thời đại số", "05 ngày"])
q("no_diacritics", "hoc vien trung cap ly luan chinh tri co chi tieu gi",
  [(T, T_g3)],
  "100% học viên Trung cấp lý luận chính trị được cấp tài khoản Thư viện số của Trường; mỗi học viên có ít nhất 01 bài "
  "thu hoạch về xây dựng cộng đồng học tập tại địa phương mình.",
  ["tài khoản Thư viện số", "01 bài thu hoạch"])

# ============ abbreviation ============
q("abbreviation", "KH 27-KH/TCT: P.QLĐT&NCKH làm gì?",
  [(T, T_v1)],
  "Phòng Quản lý đào tạo và Nghiên cứu khoa học là đơn vị thường trực: tham mưu Ban Giám hiệu, lập lịch các lớp theo "
  "Phụ lục II, gửi UBND xã trước khai giảng ít nhất 10 ngày, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026.",
  ["Phòng Quản lý đào tạo và Nghiên cứu khoa học", "05/12/2026"])
q("abbreviation", "Hội CTĐ tỉnh QT đề nghị TCT tỉnh những gì?",
  [(C, C_v6)],
  "Hội Chữ thập đỏ tỉnh Quảng Trị đề nghị Trường Chính trị tỉnh bố trí hội trường, học viên cho 04 lớp tập huấn và "
  "đưa học phần “Sơ cấp cứu ban đầu trong cộng đồng” vào Thư viện số của Trường.",
  ["hội trường", "04 lớp", "Thư viện số"])
q("abbreviation", "Sở GD&ĐT được Hội CTĐ nhờ gì, tháng mấy?",
  [(C, C_v7)],
  "Hội Chữ thập đỏ tỉnh đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học ở xã ven biển phối hợp tập huấn "
  "phòng, chống đuối nước cho học sinh trong tháng 5/2026.",
  ["Sở Giáo dục và Đào tạo", "tháng 5/2026"])
q("abbreviation", "Chỉ tiêu HV TCLLCT theo KH của TCT QT?",
  [(T, T_g3)],
  "Với học viên các lớp Trung cấp lý luận chính trị: 100% được cấp tài khoản Thư viện số của Trường, mỗi học viên có "
  "ít nhất 01 bài thu hoạch về xây dựng cộng đồng học tập tại địa phương.",
  ["Trung cấp lý luận chính trị", "100%", "01 bài thu hoạch"])
q("abbreviation", "TTHTCĐ có được Hội CTĐ cấp gì không?",
  [(C, C_tf)],
  "Có: 100% trung tâm học tập cộng đồng ở các xã có đội sơ cấp cứu được cấp 01 bộ tài liệu và tủ thuốc sơ cứu.",
  ["trung tâm học tập cộng đồng", "tủ thuốc sơ cứu"])
q("abbreviation", "BTV Tỉnh ủy nhận BC kết quả KH của TCT trước ngày mấy?",
  [(T, T_v1)],
  "Báo cáo Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026, do Phòng Quản lý đào tạo và Nghiên cứu khoa học tổng hợp.",
  ["05/12/2026"])
q("abbreviation", "P.TC-HC-QT phải đưa TVS vào vận hành trước ngày nào?",
  [(T, T_v4)],
  "Phòng Tổ chức - Hành chính - Quản trị đưa Thư viện số vào vận hành trước ngày 30/4/2026.",
  ["Thư viện số", "30/4/2026"])

# ============ paraphrase ============
q("paraphrase", "Tôi là chủ tịch một xã miền núi, đi học lớp của Trường Chính trị có phải nộp tiền học không, tiền xe ai lo?",
  [(T, T_yc2), (T, T_kp2)],
  "Không phải đóng học phí. Học viên được hỗ trợ tài liệu 150.000 đồng/học viên/lớp; chi phí đi lại, ăn ở do cơ quan "
  "cử người đi học (tức xã của anh/chị) chi trả theo quy định.",
  ["không phải đóng học phí", "cơ quan cử người đi học"])
q("paraphrase", "Xã tôi ở vùng hay lụt, muốn có một nhóm người dân biết cứu người thì kế hoạch của Hội có gì?",
  [(C, C_te), (C, C_v5)],
  "Kế hoạch 14/KH-CTĐ cho thành lập mới 20 “Đội sơ cấp cứu cộng đồng” ở các xã, phường, đặc khu (mỗi đội từ 10 đến 15 "
  "thành viên); Hội Chữ thập đỏ xã chịu trách nhiệm thành lập đội và phối hợp trung tâm học tập cộng đồng mở lớp.",
  ["Đội sơ cấp cứu cộng đồng", "từ 10 đến 15 thành viên"])
q("paraphrase", "Giảng viên trẻ của Trường có chỗ nào để gặp nhau trao đổi chuyện tự học không?",
  [(T, T_4)],
  "Có: “Diễn đàn giảng viên trẻ” sinh hoạt vào chiều thứ Sáu tuần cuối mỗi tháng; giảng viên còn được khuyến khích viết "
  "bài chia sẻ kinh nghiệm tự học trên Trang thông tin điện tử của Trường.",
  ["Diễn đàn giảng viên trẻ", "chiều thứ Sáu tuần cuối mỗi tháng"])
q("paraphrase", "Nếu triển khai mà gặp khó, các khoa phòng của Trường gửi ý kiến về đâu?",
  [(T, T_vm)],
  "Phản ánh về Phòng Quản lý đào tạo và Nghiên cứu khoa học để tổng hợp, báo cáo Hiệu trưởng xem xét, quyết định.",
  ["Phòng Quản lý đào tạo và Nghiên cứu khoa học", "Hiệu trưởng"])
q("paraphrase", "Con tôi học cấp 3 ở xã ven biển, trường có được dạy cách cứu đuối không?",
  [(C, C_tb), (C, C_v7)],
  "Kế hoạch của Hội Chữ thập đỏ đặt mục tiêu khoảng 30% học sinh THCS và THPT ở các xã ven biển được trang bị kỹ năng "
  "phòng, chống đuối nước và sơ cứu người bị đuối nước, và đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học "
  "ở xã ven biển phối hợp tập huấn trong tháng 5/2026.",
  ["khoảng 30%", "tháng 5/2026"])
q("paraphrase", "Mùa mưa năm nay Hội có tập dượt cứu người trong lũ ở đâu không?",
  [(C, C_4)],
  "Có: diễn tập sơ cứu, cứu nạn trong mưa lũ tại xã Lệ Thủy vào tháng 9/2026, trước mùa mưa bão.",
  ["Lệ Thủy", "tháng 9/2026"])

# ============ english ============
q("english", "Which body is the standing office of the Quang Tri Political School's 2026 training plan?",
  [(T, T_v1)],
  "The Phòng Quản lý đào tạo và Nghiên cứu khoa học (Training Management and Research Office) is the standing unit; it "
  "schedules the classes per Phụ lục II, notifies the communes at least 10 days before opening and reports to the "
  "provincial Party standing board before 05/12/2026.",
  ["Phòng Quản lý đào tạo và Nghiên cứu khoa học", "05/12/2026"])
q("english", "What is the total budget of the Quang Tri Red Cross first-aid plan for 2026?",
  [(C, C_kp1)],
  "850 triệu đồng (VND 850 million): 520 from social mobilisation, 250 from the association's 2026 operating budget "
  "and 80 from the provincial Humanitarian Fund (Quỹ Nhân đạo tỉnh).",
  ["850", "520", "250", "80"])
q("english", "How many classes does the political school run in 2026, and what is the cap per class?",
  [(T, T_mt0), (T, T_3)],
  "24 classes with at most 1.200 learners in total, and no more than 50 learners per class (“không quá 50 học viên”).",
  ["24", "1.200", "không quá 50 học viên"])
q("english", "What target does the school set for commune-level specialist civil servants?",
  [(T, T_g2)],
  "At least 70% of them are guided to use the school's online learning platform, and each completes at least 02 "
  "online modules during the year.",
  ["70%", "02"])
q("english", "By when must the digital library of the political school be operational, and with how many documents?",
  [(T, T_2)],
  "Before 30/4/2026, with at least 1.500 digital documents.",
  ["30/4/2026", "1.500"])
q("english", "What does the Red Cross plan ask of the provincial Department of Education and Training?",
  [(C, C_v7)],
  "It asks the Sở Giáo dục và Đào tạo to direct secondary schools in coastal communes to co-organise drowning-"
  "prevention training for pupils in tháng 5/2026 (May 2026). It is a request, not an order.",
  ["Sở Giáo dục và Đào tạo", "tháng 5/2026"])
q("english", "Who signed the Quang Tri Red Cross plan 14/KH-CTĐ?",
  [(C, C_sig)],
  "Nguyễn Thị Thu Hà, Chủ tịch (chair), signing on behalf of the standing board (TM. BAN THƯỜNG VỤ).",
  ["Nguyễn Thị Thu Hà"])
q("english", "How many community first-aid teams will be set up across the province, and how large is each?",
  [(C, C_te)],
  "20 new “Đội sơ cấp cứu cộng đồng” teams, each with 10 to 15 members (“từ 10 đến 15 thành viên”).",
  ["20", "từ 10 đến 15 thành viên"])
q("english", "What is the document number and date of the political school's plan?",
  [(T, T_num), (T, T_date)],
  "Số 27-KH/TCT, dated 12 January 2026 (“Quảng Trị, ngày 12 tháng 01 năm 2026”).",
  ["27-KH/TCT", "ngày 12 tháng 01 năm 2026"])
q("english", "Which cluster in Annex II gets the most classes?",
  [(T, T_pl2_h), (T, T_r2)],
  "Cụm Đồng Hới - Bố Trạch, with 5 classes and up to 250 learners at the Đồng Hới campus in Quý I - II.",
  ["Đồng Hới - Bố Trạch", "5", "250"])
q("english", "What does the Red Cross plan say about the weekly broadcast programme?",
  [(C, C_1)],
  "Together with the Báo và Phát thanh, Truyền hình Quảng Trị it runs the programme “Học sơ cứu mỗi tuần”, aired on "
  "Tuesday evenings (“tối thứ Ba hằng tuần”); it also prints 10.000 leaflets.",
  ["Học sơ cứu mỗi tuần", "tối thứ Ba", "10.000"])
q("english", "How much does the school's plan give each learner for materials?",
  [(T, T_kp2)],
  "150.000 đồng per learner per class (“150.000 đồng/học viên/lớp”); travel and lodging are paid by the sending agency.",
  ["150.000"])
q("english", "When and where will the flood rescue drill take place?",
  [(C, C_4)],
  "In tháng 9/2026 (September 2026), in Lệ Thủy commune, before the storm season.",
  ["tháng 9/2026", "Lệ Thủy"])
q("english", "What are the two funding sources of the political school's plan?",
  [(T, T_kp1)],
  "Total 1.120 triệu đồng: 960 triệu đồng from the provincial budget in the school's 2026 estimate and 160 triệu đồng "
  "from the school's lawful service revenue.",
  ["1.120", "960", "160"])
q("english", "Which faculty compiles the online module “Chuyển đổi số trong công tác dân vận”?",
  [(T, T_pl1_4)],
  "Khoa Dân vận (Annex I, module 4).",
  ["Khoa Dân vận"])
q("english", "What share of Red Cross members and volunteers must be (re)trained in first aid in 2026?",
  [(C, C_ta)],
  "At least 90% (“ít nhất 90%”) of members and volunteers.",
  ["90%"])
q("english", "Which mobile class does the school plan for the western mountains?",
  [(T, T_r8), (T, T_v5)],
  "One mobile class (lớp lưu động) for the Hướng Hóa - Đakrông cluster, held in Khe Sanh commune by the Đông Hà branch "
  "(Phân hiệu Đông Hà) in Quý IV, for up to 50 learners.",
  ["Khe Sanh", "Phân hiệu Đông Hà", "Quý IV"])
q("english", "Compare the learning-citizen goal of the Quang Tri political school with Hanoi's.",
  [(T, T_g5), (HN, HN_50)],
  "The school sets 100% of its own staff and lecturers reaching “Công dân học tập”; Hà Nội's plan sets 50% of citizens "
  "reaching the learning-citizen title (its 2025 target). One is a single institution, the other a city population.",
  ["100%", "50%"])
q("english", "What is the deadline for the Red Cross standing office's summary report?",
  [(C, C_v1)],
  "Before 10/12/2026, to the standing board (Ban Thường vụ), by the Ban Công tác xã hội - Sơ cấp cứu.",
  ["10/12/2026", "Ban Công tác xã hội - Sơ cấp cứu"])

# ============ follow_up ============
q("follow_up", "Thế cụm nào học muộn nhất?",
  [(T, T_pl2_h), (T, T_r8)],
  "Cụm Hướng Hóa - Đakrông, với 01 lớp lưu động tại xã Khe Sanh trong Quý IV, do Phân hiệu Đông Hà tổ chức (Phụ lục II).",
  ["Hướng Hóa - Đakrông", "Quý IV"],
  history=h("Phụ lục II của Trường Chính trị Quảng Trị chia lớp theo những cụm nào?",
            "Phụ lục II chia 24 lớp thành 8 dòng: lớp tập trung cán bộ chủ chốt toàn tỉnh, cụm Đồng Hới - Bố Trạch, Lệ "
            "Thủy - Quảng Ninh, Ba Đồn - Quảng Trạch - Tuyên Hóa - Minh Hóa (tại Cơ sở Đồng Hới), và Đông Hà - Cam Lộ - "
            "Triệu Phong, Hải Lăng - Quảng Trị, Vĩnh Linh - Gio Linh - Cồn Cỏ, Hướng Hóa - Đakrông (tại Phân hiệu Đông "
            "Hà)."))
q("follow_up", "Ai chủ trì việc đó?",
  [(T, T_v2)],
  "Khoa Xây dựng Đảng chủ trì biên soạn chuyên đề, trình Hội đồng khoa học của Trường nghiệm thu trước ngày 15/3/2026.",
  ["Khoa Xây dựng Đảng", "Hội đồng khoa học"],
  history=h("Cán bộ chủ chốt cấp xã được học chuyên đề gì?",
            "100% cán bộ chủ chốt cấp xã được bồi dưỡng chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại "
            "số”, thời lượng 05 ngày (Kế hoạch 27-KH/TCT, Mục II)."))
q("follow_up", "Còn bên Hội thì chi cho phần đó từ nguồn nào?",
  [(C, C_kp3)],
  "Theo Kế hoạch 14/KH-CTĐ, kinh phí cho 04 lớp tại Trường Chính trị tỉnh do Hội chi trả từ nguồn vận động xã hội hóa.",
  ["nguồn vận động xã hội hóa"],
  history=h("Trường Chính trị có mấy lớp sơ cấp cứu với Hội Chữ thập đỏ?",
            "Trường bố trí hội trường và học viên cho 04 lớp tập huấn sơ cấp cứu ban đầu trong quý II/2026, theo Chương "
            "trình phối hợp 01/CTPH-TCT-CTĐ (Năm là, Mục III)."))
q("follow_up", "Mỗi lớp như vậy được chi tối đa bao nhiêu?",
  [(C, C_kp2)],
  "Mỗi lớp tập huấn ở cơ sở được chi không quá 8 triệu đồng; học viên được cấp tài liệu miễn phí.",
  ["không quá 8 triệu đồng"],
  history=h("Hội Chữ thập đỏ mở bao nhiêu lớp ở trung tâm học tập cộng đồng?",
            "40 lớp tập huấn sơ cấp cứu ban đầu tại các trung tâm học tập cộng đồng (mỗi lớp 02 ngày, không quá 40 học "
            "viên), cùng 04 lớp tại Trường Chính trị tỉnh (Kế hoạch 14/KH-CTĐ, mục 2/)."))
q("follow_up", "Còn Phân hiệu thì hạn báo cáo là khi nào?",
  [(T, T_v5)],
  "Phân hiệu Đông Hà báo cáo kết quả về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 20/11/2026.",
  ["20/11/2026"],
  history=h("Trường Chính trị báo cáo Tỉnh ủy trước ngày nào?",
            "Phòng Quản lý đào tạo và Nghiên cứu khoa học tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày "
            "05/12/2026 (Kế hoạch 27-KH/TCT, mục V.1)."))
q("follow_up", "Vậy cụm đó học ở đâu, quý mấy?",
  [(T, T_pl2_h), (T, T_r2)],
  "Cụm Đồng Hới - Bố Trạch học tại Cơ sở Đồng Hới, trong Quý I - II (5 lớp, tối đa 250 học viên).",
  ["Cơ sở Đồng Hới", "Quý I - II"],
  history=h("Cụm nào được nhiều lớp nhất trong Phụ lục II?",
            "Cụm Đồng Hới - Bố Trạch với 5 lớp, tối đa 250 học viên (Phụ lục II, dòng 2)."))
q("follow_up", "Còn chỉ tiêu cho học sinh thì sao?",
  [(C, C_tb)],
  "Khoảng 30% học sinh THCS và THPT ở các xã ven biển được trang bị kỹ năng phòng, chống đuối nước và sơ cứu người bị "
  "đuối nước.",
  ["khoảng 30%"],
  history=h("Chỉ tiêu của Hội Chữ thập đỏ cho hội viên, tình nguyện viên là gì?",
            "Ít nhất 90% hội viên, tình nguyện viên Chữ thập đỏ được tập huấn hoặc tập huấn lại kiến thức sơ cấp cứu "
            "(Kế hoạch 14/KH-CTĐ, Mục II)."))
q("follow_up", "Thế còn văn bản của Trung ương Hội?",
  [(C, C_cc2)],
  "Kế hoạch 14/KH-CTĐ còn thực hiện Kế hoạch số 09/KH-TWHCTĐ ngày 06/01/2026 của Trung ương Hội Chữ thập đỏ Việt Nam "
  "về công tác sơ cấp cứu năm 2026.",
  ["09/KH-TWHCTĐ"],
  history=h("Kế hoạch của Hội Chữ thập đỏ Quảng Trị có căn cứ Quyết định 1373 không?",
            "Có. Kế hoạch 14/KH-CTĐ thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê "
            "duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”."))
q("follow_up", "Lớp đó do ai bên Hội cử người đi?",
  [(C, C_v2)],
  "Ban Tuyên truyền - Tổ chức của Hội Chữ thập đỏ tỉnh cử cán bộ Hội cấp xã đi học lớp do Trường Chính trị tỉnh mở.",
  ["Ban Tuyên truyền - Tổ chức"],
  history=h("Trường Chính trị mở lớp gì cho cán bộ Hội Chữ thập đỏ?",
            "01 lớp bồi dưỡng kỹ năng tuyên truyền, vận động cho 60 cán bộ Hội Chữ thập đỏ cấp xã trong tháng 8/2026 "
            "(Kế hoạch 27-KH/TCT, Năm là)."))
q("follow_up", "À nhầm, ý tôi là khoản tiền tài liệu cho học viên bên Trường Chính trị cơ.",
  [(T, T_kp2)],
  "Bên Trường Chính trị, học viên được hỗ trợ tài liệu 150.000 đồng/học viên/lớp (Kế hoạch 27-KH/TCT, Mục IV).",
  ["150.000 đồng/học viên/lớp"],
  history=h("Học viên lớp sơ cứu được cấp tài liệu không?",
            "Có, theo Kế hoạch 14/KH-CTĐ học viên các lớp tập huấn được cấp tài liệu miễn phí; mỗi lớp ở cơ sở chi "
            "không quá 8 triệu đồng."))
q("follow_up", "Còn học phần số 5?",
  [(T, T_pl1_5)],
  "Học phần 5 là “Kỹ năng viết báo cáo, thu hoạch”, do Khoa Lý luận cơ sở biên soạn (Phụ lục I).",
  ["Kỹ năng viết báo cáo, thu hoạch", "Khoa Lý luận cơ sở"],
  history=h("Phụ lục I có học phần nào về dân vận?",
            "Học phần 4 “Chuyển đổi số trong công tác dân vận”, do Khoa Dân vận biên soạn."))
q("follow_up", "Vậy giai đoạn của chương trình phối hợp đó là bao lâu?",
  [(T, T_cc4)],
  "Chương trình phối hợp số 01/CTPH-TCT-CTĐ ngày 08/01/2026 có giai đoạn 2026 - 2030 (theo căn cứ của Kế hoạch 27-KH/TCT).",
  ["2026 - 2030"],
  history=h("Trường và Hội Chữ thập đỏ phối hợp theo văn bản nào?",
            "Theo Chương trình phối hợp số 01/CTPH-TCT-CTĐ ngày 08/01/2026 giữa Trường Chính trị tỉnh và Hội Chữ thập "
            "đỏ tỉnh; cả hai kế hoạch đều viện dẫn văn bản này."))
q("follow_up", "And the other campus — how many classes does it run?",
  [(T, T_v5)],
  "The Đông Hà branch (Phân hiệu Đông Hà) runs 08 classes for the southern clusters, including 01 mobile class in Khe "
  "Sanh.",
  ["08", "Khe Sanh"],
  history=h("Where are the political school's classes held?",
            "At two places: the Đồng Hới campus (Cơ sở Đồng Hới) and the Đông Hà branch (Phân hiệu Đông Hà), per Annex "
            "II of plan 27-KH/TCT.",
            "OK. Which rows are at Đồng Hới?",
            "Rows 1-4: the key officials' central class, Đồng Hới - Bố Trạch, Lệ Thủy - Quảng Ninh and Ba Đồn - Quảng "
            "Trạch - Tuyên Hóa - Minh Hóa."))
q("follow_up", "What about the cap per class there?",
  [(C, C_2)],
  "In the Red Cross plan each first-aid class lasts 02 days with no more than 40 learners (“không quá 40 học viên”).",
  ["không quá 40 học viên"],
  history=h("The political school caps its classes at how many learners?",
            "At no more than 50 learners per class (plan 27-KH/TCT, Ba là).",
            "And the Red Cross first-aid classes at community learning centres — how many?",
            "40 classes at community learning centres plus 04 at the political school in Quý II/2026 (plan 14/KH-CTĐ)."))
q("follow_up", "Thế còn cấp tỉnh thì đội hướng dẫn viên được tập huấn lại mấy người?",
  [(C, C_3)],
  "45 hướng dẫn viên sơ cấp cứu cấp tỉnh được tập huấn lại trước ngày 31/3/2026.",
  ["45 hướng dẫn viên"],
  history=h("Hội Chữ thập đỏ thành lập bao nhiêu đội sơ cấp cứu ở xã?",
            "20 “Đội sơ cấp cứu cộng đồng” mới tại các xã, phường, đặc khu, mỗi đội từ 10 đến 15 thành viên (Kế hoạch "
            "14/KH-CTĐ)."))

# ============ unanswerable ============
U("Trường Chính trị tỉnh Quảng Ngãi mở bao nhiêu lớp bồi dưỡng kỹ năng tự học năm 2026?",
  "Các kế hoạch đã nạp không có kế hoạch của Trường Chính trị tỉnh Quảng Ngãi; chỉ có kế hoạch của Trường Chính trị "
  "tỉnh Quảng Trị (24 lớp).", r"quang ngai", about=ALL)
U("Hội Chữ thập đỏ tỉnh Quảng Nam năm 2026 tập huấn sơ cứu bao nhiêu lớp?",
  "Không có kế hoạch của Hội Chữ thập đỏ Quảng Nam (nay thuộc Đà Nẵng) trong các văn bản đã nạp.",
  r"quang nam|da nang", about=ALL)
U("Hội Chữ thập đỏ tỉnh Quảng Ninh năm 2026 tập huấn sơ cứu cho bao nhiêu hội viên?",
  "Không có kế hoạch của Hội Chữ thập đỏ tỉnh Quảng Ninh trong các văn bản đã nạp. “Quảng Ninh” trong Phụ lục II của "
  "Trường Chính trị tỉnh Quảng Trị là cụm Lệ Thủy - Quảng Ninh (địa bàn huyện cũ của Quảng Bình), không phải tỉnh Quảng "
  "Ninh; kế hoạch 14/KH-CTĐ là của Hội Chữ thập đỏ tỉnh Quảng Trị.",
  r"tinh quang ninh|chu thap do[^.;]{0,30}quang ninh", about=ALL)
U("Hội Chữ thập đỏ tỉnh Quảng Bình năm 2026 có kế hoạch sơ cứu không?",
  "Từ 01/7/2025 tỉnh Quảng Bình đã hợp nhất vào tỉnh Quảng Trị; không có kế hoạch riêng của Hội Chữ thập đỏ tỉnh Quảng "
  "Bình trong các văn bản đã nạp (kế hoạch 14/KH-CTĐ là của Hội Chữ thập đỏ tỉnh Quảng Trị).",
  r"hoi chu thap do tinh quang binh|quang binh.{0,40}14/kh", about=ALL)
U("Trường Chính trị Lê Duẩn có trong kế hoạch này không, mở mấy lớp?",
  "Kế hoạch 27-KH/TCT không nhắc tên “Trường Chính trị Lê Duẩn”; văn bản chỉ ghi Trường Chính trị tỉnh, Cơ sở Đồng Hới "
  "và Phân hiệu Đông Hà.", r"le duan", about=ALL)
U("Hội Chữ thập đỏ xã Lệ Ninh được giao mấy lớp?",
  "Kế hoạch 14/KH-CTĐ không nhắc xã Lệ Ninh và không chia lớp theo từng xã; diễn tập mưa lũ ở xã Lệ Thủy.",
  r"le ninh", about=ALL)
U("Trường Chính trị tỉnh Quảng Trị hiện có bao nhiêu giảng viên?",
  "Kế hoạch không ghi số giảng viên hiện có; chỉ đặt chỉ tiêu mỗi giảng viên tự học tối thiểu 60 giờ/năm.",
  r"(hien co|hien nay|tong so|gom).{0,40}giang vien|\d+ giang vien")
U("Hội Chữ thập đỏ tỉnh hiện có bao nhiêu hội viên, tình nguyện viên?",
  "Kế hoạch 14/KH-CTĐ không nêu số hội viên, tình nguyện viên hiện có; chỉ đặt tỷ lệ ít nhất 90% được tập huấn.",
  r"(hien co|hien nay|tong so|toan tinh co).{0,60}(hoi vien|tinh nguyen vien)|\d+ (hoi vien|tinh nguyen vien)")
U("Mỗi giảng viên dạy lớp cụm được trả thù lao bao nhiêu một buổi?",
  "Kế hoạch 27-KH/TCT không quy định thù lao giảng viên; chỉ có mức hỗ trợ tài liệu 150.000 đồng/học viên/lớp cho học "
  "viên.", r"thu lao|boi duong giang vien|dong/buoi|dong/tiet|gio giang")
U("Ngày hội “Sơ cứu cộng đồng” ở Đông Hà được cấp bao nhiêu kinh phí?",
  "Kế hoạch không tách kinh phí cho ngày hội; chỉ có tổng 850 triệu đồng và mức chi mỗi lớp cơ sở không quá 8 triệu "
  "đồng.", r"ngay hoi[^.;]{0,80}\d+ (trieu|dong)|\d+ (trieu|dong)[^.;]{0,60}ngay hoi")
U("Tủ thuốc sơ cứu cấp cho trung tâm học tập cộng đồng trị giá bao nhiêu?",
  "Kế hoạch chỉ nói 100% trung tâm học tập cộng đồng ở xã có đội sơ cấp cứu được cấp 01 bộ tài liệu và tủ thuốc sơ cứu, "
  "không ghi giá trị.", r"tu thuoc.{0,80}\d+ (trieu|dong)|(trieu dong|dong)/tu|tri gia")
U("Cán bộ xã học xong không đạt yêu cầu thì bị xử lý thế nào?",
  "Kế hoạch không quy định chế tài hay xử lý học viên; Sáu là chỉ nói khảo sát mức độ hài lòng sau mỗi lớp.",
  r"xu ly|ky luat|che tai|xu phat|khien trach|khong dat yeu cau")
U("Xã nào không thành lập Đội sơ cấp cứu cộng đồng thì bị phê bình không?",
  "Kế hoạch 14/KH-CTĐ không nêu hình thức xử lý hay phê bình nào.",
  r"phe binh|xu ly|ky luat|che tai|canh cao")
U("Kế hoạch Trường Chính trị đặt chỉ tiêu gì cho năm 2028?",
  "Kế hoạch 27-KH/TCT là kế hoạch năm 2026; không có chỉ tiêu cho năm 2028 (chỉ nhắc năm 2027 để điều chỉnh chương "
  "trình).", r"2028", about=[T])
U("Đến năm 2030 Hội Chữ thập đỏ Quảng Trị muốn bao nhiêu phần trăm dân biết sơ cứu?",
  "Kế hoạch 14/KH-CTĐ chỉ đặt chỉ tiêu năm 2026; năm 2030 chỉ xuất hiện trong tên Đề án theo Quyết định 1373.",
  r"(nam|den) 2030", about=[C])
U("Số điện thoại của Phòng Quản lý đào tạo để hỏi lịch học là gì?",
  "Kế hoạch không ghi số điện thoại hay địa chỉ liên hệ.",
  r"dien thoai|hotline|\bdt\b|\b0\d{9}\b|\(0\d+\)")
U("Email của Ban Công tác xã hội - Sơ cấp cứu là gì?",
  "Kế hoạch 14/KH-CTĐ không ghi email hay thông tin liên hệ.", r"email|e-mail|@|thu dien tu")
U("Kế hoạch 215-KH/TU của Tỉnh ủy giao bao nhiêu lớp cho Trường?",
  "Kế hoạch 215-KH/TU chỉ được viện dẫn làm căn cứ; nội dung và chỉ tiêu của nó không có trong các văn bản đã nạp.",
  r"215-kh/tu.{0,250}(lop|chi tieu|giao|%)")
U("Kế hoạch 09/KH-TWHCTĐ của Trung ương Hội giao chỉ tiêu gì cho các tỉnh?",
  "Kế hoạch 09/KH-TWHCTĐ chỉ được nhắc làm căn cứ; nội dung của nó không có trong văn bản đã nạp.",
  r"09/kh-twhctd.{0,250}(%|chi tieu|giao|moi tinh)")
U("Kế hoạch 3012/KH-UBND của tỉnh đặt tỷ lệ công dân học tập bao nhiêu?",
  "Kế hoạch 3012/KH-UBND chỉ được viện dẫn; chỉ tiêu của nó không có trong các kế hoạch đã nạp.",
  r"3012/kh-ubnd.{0,250}(%|chi tieu)")
U("Chương trình phối hợp 01/CTPH-TCT-CTĐ gồm mấy điều, ai ký?",
  "Hai kế hoạch chỉ viện dẫn số, ngày và giai đoạn 2026 - 2030 của chương trình phối hợp; nội dung, số điều và người ký "
  "không có.", r"01/ctph[^;:]{0,200}(\d+ dieu|nguoi ky|do [^;:]{0,30} ky)")
U("Công an tỉnh có tham gia diễn tập mưa lũ ở Lệ Thủy không?",
  "Kế hoạch 14/KH-CTĐ không nhắc Công an tỉnh; không có đơn vị phối hợp nào được nêu cho cuộc diễn tập.",
  r"cong an")
U("Sở Y tế được giao gì trong kế hoạch sơ cấp cứu của Hội?",
  "Kế hoạch 14/KH-CTĐ không nhắc Sở Y tế; chỉ có các ban của Hội, Hội cấp xã và hai đề nghị (Trường Chính trị tỉnh, Sở "
  "Giáo dục và Đào tạo).", r"so y te|nganh y te|benh vien|trung tam y te")
U("Ban Tuyên giáo và Dân vận Tỉnh ủy có nhiệm vụ gì trong kế hoạch của Trường Chính trị?",
  "Kế hoạch 27-KH/TCT không nhắc Ban Tuyên giáo và Dân vận; ngoài các khoa, phòng của Trường chỉ có Sở Nội vụ, UBND xã "
  "và Hội Chữ thập đỏ tỉnh. (Ban Tổ chức Tỉnh ủy chỉ có ở Nơi nhận.)", r"tuyen giao")
U("Hội Khuyến học tỉnh phối hợp thế nào với Hội Chữ thập đỏ?",
  "Kế hoạch 14/KH-CTĐ không nhắc Hội Khuyến học.", r"khuyen hoc")
U("Tỉnh đoàn có cử đoàn viên tham gia Đội sơ cấp cứu cộng đồng không?",
  "Kế hoạch không nhắc Tỉnh đoàn hay Đoàn Thanh niên.", r"tinh doan|doan thanh nien|thanh nien")
U("Người dân muốn học lớp sơ cứu phải bao nhiêu tuổi trở lên?",
  "Kế hoạch 14/KH-CTĐ không quy định độ tuổi người học.", r"\d+ tuoi|do tuoi")
U("Which commune hosts the Red Cross plan's drill in Ha Tinh?",
  "None: the plans loaded contain nothing on Hà Tĩnh; the Quảng Trị Red Cross drill is in Lệ Thủy commune.",
  r"ha tinh", about=ALL)
U("How many lecturers from Hue will teach at the Dong Ha branch?",
  "The plan does not say how many lecturers teach or name any lecturers from Huế.",
  r"\d+ giang vien|giang vien.{0,60}\bhue\b", about=NEW)
U("What penalty applies if a commune sends the wrong trainees?",
  "The plans set no penalty; the school only asks the communes to send the right participants.",
  r"xu ly|ky luat|che tai|xu phat|canh cao")
U("Chỉ tiêu năm 2027 thì sao?",
  "Kế hoạch 27-KH/TCT không đặt chỉ tiêu năm 2027; năm 2027 chỉ được nhắc là năm điều chỉnh chương trình theo kết quả "
  "khảo sát.", r"(chi tieu|muc tieu).{0,60}2027|2027.{0,40}(%|lop|hoc vien)", about=[T],
  history=h("Chỉ tiêu bồi dưỡng cán bộ chủ chốt năm 2026 của Trường Chính trị Quảng Trị là gì?",
            "100% cán bộ chủ chốt cấp xã được bồi dưỡng chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại "
            "số”, thời lượng 05 ngày (Kế hoạch 27-KH/TCT)."))
U("Mỗi đội đó được cấp bao nhiêu tiền hoạt động?",
  "Kế hoạch 14/KH-CTĐ không ghi kinh phí cho mỗi Đội sơ cấp cứu cộng đồng; chỉ có tổng 850 triệu đồng và mức không quá "
  "8 triệu đồng mỗi lớp.", r"doi.{0,80}\d+ (trieu|dong)|(trieu dong|dong)/doi",
  about=[C],
  history=h("Hội thành lập bao nhiêu Đội sơ cấp cứu cộng đồng?",
            "20 đội mới tại các xã, phường, đặc khu, mỗi đội từ 10 đến 15 thành viên (Kế hoạch 14/KH-CTĐ)."))
U("Còn Hội Chữ thập đỏ tỉnh Hà Tĩnh thì sao?",
  "Không có kế hoạch của Hội Chữ thập đỏ Hà Tĩnh trong các văn bản đã nạp.", r"ha tinh", about=ALL,
  history=h("Hội Chữ thập đỏ Quảng Trị dành bao nhiêu tiền cho kế hoạch sơ cứu?",
            "850 triệu đồng: 520 triệu xã hội hóa, 250 triệu kinh phí hoạt động của Hội, 80 triệu từ Quỹ Nhân đạo tỉnh "
            "(Kế hoạch 14/KH-CTĐ)."))


# ================= checks and writing =================
def deaccent(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s).lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


MIN = {"english": 18, "follow_up": 15, "unanswerable": 30}


def main():
    problems = []
    texts = {d: check_sets.text_of(d) for d in ALL}
    seen_q = set()
    counts = {}
    for n, r in enumerate(Q, 1):
        r["id"] = f"p66-{n:03d}"
        where = r["id"]
        counts[r["type"]] = counts.get(r["type"], 0) + 1
        if r["question"] in seen_q:
            problems.append(f"{where}: repeated question")
        seen_q.add(r["question"])
        for ev in r["evidence"]:
            if check_sets.norm(ev["span"]) not in texts[ev["doc"]]:
                problems.append(f"{where}: span missing in {ev['doc']}: {ev['span'][:80]!r}")
        for kf in r["key_facts"]:
            k = check_sets.norm(kf).lower()
            if k not in check_sets.norm(r["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(ev["span"]).lower() for ev in r["evidence"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        hist = r["history"]
        if hist:
            if not (2 <= len(hist) <= 4) or hist[-1]["role"] != "assistant" or any(
                    t["role"] != ("user" if i % 2 == 0 else "assistant") for i, t in enumerate(hist)):
                problems.append(f"{where}: malformed history")
        if r["type"] == "follow_up" and not hist:
            problems.append(f"{where}: follow_up without history")
        if r["type"] == "unanswerable":
            if r["docs"] or r["evidence"] or r["key_facts"]:
                problems.append(f"{where}: unanswerable with docs/evidence/key facts")
            if not r["_probe"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in r["_about"]:
                    m = re.search(r["_probe"], deaccent(texts[d]))
                    if m:
                        problems.append(f"{where}: probe {r['_probe']!r} matches {d}: {m.group(0)!r}")
        elif not r["key_facts"]:
            problems.append(f"{where}: no key facts")
    for t in check_sets.TYPES:
        if counts.get(t, 0) < MIN.get(t, 1):
            problems.append(f"type {t}: {counts.get(t, 0)} < {MIN.get(t, 1)}")
    if len(Q) < 140:
        problems.append(f"only {len(Q)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; NOT written")
        return 1
    out = os.path.join(SETS, "newplans66.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in Q:
            rec = {k: r[k] for k in check_sets.FIELDS}
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
    print(f"wrote {out}: {len(Q)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
