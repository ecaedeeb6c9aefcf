"""Questions of set 56 (newplans56.jsonl) on plans56/ (+ two bundled plans for cross_plan).

    python eval/sets/src56/questions_src56.py      # checks everything, then writes eval/sets/newplans56.jsonl

Refuses to write when: a span is not in its plan's text as extracted by check_sets.py (normalised); a key fact is not
in the answer or in none of the question's cited spans; a follow-up has no history; two questions share a text; an
unanswerable question's probe regex (what would have to be in the plan for it to be answerable) matches the
accent-free normalised text of the plans it is about; a type count is below the brief's minimum.
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

H = "bvdkphutho_1286-KH-BVDK_2026.docx"
C = "truonglam_27-KH-UBND_2026.mht"
HUE = "000_4550be4bb11189cd.txt"
ANLAO = "004_b1b28019b71edc03.txt"
BUNDLED = ["000_4550be4bb11189cd.txt", "001_7bafa58816a5de75.txt", "002_797e8de6131c77f9.txt",
           "003_1a817ee72b993e3e.txt", "004_b1b28019b71edc03.txt"]
ALL = [H, C] + BUNDLED

# spans used more than once
H_HEAD = "TT Nhóm viên chức Chỉ tiêu Năm 2027 Năm 2030"
H_R1 = "1 Bác sĩ Số giờ đào tạo liên tục (CME) tối thiểu mỗi người mỗi năm 32 giờ 40 giờ"
H_R2 = "2 Điều dưỡng, hộ sinh Số giờ đào tạo liên tục (CME) tối thiểu mỗi người mỗi năm 24 giờ 32 giờ"
H_R3 = "3 Điều dưỡng, hộ sinh Tỷ lệ có trình độ đại học trở lên 45% 60%"
H_R4 = "4 Kỹ thuật viên Tỷ lệ có trình độ đại học trở lên 50% 70%"
H_R5 = "5 Viên chức dưới 40 tuổi Tỷ lệ có chứng chỉ ngoại ngữ bậc 3 (B1) trở lên 30% 50%"
H_R6 = "6 Toàn thể viên chức, người lao động Tỷ lệ đạt chuẩn kỹ năng sử dụng công nghệ thông tin cơ bản 90% 100%"
H_R7 = "7 Viên chức khối hành chính Tỷ lệ được bồi dưỡng kỹ năng giao tiếp, phục vụ người bệnh 100% 100%"
H_R8 = "8 Các khoa, phòng Tỷ lệ đạt danh hiệu “Khoa, phòng học tập” 60% 85%"
H_NOTE = ("Ghi chú: Chỉ tiêu năm 2027 là mức phải đạt khi sơ kết giữa kỳ; chỉ tiêu năm 2030 là mức phải đạt khi "
          "tổng kết.")
H_TCCB = ("Là cơ quan thường trực, giúp Giám đốc theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo kết quả gửi "
          "Giám đốc trước ngày 10 tháng 12 hằng năm để báo cáo Sở Y tế.")
H_SOKET = "Tham mưu sơ kết giữa kỳ vào quý IV năm 2027 và tổng kết vào quý IV năm 2030."
H_TTDT1 = ("Quản lý số giờ đào tạo liên tục của từng viên chức, cấp giấy chứng nhận đào tạo liên tục và cập nhật vào "
           "Phần mềm quản lý nhân lực trước ngày 05 hằng tháng.")
H_TTDT2 = "Chủ trì xây dựng “Thư viện bài giảng điện tử” và tổ chức “Ngày hội học tập của Bệnh viện”."
H_DD1 = ("Xây dựng kế hoạch đào tạo nâng chuẩn điều dưỡng, hộ sinh; trình Giám đốc danh sách cử đi học liên thông "
         "trước ngày 30 tháng 6 hằng năm.")
H_DD2 = "Tổ chức kiểm tra tay nghề điều dưỡng, hộ sinh 02 lần/năm."
H_KHTH = ("Lồng ghép sinh hoạt khoa học với hội chẩn, bình bệnh án; bố trí lịch trực để viên chức được cử đi học vẫn "
          "bảo đảm nhân lực trực.")
H_TCKT = ("Lập dự toán kinh phí thực hiện Kế hoạch, trình Giám đốc trước ngày 15 tháng 11 hằng năm; hướng dẫn thanh "
          "toán, quyết toán theo quy định.")
H_CNTT = ("Vận hành hệ thống E-learning; tổ chức đào tạo sử dụng bệnh án điện tử và kỹ năng an toàn thông tin cho "
          "viên chức.")
H_KHOA = "Xây dựng kế hoạch học tập của khoa; đăng ký danh hiệu “Khoa, phòng học tập” trước ngày 31 tháng 01 hằng năm."
H_CD = "Quản lý, sử dụng Quỹ “Khuyến học Bệnh viện”; phát động phong trào “Gia đình nhân viên y tế học tập”."
H_CDOAN = ("Duy trì Câu lạc bộ tiếng Anh thanh niên sinh hoạt 02 lần/tháng; tổ chức đội tình nguyện hướng dẫn người "
           "bệnh cao tuổi sử dụng ứng dụng VNeID và Sổ sức khỏe điện tử.")
H_ELEARN = ("Xây dựng “Thư viện bài giảng điện tử” trên hệ thống đào tạo trực tuyến (E-learning) của Bệnh viện, đến "
            "hết năm 2026 có ít nhất 150 bài giảng; tổ chức “Ngày hội học tập của Bệnh viện” vào tháng 10 hằng năm.")
H_NANG = ("Cử điều dưỡng, hộ sinh, kỹ thuật viên trình độ cao đẳng đi học liên thông đại học, mỗi năm ít nhất 25 "
          "người; Bệnh viện hỗ trợ 50% học phí, tối đa 15 triệu đồng/người/khóa học, với cam kết công tác tại Bệnh "
          "viện ít nhất 05 năm sau khi tốt nghiệp.")
H_NN = ("Mở lớp tiếng Anh chuyên ngành y tại Bệnh viện, mỗi năm 02 lớp; đào tạo sử dụng bệnh án điện tử cho 100% "
        "viên chức sử dụng hệ thống trước khi triển khai tại khoa.")
H_TUYEN = ("Cử bác sĩ đi học tập, nhận chuyển giao kỹ thuật tại Bệnh viện Bạch Mai và Bệnh viện Hữu nghị Việt Đức "
           "theo Đề án Bệnh viện vệ tinh; người được cử đi học có trách nhiệm tổ chức ít nhất 01 buổi chia sẻ lại kiến "
           "thức cho khoa trong vòng 01 tháng sau khi trở về.")
H_DOC = "Duy trì Thư viện Bệnh viện và “Tủ sách chuyên môn” tại mỗi khoa; Thư viện mở cửa đến 20 giờ các ngày làm việc."
H_NGUON = ("1. Nguồn kinh phí: Quỹ phát triển hoạt động sự nghiệp của Bệnh viện; kinh phí đào tạo do Sở Y tế giao hằng "
           "năm; nguồn tài trợ, hỗ trợ hợp pháp khác.")
H_TONG = "2. Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 6,8 tỷ đồng, trong đó năm 2026 là 1,2 tỷ đồng."
H_QUY = ("3. Quỹ “Khuyến học Bệnh viện” do Công đoàn cơ sở quản lý, hình thành từ đóng góp tự nguyện của đoàn viên "
         "(mức vận động 30.000 đồng/người/quý) và tài trợ hợp pháp; Quỹ thưởng 1.000.000 đồng cho mỗi viên chức đạt "
         "chứng chỉ ngoại ngữ bậc 4 (B2) trở lên và khen thưởng con viên chức, người lao động đạt giải học sinh giỏi "
         "cấp tỉnh trở lên.")
H_SIGN = "GIÁM ĐỐC (Đã ký) Hà Minh Khôi"
H_MUCDICH = ("Xây dựng Bệnh viện trở thành “Đơn vị học tập”, mỗi viên chức, người lao động là một “Công dân học tập”, "
             "góp phần nâng cao chất lượng khám bệnh, chữa bệnh và sự hài lòng của người bệnh.")
H_CHUNG = ("Phát triển đội ngũ viên chức, người lao động của Bệnh viện có trình độ chuyên môn cao, có ý thức tự học "
           "suốt đời; đến năm 2030 Bệnh viện được Sở Y tế công nhận là “Đơn vị học tập” xuất sắc.")
H_SHKH = ("Ngoài các chỉ tiêu trên, mỗi khoa lâm sàng tổ chức ít nhất 01 buổi sinh hoạt khoa học mỗi tháng; mỗi khoa, "
          "phòng có ít nhất 01 sáng kiến cải tiến được Hội đồng khoa học Bệnh viện công nhận mỗi năm.")
H_645 = ("Căn cứ Kế hoạch số 645/KH-SYT ngày 12/02/2026 của Sở Y tế tỉnh Phú Thọ về xây dựng “Đơn vị học tập” trong "
         "ngành Y tế giai đoạn 2026 - 2030;")

C_HOPNHAT = ("Xã Trường Lâm được thành lập trên cơ sở hợp nhất toàn bộ diện tích tự nhiên, quy mô dân số của xã Tân "
             "Trường và xã Trường Lâm (thuộc thị xã Nghi Sơn trước đây), chính thức hoạt động theo mô hình chính quyền "
             "địa phương hai cấp từ ngày 01/7/2025.")
C_10THON = "Xã có 10 thôn (05 thôn thuộc xã Tân Trường cũ và 05 thôn thuộc xã Trường Lâm cũ)."
C_TTHTCD = ("Hiện xã có 02 Trung tâm học tập cộng đồng của hai xã trước đây; năm 2026 hợp nhất thành 01 Trung tâm học "
            "tập cộng đồng xã Trường Lâm, duy trì 02 điểm học tại trụ sở xã Tân Trường cũ và trụ sở xã Trường Lâm cũ.")
C_GDHT = "65% hộ gia đình đạt danh hiệu “Gia đình học tập”; 55% dòng họ đạt danh hiệu “Dòng họ học tập”."
C_KNS = "80% người trong độ tuổi từ 15 đến 60 được phổ cập kỹ năng số cơ bản qua phong trào “Bình dân học vụ số”."
C_XMC = ("Duy trì chuẩn xóa mù chữ mức độ 2; huy động ít nhất 15 người trong độ tuổi từ 15 đến 60 chưa biết chữ hoặc "
         "tái mù chữ ra lớp xóa mù chữ.")
C_CBCC = "100% cán bộ, công chức xã được bồi dưỡng kiến thức về vận hành chính quyền địa phương hai cấp và kỹ năng số."
C_HEAD = ("TT Thôn Gia đình học tập (%) Dòng họ học tập (%) Lớp “Bình dân học vụ số” (lớp) Công nhận “Cộng đồng học "
          "tập” cấp thôn")
C_KV1 = "Khu vực xã Tân Trường cũ"
C_KV2 = "Khu vực xã Trường Lâm cũ"
C_ROWS = {
    "Tân Hòa": "1 Thôn Tân Hòa 68 60 3 Có",
    "Tân Phúc": "2 Thôn Tân Phúc 62 50 2 -",
    "Đồng Cao": "3 Thôn Đồng Cao 60 50 2 -",
    "Hải Lâm": "4 Thôn Hải Lâm 66 55 3 Có",
    "Bắc Sơn": "5 Thôn Bắc Sơn 58 45 2 -",
    "Liên Trung": "6 Thôn Liên Trung 70 60 3 Có",
    "Trường Sơn": "7 Thôn Trường Sơn 64 55 2 -",
    "Minh Lâm": "8 Thôn Minh Lâm 65 55 2 -",
    "Khánh Vân": "9 Thôn Khánh Vân 62 50 2 -",
    "Tiến Thắng": "10 Thôn Tiến Thắng 67 60 3 Có",
}
C_TOTAL = "Toàn xã 65 55 24 04 thôn"
C_TABLE = C_HEAD + " " + C_KV1 + " " + " ".join(list(C_ROWS.values())[:5]) + " " + C_KV2 + " " + " ".join(
    list(C_ROWS.values())[5:]) + " " + C_TOTAL
C_CDHT = ("Các thôn được công nhận “Cộng đồng học tập” cấp thôn được xét chọn khi đạt các chỉ tiêu trên và không có hộ "
          "vi phạm pháp luật nghiêm trọng trong năm.")
C_TUYENTRUYEN = ("Tuyên truyền trên hệ thống loa truyền thanh của các thôn ít nhất 02 lần/tháng, trên Cổng thông tin "
                 "điện tử xã và nhóm Zalo của các thôn.")
C_TT2 = ("Hoàn thành việc hợp nhất 02 Trung tâm học tập cộng đồng trước ngày 31/3/2026; Trung tâm tổ chức ít nhất 24 "
         "chuyên đề trong năm 2026 về trồng trọt, chăn nuôi, nuôi trồng thủy sản, pháp luật, chăm sóc sức khỏe và kỹ "
         "năng số, luân phiên tại 02 điểm học.")
C_BDHVS = ("Mỗi thôn thành lập 01 Tổ công nghệ số cộng đồng; mở các lớp “Bình dân học vụ số” theo chỉ tiêu giao từng "
           "thôn, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận biết lừa "
           "đảo trên không gian mạng.")
C_MOHINH = ("Hướng dẫn các thôn đăng ký, đánh giá “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; "
            "tổ chức đánh giá, công nhận trong tháng 12 năm 2026.")
C_KHUYENHOC = ("Vận động xây dựng Quỹ khuyến học của xã và các thôn; khen thưởng học sinh đạt giải, sinh viên đỗ đại "
               "học và các gia đình, dòng họ học tập tiêu biểu vào dịp Tết Nguyên đán.")
C_KP = ("Tổng kinh phí thực hiện Kế hoạch năm 2026 là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng) từ ngân sách "
        "xã theo Nghị quyết số 12/NQ-HĐND ngày 24/12/2025 của Hội đồng nhân dân xã, trong đó:")
C_KP1 = "Hỗ trợ hoạt động của Trung tâm học tập cộng đồng: 80.000.000 đồng;"
C_KP2 = "Mở lớp “Bình dân học vụ số” tại các thôn: 45.000.000 đồng;"
C_KP3 = "Tuyên truyền: 20.000.000 đồng;"
C_KP4 = "Khen thưởng: 40.000.000 đồng."
C_XHH = "Ngoài ra, huy động nguồn xã hội hóa và Quỹ khuyến học để hỗ trợ học sinh nghèo và khen thưởng."
C_VHXH = ("Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn các thôn đánh giá các mô "
          "hình học tập; tổng hợp báo cáo kết quả năm 2026 gửi Sở Giáo dục và Đào tạo trước ngày 05/12/2026.")
C_KT = ("Tham mưu bố trí, hướng dẫn sử dụng và thanh quyết toán kinh phí thực hiện Kế hoạch theo quy định; lồng ghép "
        "nội dung học tập với các chương trình khuyến nông, chuyển giao khoa học kỹ thuật cho nông dân.")
C_VP = ("Đăng tải Kế hoạch và tin bài về xây dựng xã hội học tập trên Cổng thông tin điện tử xã; theo dõi, đôn đốc các "
        "thôn thực hiện chế độ báo cáo.")
C_HCC = ("Bố trí công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến; phối hợp với Tổ công nghệ số cộng "
         "đồng các thôn tổ chức thực hành tại lớp “Bình dân học vụ số”.")
C_TTHT = ("Xây dựng chương trình hoạt động năm 2026; chủ trì tổ chức các chuyên đề, lớp học; tổ chức lớp xóa mù chữ tại "
          "điểm học Tân Trường.")
C_TRUONG = ("Phối hợp với Trung tâm học tập cộng đồng cử giáo viên tham gia giảng dạy lớp xóa mù chữ và hỗ trợ lớp "
            "“Bình dân học vụ số”; cho mượn phòng học ngoài giờ.")
C_CA = ("Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2 và phòng chống lừa đảo trên không "
        "gian mạng tại các lớp “Bình dân học vụ số”.")
C_THON = ("Tổ chức thực hiện chỉ tiêu giao cho thôn; báo cáo kết quả 6 tháng trước ngày 10/6/2026 và báo cáo năm trước "
          "ngày 25/11/2026 về Phòng Văn hóa - Xã hội.")
C_DENGHI_H = ("9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Khuyến học xã và các tổ chức chính trị - xã hội")
C_DENGHI = ("Tuyên truyền, vận động hội viên, đoàn viên tham gia học tập; Hội Khuyến học xã chủ trì vận động Quỹ khuyến "
            "học, phối hợp đánh giá “Gia đình học tập”, “Dòng họ học tập”.")
C_SIGN = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Đỗ Thị Hải Yến"
C_MUCTIEU = ("Duy trì, phát huy kết quả xây dựng xã hội học tập của hai xã trước đây; tạo cơ hội học tập suốt đời cho "
             "mọi người dân, gắn với phong trào “Bình dân học vụ số” và xây dựng nông thôn mới nâng cao.")

Q = []


def q(typ, question, ev, answer, kf, hist=None, probe=None, about=None):
    Q.append({"type": typ, "question": question, "ev": ev, "answer": answer, "kf": kf, "hist": hist or [],
              "probe": probe, "about": about})


def un(question, answer, probe, about=None, hist=None):
    q("unanswerable", question, [], answer, [], hist=hist, probe=probe, about=about or [H, C])


def turns(*pairs):
    out = []
    for i, t in enumerate(pairs):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ------------------------------------------------------------------ agency_tasks
q("agency_tasks", "Theo kế hoạch xây dựng Bệnh viện học tập của Bệnh viện Đa khoa tỉnh Phú Thọ, Phòng Tổ chức cán bộ có nhiệm vụ gì?",
  [(H, H_TCCB), (H, H_SOKET)],
  "Phòng Tổ chức cán bộ là cơ quan thường trực, giúp Giám đốc theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo kết quả gửi Giám đốc trước ngày 10 tháng 12 hằng năm để báo cáo Sở Y tế; tham mưu sơ kết giữa kỳ vào quý IV năm 2027 và tổng kết vào quý IV năm 2030 (mục V.1).",
  ["cơ quan thường trực", "10 tháng 12", "sơ kết giữa kỳ"])
q("agency_tasks", "Trung tâm Đào tạo và Chỉ đạo tuyến của bệnh viện được giao làm những việc gì?",
  [(H, H_TTDT1), (H, H_TTDT2)],
  "Trung tâm Đào tạo và Chỉ đạo tuyến quản lý số giờ đào tạo liên tục của từng viên chức, cấp giấy chứng nhận đào tạo liên tục và cập nhật vào Phần mềm quản lý nhân lực trước ngày 05 hằng tháng; chủ trì xây dựng “Thư viện bài giảng điện tử” và tổ chức “Ngày hội học tập của Bệnh viện” (mục V.2).",
  ["giờ đào tạo liên tục", "ngày 05 hằng tháng", "Thư viện bài giảng điện tử"])
q("agency_tasks", "Phòng Điều dưỡng có trách nhiệm gì trong kế hoạch Bệnh viện học tập giai đoạn 2026-2030?",
  [(H, H_DD1), (H, H_DD2)],
  "Phòng Điều dưỡng xây dựng kế hoạch đào tạo nâng chuẩn điều dưỡng, hộ sinh; trình Giám đốc danh sách cử đi học liên thông trước ngày 30 tháng 6 hằng năm; tổ chức kiểm tra tay nghề điều dưỡng, hộ sinh 02 lần/năm (mục V.3).",
  ["nâng chuẩn", "30 tháng 6", "02 lần/năm"])
q("agency_tasks", "Phòng Kế hoạch tổng hợp phải làm gì để viên chức được đi học?",
  [(H, H_KHTH)],
  "Phòng Kế hoạch tổng hợp lồng ghép sinh hoạt khoa học với hội chẩn, bình bệnh án; bố trí lịch trực để viên chức được cử đi học vẫn bảo đảm nhân lực trực (mục V.4).",
  ["hội chẩn", "lịch trực"])
q("agency_tasks", "Nhiệm vụ của Phòng Công nghệ thông tin Bệnh viện Đa khoa tỉnh Phú Thọ trong kế hoạch này?",
  [(H, H_CNTT)],
  "Phòng Công nghệ thông tin vận hành hệ thống E-learning; tổ chức đào tạo sử dụng bệnh án điện tử và kỹ năng an toàn thông tin cho viên chức (mục V.6).",
  ["E-learning", "bệnh án điện tử", "an toàn thông tin"])
q("agency_tasks", "Công đoàn cơ sở Bệnh viện được giao việc gì?",
  [(H, H_CD)],
  "Công đoàn cơ sở Bệnh viện quản lý, sử dụng Quỹ “Khuyến học Bệnh viện” và phát động phong trào “Gia đình nhân viên y tế học tập” (mục V.8).",
  ["Khuyến học Bệnh viện", "Gia đình nhân viên y tế học tập"])
q("agency_tasks", "Chi đoàn Thanh niên của bệnh viện làm gì theo kế hoạch?",
  [(H, H_CDOAN)],
  "Chi đoàn Thanh niên Bệnh viện duy trì Câu lạc bộ tiếng Anh thanh niên sinh hoạt 02 lần/tháng và tổ chức đội tình nguyện hướng dẫn người bệnh cao tuổi sử dụng ứng dụng VNeID và Sổ sức khỏe điện tử (mục V.9).",
  ["Câu lạc bộ tiếng Anh", "VNeID", "Sổ sức khỏe điện tử"])
q("agency_tasks", "Các khoa lâm sàng, cận lâm sàng phải làm gì và đăng ký danh hiệu trước ngày nào?",
  [(H, H_KHOA)],
  "Các khoa lâm sàng, cận lâm sàng xây dựng kế hoạch học tập của khoa và đăng ký danh hiệu “Khoa, phòng học tập” trước ngày 31 tháng 01 hằng năm (mục V.7).",
  ["kế hoạch học tập của khoa", "31 tháng 01"])
q("agency_tasks", "Trong kế hoạch xây dựng xã hội học tập năm 2026 của xã Trường Lâm, Phòng Văn hóa - Xã hội có nhiệm vụ gì?",
  [(C, C_VHXH)],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn các thôn đánh giá các mô hình học tập; tổng hợp báo cáo kết quả năm 2026 gửi Sở Giáo dục và Đào tạo trước ngày 05/12/2026 (mục V.1).",
  ["cơ quan thường trực", "05/12/2026", "Sở Giáo dục và Đào tạo"])
q("agency_tasks", "Phòng Kinh tế xã Trường Lâm được giao những việc gì?",
  [(C, C_KT)],
  "Phòng Kinh tế tham mưu bố trí, hướng dẫn sử dụng và thanh quyết toán kinh phí thực hiện Kế hoạch; lồng ghép nội dung học tập với các chương trình khuyến nông, chuyển giao khoa học kỹ thuật cho nông dân (mục V.2).",
  ["thanh quyết toán", "khuyến nông"])
q("agency_tasks", "Văn phòng HĐND và UBND xã Trường Lâm làm gì trong kế hoạch năm 2026?",
  [(C, C_VP)],
  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã đăng tải Kế hoạch và tin bài về xây dựng xã hội học tập trên Cổng thông tin điện tử xã; theo dõi, đôn đốc các thôn thực hiện chế độ báo cáo (mục V.3).",
  ["Cổng thông tin điện tử xã", "chế độ báo cáo"])
q("agency_tasks", "Trung tâm Phục vụ hành chính công xã có vai trò gì trong phong trào Bình dân học vụ số của xã Trường Lâm?",
  [(C, C_HCC)],
  "Trung tâm Phục vụ hành chính công xã bố trí công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến; phối hợp với Tổ công nghệ số cộng đồng các thôn tổ chức thực hành tại lớp “Bình dân học vụ số” (mục V.4).",
  ["dịch vụ công trực tuyến", "Tổ công nghệ số cộng đồng"])
q("agency_tasks", "Công an xã Trường Lâm có nhiệm vụ gì theo kế hoạch xã hội học tập 2026?",
  [(C, C_CA)],
  "Công an xã hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2 và phòng chống lừa đảo trên không gian mạng tại các lớp “Bình dân học vụ số” (mục V.7).",
  ["định danh điện tử mức độ 2", "lừa đảo"])
q("agency_tasks", "Các trường Mầm non, Tiểu học, THCS trên địa bàn xã Trường Lâm phải phối hợp thế nào?",
  [(C, C_TRUONG)],
  "Các trường phối hợp với Trung tâm học tập cộng đồng cử giáo viên tham gia giảng dạy lớp xóa mù chữ và hỗ trợ lớp “Bình dân học vụ số”; cho mượn phòng học ngoài giờ (mục V.6).",
  ["xóa mù chữ", "cho mượn phòng học"])
q("agency_tasks", "Kế hoạch của xã Trường Lâm đề nghị Hội Khuyến học xã làm gì?",
  [(C, C_DENGHI_H), (C, C_DENGHI)],
  "Mục V.9 là lời đề nghị (không phải giao việc) gửi UBMTTQ Việt Nam xã, Hội Khuyến học xã và các tổ chức chính trị - xã hội: tuyên truyền, vận động hội viên, đoàn viên tham gia học tập; riêng Hội Khuyến học xã chủ trì vận động Quỹ khuyến học, phối hợp đánh giá “Gia đình học tập”, “Dòng họ học tập”.",
  ["Đề nghị", "Quỹ khuyến học", "Gia đình học tập"])

# ------------------------------------------------------------------ target
q("target", "Bệnh viện Đa khoa tỉnh Phú Thọ đặt chỉ tiêu bao nhiêu giờ đào tạo liên tục mỗi năm cho bác sĩ?",
  [(H, H_HEAD), (H, H_R1)],
  "Bác sĩ phải đạt tối thiểu 32 giờ đào tạo liên tục (CME) mỗi người mỗi năm vào năm 2027 và 40 giờ vào năm 2030 (bảng chỉ tiêu mục II.2).",
  ["32 giờ", "40 giờ"])
q("target", "Đến năm 2030, tỷ lệ điều dưỡng, hộ sinh có trình độ đại học trở lên của bệnh viện phải đạt bao nhiêu?",
  [(H, H_HEAD), (H, H_R3)],
  "Đến năm 2030, 60% điều dưỡng, hộ sinh có trình độ đại học trở lên (mốc năm 2027 là 45%).",
  ["60%"])
q("target", "Chỉ tiêu “Năm 2027” trong bảng chỉ tiêu của bệnh viện có nghĩa là mức phải đạt khi nào?",
  [(H, H_NOTE)],
  "Theo ghi chú dưới bảng, chỉ tiêu năm 2027 là mức phải đạt khi sơ kết giữa kỳ; chỉ tiêu năm 2030 là mức phải đạt khi tổng kết.",
  ["sơ kết giữa kỳ", "tổng kết"])
q("target", "Năm 2027 bao nhiêu phần trăm viên chức dưới 40 tuổi của bệnh viện phải có chứng chỉ ngoại ngữ?",
  [(H, H_HEAD), (H, H_R5)],
  "Năm 2027, 30% viên chức dưới 40 tuổi phải có chứng chỉ ngoại ngữ bậc 3 (B1) trở lên (năm 2030: 50%).",
  ["30%", "bậc 3 (B1)"])
q("target", "Tỷ lệ khoa, phòng đạt danh hiệu Khoa, phòng học tập mà bệnh viện đặt ra là bao nhiêu?",
  [(H, H_HEAD), (H, H_R8)],
  "60% khoa, phòng đạt danh hiệu “Khoa, phòng học tập” vào năm 2027 và 85% vào năm 2030.",
  ["60%", "85%"])
q("target", "Đến hết năm 2026, Thư viện bài giảng điện tử của bệnh viện phải có ít nhất bao nhiêu bài giảng?",
  [(H, H_ELEARN)],
  "Đến hết năm 2026, “Thư viện bài giảng điện tử” trên hệ thống E-learning của Bệnh viện có ít nhất 150 bài giảng (mục III.2).",
  ["150 bài giảng"])
q("target", "Xã Trường Lâm đặt chỉ tiêu gia đình học tập và dòng họ học tập năm 2026 là bao nhiêu?",
  [(C, C_GDHT)],
  "Toàn xã năm 2026: 65% hộ gia đình đạt danh hiệu “Gia đình học tập” và 55% dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["65%", "55%"])
q("target", "Chỉ tiêu phổ cập kỹ năng số của xã Trường Lâm năm 2026 là gì?",
  [(C, C_KNS)],
  "80% người trong độ tuổi từ 15 đến 60 được phổ cập kỹ năng số cơ bản qua phong trào “Bình dân học vụ số”.",
  ["80%", "15 đến 60"])
q("target", "Thôn Liên Trung được giao những chỉ tiêu gì năm 2026?",
  [(C, C_HEAD), (C, C_ROWS["Liên Trung"])],
  "Thôn Liên Trung (khu vực xã Trường Lâm cũ): Gia đình học tập 70%, Dòng họ học tập 60%, 3 lớp “Bình dân học vụ số”, và có chỉ tiêu được công nhận “Cộng đồng học tập” cấp thôn.",
  ["70", "60"])
q("target", "Về xóa mù chữ, xã Trường Lâm đặt ra chỉ tiêu gì cho năm 2026?",
  [(C, C_XMC)],
  "Duy trì chuẩn xóa mù chữ mức độ 2; huy động ít nhất 15 người trong độ tuổi từ 15 đến 60 chưa biết chữ hoặc tái mù chữ ra lớp xóa mù chữ.",
  ["mức độ 2", "ít nhất 15 người"])
q("target", "Thôn nào của xã Trường Lâm có chỉ tiêu gia đình học tập thấp nhất?",
  [(C, C_TABLE)],
  "Thôn Bắc Sơn (khu vực xã Tân Trường cũ) có chỉ tiêu thấp nhất: 58% Gia đình học tập (các thôn khác từ 60% đến 70%; toàn xã 65%).",
  ["Bắc Sơn", "58"])
q("target", "Tổng số lớp Bình dân học vụ số xã Trường Lâm giao cho các thôn năm 2026 là bao nhiêu?",
  [(C, C_HEAD), (C, C_TOTAL)],
  "Toàn xã được giao 24 lớp “Bình dân học vụ số” (dòng “Toàn xã” của bảng chỉ tiêu giao từng thôn), mỗi thôn 2 hoặc 3 lớp.",
  ["24"])

q("target", "Trong khu vực xã Trường Lâm cũ, những thôn nào được giao chỉ tiêu công nhận Cộng đồng học tập cấp thôn?",
  [(C, C_HEAD), (C, C_KV2 + " " + " ".join(list(C_ROWS.values())[5:]))],
  "Khu vực xã Trường Lâm cũ (5 thôn) có hai thôn được giao chỉ tiêu công nhận “Cộng đồng học tập” cấp thôn năm 2026: Thôn Liên Trung và Thôn Tiến Thắng; ba thôn Trường Sơn, Minh Lâm, Khánh Vân để “-”.",
  ["Liên Trung", "Tiến Thắng"])
q("no_diacritics", "xa truong lam cu truoc sap nhap co may thon",
  [(C, C_10THON)],
  "Theo kế hoạch, 05 thôn của xã Trường Lâm mới thuộc xã Trường Lâm cũ (05 thôn còn lại thuộc xã Tân Trường cũ; tổng 10 thôn).",
  ["05 thôn"])

# ------------------------------------------------------------------ deadline
q("deadline", "Khi nào bệnh viện sơ kết và tổng kết kế hoạch Bệnh viện học tập?",
  [(H, H_SOKET)],
  "Sơ kết giữa kỳ vào quý IV năm 2027 và tổng kết vào quý IV năm 2030 (Phòng Tổ chức cán bộ tham mưu).",
  ["quý IV năm 2027", "quý IV năm 2030"])
q("deadline", "Phòng Tài chính kế toán phải trình dự toán kinh phí thực hiện kế hoạch trước ngày nào?",
  [(H, H_TCKT)],
  "Phòng Tài chính kế toán lập dự toán kinh phí thực hiện Kế hoạch, trình Giám đốc trước ngày 15 tháng 11 hằng năm.",
  ["15 tháng 11"])
q("deadline", "Ngày hội học tập của Bệnh viện được tổ chức vào thời gian nào?",
  [(H, H_ELEARN)],
  "“Ngày hội học tập của Bệnh viện” được tổ chức vào tháng 10 hằng năm (mục III.2; Trung tâm Đào tạo và Chỉ đạo tuyến chủ trì).",
  ["tháng 10 hằng năm"])
q("deadline", "Xã Trường Lâm phải hợp nhất xong hai Trung tâm học tập cộng đồng trước ngày nào?",
  [(C, C_TT2)],
  "Việc hợp nhất 02 Trung tâm học tập cộng đồng phải hoàn thành trước ngày 31/3/2026.",
  ["31/3/2026"])
q("deadline", "Các thôn của xã Trường Lâm phải nộp báo cáo kết quả vào những hạn nào?",
  [(C, C_THON)],
  "Trưởng thôn báo cáo kết quả 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 25/11/2026 về Phòng Văn hóa - Xã hội.",
  ["10/6/2026", "25/11/2026"])
q("deadline", "Việc đánh giá, công nhận gia đình học tập, dòng họ học tập ở xã Trường Lâm làm vào lúc nào?",
  [(C, C_MOHINH)],
  "Xã tổ chức đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn trong tháng 12 năm 2026.",
  ["tháng 12 năm 2026"])
q("deadline", "Kế hoạch 27/KH-UBND của xã Trường Lâm ký ngày nào?",
  [(C, "Số: 27/KH-UBND"), (C, "Trường Lâm, ngày 16 tháng 01 năm 2026")],
  "Kế hoạch số 27/KH-UBND được ban hành ngày 16 tháng 01 năm 2026 (dòng ngày tháng ở đầu văn bản); ngày 19/01/2026 trên trang chỉ là ngày cổng thông tin đăng tin, không phải ngày ban hành.",
  ["16 tháng 01 năm 2026"])

# ------------------------------------------------------------------ funding
q("funding", "Tổng kinh phí dự kiến cho kế hoạch Bệnh viện học tập 2026-2030 là bao nhiêu?",
  [(H, H_TONG)],
  "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 6,8 tỷ đồng, trong đó năm 2026 là 1,2 tỷ đồng.",
  ["6,8 tỷ đồng", "1,2 tỷ đồng"])
q("funding", "Kinh phí thực hiện kế hoạch của Bệnh viện Đa khoa tỉnh Phú Thọ lấy từ những nguồn nào?",
  [(H, H_NGUON)],
  "Từ Quỹ phát triển hoạt động sự nghiệp của Bệnh viện; kinh phí đào tạo do Sở Y tế giao hằng năm; và nguồn tài trợ, hỗ trợ hợp pháp khác.",
  ["Quỹ phát triển hoạt động sự nghiệp", "Sở Y tế giao"])
q("funding", "Quỹ Khuyến học Bệnh viện do ai quản lý và hình thành từ đâu?",
  [(H, H_QUY)],
  "Quỹ “Khuyến học Bệnh viện” do Công đoàn cơ sở quản lý, hình thành từ đóng góp tự nguyện của đoàn viên (mức vận động 30.000 đồng/người/quý) và tài trợ hợp pháp.",
  ["Công đoàn cơ sở", "30.000 đồng/người/quý"])
q("funding", "Bệnh viện hỗ trợ học phí thế nào cho người đi học liên thông đại học?",
  [(H, H_NANG)],
  "Bệnh viện hỗ trợ 50% học phí, tối đa 15 triệu đồng/người/khóa học, với cam kết công tác tại Bệnh viện ít nhất 05 năm sau khi tốt nghiệp (mục III.3).",
  ["50% học phí", "15 triệu đồng", "05 năm"])
q("funding", "Xã Trường Lâm bố trí bao nhiêu tiền cho kế hoạch xã hội học tập năm 2026, từ nguồn nào?",
  [(C, C_KP)],
  "Tổng kinh phí năm 2026 là 185.000.000 đồng (một trăm tám mươi lăm triệu đồng) từ ngân sách xã theo Nghị quyết số 12/NQ-HĐND ngày 24/12/2025 của HĐND xã.",
  ["185.000.000 đồng", "ngân sách xã"])
q("funding", "Trong kinh phí năm 2026 của xã Trường Lâm, bao nhiêu dành cho lớp Bình dân học vụ số và bao nhiêu cho Trung tâm học tập cộng đồng?",
  [(C, C_KP1), (C, C_KP2)],
  "Mở lớp “Bình dân học vụ số” tại các thôn: 45.000.000 đồng; hỗ trợ hoạt động của Trung tâm học tập cộng đồng: 80.000.000 đồng.",
  ["45.000.000 đồng", "80.000.000 đồng"])

# ------------------------------------------------------------------ legal_basis
q("legal_basis", "Kế hoạch Bệnh viện học tập của BVĐK tỉnh Phú Thọ căn cứ vào những văn bản nào?",
  [(H, "Căn cứ Luật Khám bệnh, chữa bệnh năm 2023;"), (H, "Căn cứ Luật Viên chức năm 2010, được sửa đổi, bổ sung năm 2019;"),
   (H, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"), (H, H_645),
   (H, "Căn cứ Nghị quyết Hội nghị viên chức, người lao động Bệnh viện Đa khoa tỉnh Phú Thọ năm 2026 ngày 16/01/2026;")],
  "Căn cứ Luật Khám bệnh, chữa bệnh năm 2023; Luật Viên chức năm 2010 (sửa đổi, bổ sung năm 2019); Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 645/KH-SYT ngày 12/02/2026 của Sở Y tế tỉnh Phú Thọ; Nghị quyết Hội nghị viên chức, người lao động Bệnh viện năm 2026 ngày 16/01/2026.",
  ["Luật Khám bệnh, chữa bệnh", "Luật Viên chức", "1373/QĐ-TTg", "645/KH-SYT"])
q("legal_basis", "Bệnh viện thực hiện kế hoạch nào của Sở Y tế tỉnh Phú Thọ về Đơn vị học tập?",
  [(H, H_645)],
  "Kế hoạch số 645/KH-SYT ngày 12/02/2026 của Sở Y tế tỉnh Phú Thọ về xây dựng “Đơn vị học tập” trong ngành Y tế giai đoạn 2026 - 2030.",
  ["645/KH-SYT", "12/02/2026"])
q("legal_basis", "Kế hoạch của bệnh viện được xây dựng theo đề nghị của ai?",
  [(H, "Theo đề nghị của Trưởng phòng Tổ chức cán bộ,")],
  "Theo đề nghị của Trưởng phòng Tổ chức cán bộ.",
  ["Trưởng phòng Tổ chức cán bộ"])
q("legal_basis", "Nghị quyết nào của Ủy ban Thường vụ Quốc hội được xã Trường Lâm viện dẫn trong kế hoạch?",
  [(C, "Căn cứ Nghị quyết số 1686/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025;")],
  "Nghị quyết số 1686/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025.",
  ["1686/NQ-UBTVQH15", "16/6/2025"])
q("legal_basis", "Kế hoạch năm 2026 của xã Trường Lâm căn cứ kế hoạch nào của tỉnh Thanh Hóa?",
  [(C, "Căn cứ Kế hoạch số 38/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Thanh Hóa về xây dựng xã hội học tập năm 2026;")],
  "Kế hoạch số 38/KH-UBND ngày 05/01/2026 của UBND tỉnh Thanh Hóa về xây dựng xã hội học tập năm 2026.",
  ["38/KH-UBND", "05/01/2026"])

# ------------------------------------------------------------------ purpose
q("purpose", "Mục đích của kế hoạch xây dựng Bệnh viện học tập là gì?",
  [(H, H_MUCDICH)],
  "Xây dựng Bệnh viện trở thành “Đơn vị học tập”, mỗi viên chức, người lao động là một “Công dân học tập”, góp phần nâng cao chất lượng khám bệnh, chữa bệnh và sự hài lòng của người bệnh; đồng thời tạo môi trường để nhân viên y tế học tập thường xuyên.",
  ["Đơn vị học tập", "Công dân học tập", "sự hài lòng của người bệnh"])
q("purpose", "Kế hoạch của bệnh viện yêu cầu việc học tập không được ảnh hưởng đến điều gì?",
  [(H, "Tổ chức học tập linh hoạt, không làm ảnh hưởng đến công tác khám bệnh, chữa bệnh và trực cấp cứu 24/24 giờ.")],
  "Việc học tập phải tổ chức linh hoạt, không làm ảnh hưởng đến công tác khám bệnh, chữa bệnh và trực cấp cứu 24/24 giờ.",
  ["trực cấp cứu 24/24 giờ"])
q("purpose", "Kế hoạch xã hội học tập năm 2026 của xã Trường Lâm nhằm mục tiêu gì?",
  [(C, C_MUCTIEU)],
  "Duy trì, phát huy kết quả xây dựng xã hội học tập của hai xã trước đây; tạo cơ hội học tập suốt đời cho mọi người dân, gắn với phong trào “Bình dân học vụ số” và xây dựng nông thôn mới nâng cao.",
  ["hai xã trước đây", "nông thôn mới nâng cao"])

# ------------------------------------------------------------------ task_section
q("task_section", "Mục học tập từ tuyến trên trong kế hoạch bệnh viện nói gì?",
  [(H, "5. Học tập từ tuyến trên và chuyển giao kỹ thuật"), (H, H_TUYEN)],
  "Mục III.5: cử bác sĩ đi học tập, nhận chuyển giao kỹ thuật tại Bệnh viện Bạch Mai và Bệnh viện Hữu nghị Việt Đức theo Đề án Bệnh viện vệ tinh; người được cử đi học phải tổ chức ít nhất 01 buổi chia sẻ lại kiến thức cho khoa trong vòng 01 tháng sau khi trở về.",
  ["Bạch Mai", "Hữu nghị Việt Đức", "Bệnh viện vệ tinh", "chia sẻ lại kiến thức"])
q("task_section", "Bệnh viện xây dựng văn hóa đọc bằng cách nào?",
  [(H, "6. Xây dựng văn hóa đọc"), (H, H_DOC)],
  "Mục III.6: duy trì Thư viện Bệnh viện và “Tủ sách chuyên môn” tại mỗi khoa; Thư viện mở cửa đến 20 giờ các ngày làm việc.",
  ["Tủ sách chuyên môn", "20 giờ"])
q("task_section", "Trung tâm học tập cộng đồng xã Trường Lâm tổ chức chuyên đề về những nội dung gì?",
  [(C, C_TT2)],
  "Trung tâm tổ chức ít nhất 24 chuyên đề trong năm 2026 về trồng trọt, chăn nuôi, nuôi trồng thủy sản, pháp luật, chăm sóc sức khỏe và kỹ năng số, luân phiên tại 02 điểm học (mục III.2).",
  ["trồng trọt", "nuôi trồng thủy sản", "kỹ năng số"])
q("task_section", "Phong trào Bình dân học vụ số ở xã Trường Lâm được triển khai thế nào?",
  [(C, C_BDHVS)],
  "Mục III.3: mỗi thôn thành lập 01 Tổ công nghệ số cộng đồng; mở các lớp “Bình dân học vụ số” theo chỉ tiêu giao từng thôn, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận biết lừa đảo trên không gian mạng.",
  ["Tổ công nghệ số cộng đồng", "thanh toán không dùng tiền mặt"])
q("task_section", "Xã Trường Lâm tuyên truyền về xây dựng xã hội học tập qua những kênh nào?",
  [(C, C_TUYENTRUYEN)],
  "Qua hệ thống loa truyền thanh của các thôn (ít nhất 02 lần/tháng), Cổng thông tin điện tử xã và nhóm Zalo của các thôn (mục III.1).",
  ["loa truyền thanh", "02 lần/tháng", "Zalo"])

# ------------------------------------------------------------------ cross_plan
q("cross_plan", "Kế hoạch của Huế đặt chỉ tiêu bao nhiêu “Đơn vị học tập”, còn Bệnh viện Đa khoa tỉnh Phú Thọ đặt mục tiêu gì về danh hiệu này?",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2."),
   (H, H_CHUNG)],
  "Huế (năm 2026): có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2. Bệnh viện Đa khoa tỉnh Phú Thọ là một đơn vị tự đặt mục tiêu: đến năm 2030 Bệnh viện được Sở Y tế công nhận là “Đơn vị học tập” xuất sắc.",
  ["ít nhất 15", "05 đơn vị", "xuất sắc"])
q("cross_plan", "Kế hoạch của huyện An Lão và kế hoạch của xã Trường Lâm đều nói về Bình dân học vụ số; kế hoạch nào đặt chỉ tiêu bằng con số?",
  [(ANLAO, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân"), (C, C_KNS), (C, C_HEAD), (C, C_TOTAL)],
  "An Lão chỉ phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân, không nêu con số. Xã Trường Lâm đặt chỉ tiêu cụ thể: 80% người từ 15 đến 60 tuổi được phổ cập kỹ năng số cơ bản, và giao 24 lớp “Bình dân học vụ số” cho các thôn.",
  ["trong toàn dân", "80%", "24"])
q("cross_plan", "Hai kế hoạch mới tải lên (bệnh viện Phú Thọ và xã Trường Lâm) cùng căn cứ văn bản nào của Thủ tướng?",
  [(H, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (C, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ")],
  "Cả hai cùng căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
q("cross_plan", "Báo cáo kết quả hằng năm: bệnh viện Phú Thọ và xã Trường Lâm mỗi bên nộp trước ngày nào, cho ai?",
  [(H, H_TCCB), (C, C_VHXH)],
  "Bệnh viện: Phòng Tổ chức cán bộ tổng hợp báo cáo gửi Giám đốc trước ngày 10 tháng 12 hằng năm để báo cáo Sở Y tế. Xã Trường Lâm: Phòng Văn hóa - Xã hội gửi báo cáo kết quả năm 2026 cho Sở Giáo dục và Đào tạo trước ngày 05/12/2026.",
  ["10 tháng 12", "Sở Y tế", "05/12/2026", "Sở Giáo dục và Đào tạo"])
q("cross_plan", "Ở cả hai kế hoạch (bệnh viện và xã Trường Lâm), ai giúp người dân dùng VNeID?",
  [(H, "9. Chi đoàn Thanh niên Bệnh viện"), (H, H_CDOAN), (C, "7. Công an xã"), (C, C_CA)],
  "Ở bệnh viện, Chi đoàn Thanh niên tổ chức đội tình nguyện hướng dẫn người bệnh cao tuổi sử dụng ứng dụng VNeID và Sổ sức khỏe điện tử. Ở xã Trường Lâm, Công an xã hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2 tại các lớp “Bình dân học vụ số”.",
  ["Chi đoàn Thanh niên", "Công an xã", "định danh điện tử mức độ 2"])
q("cross_plan", "Ai ký hai kế hoạch bệnh viện Phú Thọ và xã Trường Lâm, với chức danh gì?",
  [(H, H_SIGN), (C, C_SIGN)],
  "Kế hoạch của Bệnh viện do GIÁM ĐỐC Hà Minh Khôi ký; kế hoạch của xã Trường Lâm do Đỗ Thị Hải Yến ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch).",
  ["Hà Minh Khôi", "Đỗ Thị Hải Yến", "PHÓ CHỦ TỊCH"])

# ------------------------------------------------------------------ no_diacritics
q("no_diacritics", "chi tieu gio CME cua dieu duong ho sinh nam 2030 la bao nhieu",
  [(H, H_HEAD), (H, H_R2)],
  "Điều dưỡng, hộ sinh: tối thiểu 32 giờ đào tạo liên tục (CME) mỗi người mỗi năm vào năm 2030 (năm 2027: 24 giờ).",
  ["32 giờ"])
q("no_diacritics", "ty le vien chuc dat chuan ky nang su dung cong nghe thong tin co ban cua benh vien",
  [(H, H_HEAD), (H, H_R6)],
  "Toàn thể viên chức, người lao động: 90% đạt chuẩn kỹ năng sử dụng công nghệ thông tin cơ bản vào năm 2027 và 100% vào năm 2030.",
  ["90%", "100%"])
q("no_diacritics", "moi khoa lam sang phai sinh hoat khoa hoc may lan",
  [(H, H_SHKH)],
  "Mỗi khoa lâm sàng tổ chức ít nhất 01 buổi sinh hoạt khoa học mỗi tháng; ngoài ra mỗi khoa, phòng có ít nhất 01 sáng kiến cải tiến được Hội đồng khoa học Bệnh viện công nhận mỗi năm.",
  ["01 buổi sinh hoạt khoa học mỗi tháng", "sáng kiến"])
q("no_diacritics", "thon tan hoa duoc giao bao nhieu lop binh dan hoc vu so",
  [(C, C_HEAD), (C, C_ROWS["Tân Hòa"])],
  "Thôn Tân Hòa được giao 3 lớp “Bình dân học vụ số” năm 2026 (cùng chỉ tiêu Gia đình học tập 68%, Dòng họ học tập 60%).",
  ["3"])
q("no_diacritics", "xa truong lam co bao nhieu thon",
  [(C, C_10THON)],
  "Xã Trường Lâm có 10 thôn: 05 thôn thuộc xã Tân Trường cũ và 05 thôn thuộc xã Trường Lâm cũ.",
  ["10 thôn", "05 thôn"])
q("no_diacritics", "kinh phi tuyen truyen va khen thuong cua xa truong lam nam 2026",
  [(C, C_KP3), (C, C_KP4)],
  "Tuyên truyền: 20.000.000 đồng; khen thưởng: 40.000.000 đồng (trong tổng 185 triệu đồng từ ngân sách xã).",
  ["20.000.000 đồng", "40.000.000 đồng"])
q("no_diacritics", "thon nao duoc giao chi tieu cong nhan cong dong hoc tap cap thon",
  [(C, C_TABLE)],
  "Bốn thôn có chỉ tiêu công nhận “Cộng đồng học tập” cấp thôn năm 2026: Tân Hòa, Hải Lâm (khu vực xã Tân Trường cũ), Liên Trung và Tiến Thắng (khu vực xã Trường Lâm cũ) — dòng Toàn xã ghi 04 thôn.",
  ["Tân Hòa", "Hải Lâm", "Liên Trung", "Tiến Thắng"])

# ------------------------------------------------------------------ abbreviation
q("abbreviation", "BVĐK tỉnh PT: P.TCCB gửi BC kết quả cho GĐ trước ngày nào?",
  [(H, H_TCCB)],
  "Phòng Tổ chức cán bộ tổng hợp báo cáo kết quả gửi Giám đốc trước ngày 10 tháng 12 hằng năm để báo cáo Sở Y tế.",
  ["10 tháng 12"])
q("abbreviation", "Chỉ tiêu ĐD, HS có trình độ ĐH trở lên năm 2027 là bao nhiêu %?",
  [(H, H_HEAD), (H, H_R3)],
  "Năm 2027: 45% điều dưỡng, hộ sinh có trình độ đại học trở lên (năm 2030: 60%).",
  ["45%"])
q("abbreviation", "KTV của BVĐK tỉnh Phú Thọ: chỉ tiêu trình độ ĐH năm 2030?",
  [(H, H_HEAD), (H, H_R4)],
  "Kỹ thuật viên: 70% có trình độ đại học trở lên vào năm 2030 (năm 2027: 50%).",
  ["70%"])
q("abbreviation", "CĐCS BV vận động đóng góp quỹ khuyến học mức bao nhiêu?",
  [(H, H_QUY)],
  "Quỹ “Khuyến học Bệnh viện” do Công đoàn cơ sở quản lý; mức vận động đoàn viên đóng góp tự nguyện là 30.000 đồng/người/quý.",
  ["30.000 đồng/người/quý"])
q("abbreviation", "Chỉ tiêu GĐHT, DHHT của thôn Tiến Thắng năm 2026?",
  [(C, C_HEAD), (C, C_ROWS["Tiến Thắng"])],
  "Thôn Tiến Thắng: Gia đình học tập 67%, Dòng họ học tập 60% (kèm 3 lớp “Bình dân học vụ số” và chỉ tiêu công nhận “Cộng đồng học tập” cấp thôn).",
  ["67", "60"])
q("abbreviation", "TTHTCĐ xã TL phải tổ chức bao nhiêu chuyên đề năm 2026?",
  [(C, C_TT2)],
  "Trung tâm học tập cộng đồng xã Trường Lâm tổ chức ít nhất 24 chuyên đề trong năm 2026, luân phiên tại 02 điểm học.",
  ["24 chuyên đề"])
q("abbreviation", "NQ HĐND xã về dự toán NS xã 2026 mà KH 27 viện dẫn là số mấy?",
  [(C, "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 24/12/2025 của Hội đồng nhân dân xã về dự toán ngân sách xã năm 2026;")],
  "Nghị quyết số 12/NQ-HĐND ngày 24/12/2025 của Hội đồng nhân dân xã về dự toán ngân sách xã năm 2026.",
  ["12/NQ-HĐND", "24/12/2025"])

# ------------------------------------------------------------------ paraphrase
q("paraphrase", "Nhà tôi ở thôn Bắc Sơn, thôn mình phải có bao nhiêu phần trăm gia đình được công nhận gia đình học tập?",
  [(C, C_HEAD), (C, C_ROWS["Bắc Sơn"])],
  "Thôn Bắc Sơn được giao chỉ tiêu 58% Gia đình học tập năm 2026 (Dòng họ học tập 45%, 2 lớp “Bình dân học vụ số”).",
  ["58"])
q("paraphrase", "Bà ngoại tôi chưa biết chữ, xã có mở lớp cho bà học không và học ở đâu?",
  [(C, C_TTHT), (C, C_XMC)],
  "Có. Trung tâm học tập cộng đồng xã tổ chức lớp xóa mù chữ tại điểm học Tân Trường; xã đặt chỉ tiêu huy động ít nhất 15 người trong độ tuổi từ 15 đến 60 chưa biết chữ hoặc tái mù chữ ra lớp (lưu ý: chỉ tiêu huy động nêu độ tuổi 15 đến 60).",
  ["xóa mù chữ", "điểm học Tân Trường"])
q("paraphrase", "Tôi muốn nộp hồ sơ qua mạng mà không biết làm, ở xã có ai chỉ cho không?",
  [(C, "4. Trung tâm Phục vụ hành chính công xã"), (C, C_HCC)],
  "Có: Trung tâm Phục vụ hành chính công xã bố trí công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến, và phối hợp với Tổ công nghệ số cộng đồng các thôn cho thực hành tại lớp “Bình dân học vụ số”.",
  ["Trung tâm Phục vụ hành chính công", "dịch vụ công trực tuyến"])
q("paraphrase", "Ông tôi nằm viện không rành điện thoại, có ai trong bệnh viện chỉ ông cài VNeID không?",
  [(H, H_CDOAN)],
  "Có: Chi đoàn Thanh niên Bệnh viện tổ chức đội tình nguyện hướng dẫn người bệnh cao tuổi sử dụng ứng dụng VNeID và Sổ sức khỏe điện tử.",
  ["đội tình nguyện", "VNeID"])
q("paraphrase", "Tôi là điều dưỡng mới thi đỗ tiếng Anh B2, bệnh viện có thưởng gì không?",
  [(H, H_QUY)],
  "Có: Quỹ “Khuyến học Bệnh viện” (do Công đoàn cơ sở quản lý) thưởng 1.000.000 đồng cho mỗi viên chức đạt chứng chỉ ngoại ngữ bậc 4 (B2) trở lên.",
  ["1.000.000 đồng"])

# ------------------------------------------------------------------ english
q("english", "Who signed Phu Tho Provincial General Hospital's learning-hospital plan, and in what capacity?",
  [(H, H_SIGN)],
  "It was signed by the Director (GIÁM ĐỐC), Hà Minh Khôi.",
  ["GIÁM ĐỐC", "Hà Minh Khôi"])
q("english", "What is the minimum number of CME hours per year for doctors at the Phu Tho hospital by 2030?",
  [(H, H_HEAD), (H, H_R1)],
  "By 2030 each doctor (Bác sĩ) must complete at least 40 giờ (40 hours) of continuing medical education a year; the 2027 level is 32 giờ.",
  ["40 giờ"])
q("english", "What share of hospital staff under 40 must hold a B1 foreign-language certificate by 2030?",
  [(H, H_HEAD), (H, H_R5)],
  "50% of staff under 40 (viên chức dưới 40 tuổi) must hold a level-3 (B1) or higher foreign-language certificate by 2030 (30% in 2027).",
  ["50%"])
q("english", "How many nurses, midwives and technicians does the hospital send to university bridging courses each year?",
  [(H, H_NANG)],
  "At least 25 people a year (mỗi năm ít nhất 25 người) with college-level training are sent to bridging university courses; the hospital pays 50% of tuition, up to 15 triệu đồng per person per course.",
  ["25 người"])
q("english", "Which hospitals will the Phu Tho hospital's doctors be sent to for technology transfer?",
  [(H, H_TUYEN)],
  "To Bệnh viện Bạch Mai and Bệnh viện Hữu nghị Việt Đức, under the Đề án Bệnh viện vệ tinh (satellite hospital scheme).",
  ["Bạch Mai", "Hữu nghị Việt Đức"])
q("english", "How many medical English classes will the hospital open each year?",
  [(H, H_NN)],
  "Two classes a year (mỗi năm 02 lớp) of medical English at the hospital; it also trains 100% of users on the electronic medical record (bệnh án điện tử) before roll-out in a department.",
  ["02 lớp"])
q("english", "Until what time is the hospital library open?",
  [(H, H_DOC)],
  "The hospital library (Thư viện Bệnh viện) is open until 20 giờ (8 p.m.) on working days.",
  ["20 giờ"])
q("english", "What is the hospital's total estimated budget for 2026-2030?",
  [(H, H_TONG)],
  "6,8 tỷ đồng for 2026 - 2030, of which 1,2 tỷ đồng in 2026.",
  ["6,8 tỷ đồng", "1,2 tỷ đồng"])
q("english", "When will the hospital hold the mid-term review and the final review of the plan?",
  [(H, H_SOKET)],
  "The mid-term review (sơ kết giữa kỳ) is in quý IV năm 2027 (Q4 2027) and the final review (tổng kết) in quý IV năm 2030.",
  ["quý IV năm 2027", "quý IV năm 2030"])
q("english", "Which former communes were merged to form Truong Lam commune, and since when does it operate?",
  [(C, C_HOPNHAT)],
  "Xã Trường Lâm was formed by merging the whole of xã Tân Trường and xã Trường Lâm (of the former thị xã Nghi Sơn); it has operated under the two-tier local government model since 01/7/2025.",
  ["Tân Trường", "Nghi Sơn", "01/7/2025"])
q("english", "What is Truong Lam commune's total budget for its 2026 learning-society plan?",
  [(C, C_KP)],
  "185.000.000 đồng (185 million VND) from the commune budget, under Nghị quyết số 12/NQ-HĐND of 24/12/2025.",
  ["185.000.000 đồng"])
q("english", "By what date must Truong Lam report its 2026 results to the provincial Department of Education and Training?",
  [(C, C_VHXH)],
  "The Phòng Văn hóa - Xã hội must send the 2026 report to the Sở Giáo dục và Đào tạo before 05/12/2026.",
  ["05/12/2026"])
q("english", "Which villages in Truong Lam are targeted for recognition as a village-level learning community in 2026?",
  [(C, C_TABLE)],
  "Four villages: Thôn Tân Hòa, Thôn Hải Lâm, Thôn Liên Trung and Thôn Tiến Thắng (the table's total row says 04 thôn).",
  ["Tân Hòa", "Hải Lâm", "Liên Trung", "Tiến Thắng"])
q("english", "What must the commune police do under Truong Lam's plan?",
  [(C, C_CA)],
  "Công an xã guides residents to activate and use their level-2 electronic identification account (tài khoản định danh điện tử mức độ 2) and to guard against online fraud, at the Bình dân học vụ số classes.",
  ["định danh điện tử mức độ 2"])
q("english", "How often must the village loudspeakers in Truong Lam broadcast about the learning society?",
  [(C, C_TUYENTRUYEN)],
  "At least twice a month (ít nhất 02 lần/tháng) on the villages' loudspeaker systems, plus the commune portal and the villages' Zalo groups.",
  ["02 lần/tháng"])
q("english", "Who signed Truong Lam commune's 2026 plan?",
  [(C, C_SIGN)],
  "Đỗ Thị Hải Yến, Vice Chairwoman (PHÓ CHỦ TỊCH), signing for the Chairman on behalf of the People's Committee (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH).",
  ["Đỗ Thị Hải Yến", "PHÓ CHỦ TỊCH"])
q("english", "What digital-skills target does Truong Lam set for residents aged 15 to 60?",
  [(C, C_KNS)],
  "80% of people aged 15 to 60 are to gain basic digital skills through the Bình dân học vụ số movement in 2026.",
  ["80%"])
q("english", "What target does the hospital set for administrative staff?",
  [(H, H_HEAD), (H, H_R7)],
  "100% of administrative staff (viên chức khối hành chính) are to be trained in communication and patient-service skills, in both 2027 and 2030.",
  ["100%"])

# ------------------------------------------------------------------ follow_up
q("follow_up", "Còn điều dưỡng, hộ sinh thì sao?",
  [(H, H_HEAD), (H, H_R2)],
  "Điều dưỡng, hộ sinh: tối thiểu 24 giờ đào tạo liên tục (CME) mỗi người mỗi năm vào năm 2027 và 32 giờ vào năm 2030.",
  ["24 giờ", "32 giờ"],
  hist=turns("Bệnh viện Đa khoa tỉnh Phú Thọ đặt chỉ tiêu giờ CME cho bác sĩ thế nào?",
             "Bác sĩ: tối thiểu 32 giờ đào tạo liên tục mỗi năm vào năm 2027 và 40 giờ vào năm 2030 (bảng chỉ tiêu, mục II.2) [bvdkphutho_1286-KH-BVDK_2026.docx]."))
q("follow_up", "Danh sách đó phải trình Giám đốc trước ngày nào?",
  [(H, H_DD1)],
  "Phòng Điều dưỡng trình Giám đốc danh sách cử đi học liên thông trước ngày 30 tháng 6 hằng năm.",
  ["30 tháng 6"],
  hist=turns("Ai lập danh sách điều dưỡng cử đi học liên thông ở bệnh viện Phú Thọ?",
             "Phòng Điều dưỡng: xây dựng kế hoạch đào tạo nâng chuẩn điều dưỡng, hộ sinh và lập danh sách cử đi học liên thông (mục V.3)."))
q("follow_up", "Quỹ đó dùng để thưởng những gì?",
  [(H, H_QUY)],
  "Quỹ “Khuyến học Bệnh viện” thưởng 1.000.000 đồng cho mỗi viên chức đạt chứng chỉ ngoại ngữ bậc 4 (B2) trở lên và khen thưởng con viên chức, người lao động đạt giải học sinh giỏi cấp tỉnh trở lên.",
  ["1.000.000 đồng", "học sinh giỏi cấp tỉnh"],
  hist=turns("Bệnh viện có quỹ khuyến học nội bộ không?",
             "Có, Quỹ “Khuyến học Bệnh viện” do Công đoàn cơ sở quản lý, từ đóng góp tự nguyện của đoàn viên (30.000 đồng/người/quý) và tài trợ hợp pháp (mục IV.3)."))
q("follow_up", "Trong đó năm 2026 là bao nhiêu?",
  [(H, H_TONG)],
  "Năm 2026 là 1,2 tỷ đồng (trong tổng 6,8 tỷ đồng của giai đoạn 2026 - 2030).",
  ["1,2 tỷ đồng"],
  hist=turns("Tổng kinh phí kế hoạch Bệnh viện học tập Phú Thọ cả giai đoạn?",
             "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 6,8 tỷ đồng (mục IV.2)."))
q("follow_up", "Kế hoạch gửi báo cáo lên cơ quan cấp trên nào?",
  [(H, "- Sở Y tế (để b/c);"), (H, H_TCCB)],
  "Lên Sở Y tế: Nơi nhận ghi “Sở Y tế (để b/c)”, và Phòng Tổ chức cán bộ tổng hợp báo cáo gửi Giám đốc trước ngày 10 tháng 12 hằng năm để báo cáo Sở Y tế.",
  ["Sở Y tế"],
  hist=turns("Ai ký kế hoạch của Bệnh viện Đa khoa tỉnh Phú Thọ?",
             "GIÁM ĐỐC Hà Minh Khôi ký Kế hoạch số 1286/KH-BVĐK ngày 20/3/2026."))
q("follow_up", "Ngày hội đó tổ chức vào tháng mấy?",
  [(H, H_ELEARN)],
  "“Ngày hội học tập của Bệnh viện” được tổ chức vào tháng 10 hằng năm.",
  ["tháng 10"],
  hist=turns("Trung tâm Đào tạo và Chỉ đạo tuyến chủ trì những hoạt động nào?",
             "Chủ trì xây dựng “Thư viện bài giảng điện tử” và tổ chức “Ngày hội học tập của Bệnh viện”; quản lý giờ đào tạo liên tục (mục V.2)."))
q("follow_up", "And for staff under 40?",
  [(H, H_HEAD), (H, H_R5)],
  "Staff under 40 (viên chức dưới 40 tuổi): 30% with a level-3 (B1) or higher foreign-language certificate in 2027 and 50% in 2030.",
  ["30%", "50%"],
  hist=turns("What are the Phu Tho hospital's targets for technicians?",
             "Technicians (Kỹ thuật viên): 50% with a university degree or higher in 2027 and 70% in 2030."))
q("follow_up", "Còn thôn Khánh Vân?",
  [(C, C_HEAD), (C, C_ROWS["Khánh Vân"])],
  "Thôn Khánh Vân: Gia đình học tập 62%, Dòng họ học tập 50%, 2 lớp “Bình dân học vụ số”; không có chỉ tiêu công nhận “Cộng đồng học tập” cấp thôn năm 2026 (ô để “-”).",
  ["62", "50"],
  hist=turns("Thôn Liên Trung xã Trường Lâm được giao chỉ tiêu gì?",
             "Thôn Liên Trung: Gia đình học tập 70%, Dòng họ học tập 60%, 3 lớp “Bình dân học vụ số”, có chỉ tiêu công nhận “Cộng đồng học tập” cấp thôn."))
q("follow_up", "Phần dành cho Trung tâm học tập cộng đồng là bao nhiêu?",
  [(C, C_KP1)],
  "Hỗ trợ hoạt động của Trung tâm học tập cộng đồng: 80.000.000 đồng.",
  ["80.000.000 đồng"],
  hist=turns("Kinh phí kế hoạch năm 2026 của xã Trường Lâm?",
             "185.000.000 đồng từ ngân sách xã theo Nghị quyết số 12/NQ-HĐND ngày 24/12/2025 (mục IV)."))
q("follow_up", "Rồi xã tổng hợp gửi lên đâu, hạn nào?",
  [(C, C_VHXH)],
  "Phòng Văn hóa - Xã hội tổng hợp báo cáo kết quả năm 2026 gửi Sở Giáo dục và Đào tạo trước ngày 05/12/2026.",
  ["Sở Giáo dục và Đào tạo", "05/12/2026"],
  hist=turns("Trưởng thôn ở xã Trường Lâm phải báo cáo khi nào?",
             "Báo cáo 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 25/11/2026 về Phòng Văn hóa - Xã hội (mục V.8)."))
q("follow_up", "Vậy khu vực xã Tân Trường cũ gồm những thôn nào trong bảng chỉ tiêu?",
  [(C, C_KV1 + " " + " ".join(list(C_ROWS.values())[:5]))],
  "Khu vực xã Tân Trường cũ gồm 5 thôn: Tân Hòa, Tân Phúc, Đồng Cao, Hải Lâm và Bắc Sơn.",
  ["Tân Hòa", "Tân Phúc", "Đồng Cao", "Hải Lâm", "Bắc Sơn"],
  hist=turns("Xã Trường Lâm được hợp nhất từ những xã nào?",
             "Từ xã Tân Trường và xã Trường Lâm (thuộc thị xã Nghi Sơn trước đây), hoạt động từ ngày 01/7/2025 (mục I)."))
q("follow_up", "Hai điểm học đó đặt ở đâu?",
  [(C, C_TTHTCD)],
  "Hai điểm học đặt tại trụ sở xã Tân Trường cũ và trụ sở xã Trường Lâm cũ.",
  ["trụ sở xã Tân Trường cũ", "trụ sở xã Trường Lâm cũ"],
  hist=turns("Trung tâm học tập cộng đồng của xã Trường Lâm năm 2026 thay đổi gì?",
             "Năm 2026 hợp nhất 02 Trung tâm của hai xã trước đây thành 01 Trung tâm học tập cộng đồng xã Trường Lâm, duy trì 02 điểm học (mục I)."))
q("follow_up", "Còn các trường học thì phối hợp thế nào?",
  [(C, C_TRUONG)],
  "Các trường Mầm non, Tiểu học, THCS cử giáo viên tham gia giảng dạy lớp xóa mù chữ và hỗ trợ lớp “Bình dân học vụ số”, cho mượn phòng học ngoài giờ.",
  ["cử giáo viên", "phòng học ngoài giờ"],
  hist=turns("Công an xã Trường Lâm giúp gì ở lớp Bình dân học vụ số?",
             "Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2 và phòng chống lừa đảo trên không gian mạng (mục V.7)."))
q("follow_up", "And which village has the highest target?",
  [(C, C_TABLE)],
  "Thôn Liên Trung (former Trường Lâm area) has the highest learning-family target: 70%.",
  ["Liên Trung", "70"],
  hist=turns("What are Truong Lam's 2026 learning-family targets?",
             "Commune-wide 65% of households are to be “Gia đình học tập”; each village has its own figure in the table (mục II.3)."))

# ------------------------------------------------------------------ unanswerable
un("Bệnh viện Đa khoa tỉnh Vĩnh Phúc đặt chỉ tiêu giờ CME cho bác sĩ là bao nhiêu?",
   "Các kế hoạch đã tải không có kế hoạch của Bệnh viện Đa khoa tỉnh Vĩnh Phúc; chỉ có kế hoạch của Bệnh viện Đa khoa tỉnh Phú Thọ (bác sĩ 32 giờ năm 2027, 40 giờ năm 2030).",
   r"vinh phuc", about=ALL)
un("TTYT khu vực Nghi Sơn có chỉ tiêu đào tạo liên tục (CME) gì không?",
   "Không có kế hoạch nào của một Trung tâm Y tế; Nghi Sơn chỉ xuất hiện trong kế hoạch xã Trường Lâm như tên thị xã cũ.",
   r"trung tam y te", about=ALL)
un("Xã Các Sơn tỉnh Thanh Hóa giao chỉ tiêu gia đình học tập bao nhiêu?",
   "Không có kế hoạch của xã Các Sơn; kế hoạch đã tải chỉ có xã Trường Lâm (65% gia đình học tập toàn xã).",
   r"cac son", about=ALL)
un("Bệnh viện liên kết với trường đại học nào để đào tạo liên thông cho điều dưỡng, ví dụ Đại học Y Dược Thái Nguyên?",
   "Kế hoạch chỉ nói cử điều dưỡng, hộ sinh, kỹ thuật viên đi học liên thông đại học (ít nhất 25 người/năm, hỗ trợ 50% học phí); không nêu tên cơ sở đào tạo nào.",
   r"truong dai hoc|dai hoc y|cao dang y|thai nguyen|lien ket dao tao", about=[H])
un("Phòng Quản lý chất lượng của bệnh viện được giao việc gì?",
   "Kế hoạch không nhắc đến Phòng Quản lý chất lượng.",
   r"quan ly chat luong", about=[H])
un("Chỉ tiêu giờ CME cho dược sĩ là bao nhiêu?",
   "Bảng chỉ tiêu chỉ đặt giờ CME cho bác sĩ và cho điều dưỡng, hộ sinh; không có chỉ tiêu cho dược sĩ.",
   r"duoc si", about=[H])
un("Năm 2028 bệnh viện phải đạt bao nhiêu phần trăm điều dưỡng có trình độ đại học?",
   "Kế hoạch chỉ đặt mốc năm 2027 (45%) và năm 2030 (60%); không có chỉ tiêu năm 2028.",
   r"2028", about=[H])
un("Hiện nay Bệnh viện Đa khoa tỉnh Phú Thọ có bao nhiêu bác sĩ và điều dưỡng?",
   "Kế hoạch không nêu số lượng nhân lực hiện có; chỉ nêu tỷ lệ và số giờ phải đạt.",
   r"hien (nay|co)|tong so (bac si|vien chuc|nhan luc)|\d[\d.]* (bac si|dieu duong|vien chuc) (hien|dang)", about=[H])
un("Viên chức không đủ giờ CME trong năm thì bị xử lý thế nào?",
   "Kế hoạch không quy định hình thức xử lý viên chức không đủ giờ đào tạo liên tục; chỉ nói kết quả học tập là một tiêu chí xét thi đua cuối năm.",
   r"xu ly|ky luat|khien trach|canh cao|tru luong|khong (dat|du) (so )?gio", about=[H])
un("Điều dưỡng đi học liên thông có được hưởng nguyên lương và phụ cấp không?",
   "Kế hoạch chỉ nêu hỗ trợ 50% học phí (tối đa 15 triệu đồng/người/khóa) và cam kết công tác 05 năm; không nói về lương hay phụ cấp khi đi học.",
   r"nguyen luong|phu cap|huong luong|tien luong", about=[H])
un("Kế hoạch 645/KH-SYT của Sở Y tế Phú Thọ đặt những chỉ tiêu gì cho toàn ngành?",
   "Kế hoạch của bệnh viện chỉ viện dẫn KH 645/KH-SYT làm căn cứ, không nêu nội dung hay chỉ tiêu của văn bản đó.",
   r"645/kh-syt[^;]{0,200}chi tieu", about=[H])
un("Nghị quyết 1686/NQ-UBTVQH15 thành lập tất cả bao nhiêu xã, phường của Thanh Hóa?",
   "Kế hoạch xã Trường Lâm chỉ viện dẫn Nghị quyết 1686/NQ-UBTVQH15, không nêu số đơn vị hành chính được thành lập.",
   r"1686[^;]{0,200}\d+ (xa|phuong|don vi)", about=[C])
un("Ai ký Kế hoạch 38/KH-UBND của tỉnh Thanh Hóa?",
   "Kế hoạch xã chỉ viện dẫn số và ngày của Kế hoạch 38/KH-UBND (05/01/2026); không nêu người ký.",
   r"38/kh-ubnd[^;]{0,200}(ky|chu tich)", about=[C])
un("Học viên lớp Bình dân học vụ số ở xã Trường Lâm có được hỗ trợ tiền ăn, tiền đi lại không?",
   "Kế hoạch chỉ dành 45.000.000 đồng để mở lớp tại các thôn, không nói hỗ trợ tiền ăn hay đi lại cho học viên.",
   r"tien an|di lai|ho tro hoc vien", about=[C])
un("Thôn Hải Thanh của xã Trường Lâm được giao chỉ tiêu gì?",
   "Bảng chỉ tiêu của xã Trường Lâm không có thôn Hải Thanh (10 thôn: Tân Hòa, Tân Phúc, Đồng Cao, Hải Lâm, Bắc Sơn, Liên Trung, Trường Sơn, Minh Lâm, Khánh Vân, Tiến Thắng).",
   r"hai thanh", about=[C])
un("Xã Trường Lâm đặt chỉ tiêu gia đình học tập cho năm 2027 là bao nhiêu?",
   "Đây là kế hoạch năm 2026; nó không đặt chỉ tiêu cho năm 2027.",
   r"2027", about=[C])
un("Cụ thể bao nhiêu hộ ở xã Trường Lâm phải đạt gia đình học tập?",
   "Kế hoạch chỉ đặt tỷ lệ (65% hộ gia đình toàn xã, và tỷ lệ từng thôn), không nêu tổng số hộ nên không quy ra được số hộ.",
   r"\d[\d.]* ho\b|tong so ho", about=[C])
un("Trạm Y tế xã Trường Lâm có nhiệm vụ gì trong kế hoạch?",
   "Kế hoạch không giao nhiệm vụ cho Trạm Y tế xã.",
   r"tram y te|y te xa", about=[C])
un("Ban Chỉ huy Quân sự xã Trường Lâm phải làm gì?",
   "Kế hoạch không nhắc đến Ban Chỉ huy Quân sự xã.",
   r"quan su", about=[C])
un("Hợp tác xã nông nghiệp ở xã Trường Lâm tham gia thế nào?",
   "Kế hoạch không nhắc đến hợp tác xã; nội dung nông nghiệp chỉ có ở Phòng Kinh tế (khuyến nông) và các chuyên đề của Trung tâm học tập cộng đồng.",
   r"hop tac xa", about=[C])
un("Năm 2025 xã Trường Lâm đã đạt bao nhiêu phần trăm gia đình học tập?",
   "Kế hoạch không nêu kết quả năm 2025; chỉ nói duy trì, phát huy kết quả của hai xã trước đây và đặt chỉ tiêu 2026.",
   r"nam 2025[^.;]{0,100}(dat|ket qua)|ket qua (nam 2025|dat duoc)", about=[C])
un("Tuần lễ hưởng ứng học tập suốt đời năm 2025 của xã Trường Lâm có những hoạt động gì?",
   "Trang chỉ có tên kế hoạch Tuần lễ năm 2025 trong mục “Tin liên quan”; nội dung kế hoạch đó không có trong văn bản đã tải.",
   r"tuan le[^.]{0,80}(khai mac|hoat dong gom|chuong trinh)", about=[C])
un("Số điện thoại liên hệ của Ủy ban nhân dân xã Trường Lâm là gì?",
   "Trang và kế hoạch không có số điện thoại liên hệ.",
   r"dien thoai|hotline|\bdt\b", about=[C])
un("Bệnh viện chi bao nhiêu tiền cho Ngày hội học tập hằng năm?",
   "Kế hoạch chỉ nêu tổng kinh phí 6,8 tỷ đồng (2026: 1,2 tỷ), không tách riêng kinh phí Ngày hội học tập.",
   r"ngay hoi[^.]{0,120}(dong|trieu|ty)", about=[H])
un("How many CME hours must nurses at Bach Mai Hospital complete each year?",
   "The plans set no targets for Bạch Mai Hospital; it is named only as a place where the Phu Tho hospital's doctors go for training and technology transfer.",
   r"bach mai[^.]{0,120}(gio|chi tieu)", about=[H])
un("What allowance do teachers get for teaching Truong Lam's literacy classes?",
   "The commune plan does not set any allowance or pay for teachers; it only asks schools to send teachers to the literacy classes.",
   r"phu cap|thu lao|tien cong|boi duong giao vien", about=[C])
un("How many households in Truong Lam are currently recognised as learning families?",
   "The plan gives no current count, only the 2026 targets as percentages.",
   r"hien (nay|co)[^.]{0,80}gia dinh hoc tap|\d[\d.]* (ho|gia dinh) (dat|duoc cong nhan)", about=[C])
un("Thế còn chỉ tiêu ngoại ngữ cho viên chức từ 40 tuổi trở lên?",
   "Bảng chỉ tiêu chỉ đặt tỷ lệ chứng chỉ ngoại ngữ cho viên chức dưới 40 tuổi; không có chỉ tiêu cho người từ 40 tuổi trở lên.",
   r"(tren|tu) 40 tuoi", about=[H],
   hist=turns("Chỉ tiêu ngoại ngữ của bệnh viện Phú Thọ đến năm 2030?",
              "Viên chức dưới 40 tuổi: 50% có chứng chỉ ngoại ngữ bậc 3 (B1) trở lên vào năm 2030 (30% năm 2027)."))
un("Thôn không đạt chỉ tiêu gia đình học tập thì bị xử lý ra sao?",
   "Kế hoạch không quy định hình thức xử lý thôn không đạt chỉ tiêu; chỉ nêu điều kiện để thôn được công nhận “Cộng đồng học tập”.",
   r"xu ly|phe binh|ky luat|cat thi dua", about=[C])
un("Kế hoạch xã hội học tập năm 2025 của xã Tân Trường (cũ) đặt chỉ tiêu gì?",
   "Không có kế hoạch của xã Tân Trường trước khi hợp nhất; kế hoạch đã tải là của xã Trường Lâm mới cho năm 2026 (khu vực xã Tân Trường cũ chỉ có chỉ tiêu năm 2026 theo từng thôn).",
   r"(ke hoach|chi tieu)[^.;]{0,40}(nam 2025|2024)", about=[C])


MIN = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
       "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4, "english": 18,
       "follow_up": 14, "unanswerable": 28}


def plain(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s).lower()).replace("đ", "d")
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn")).replace("đ", "d")


def main():
    problems, seen, counts, out = [], set(), {}, []
    for i, x in enumerate(Q, 1):
        qid = f"h56-{i:03d}"
        where = f"{qid} {x['question'][:50]}"
        if x["question"] in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(x["question"])
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        if x["type"] == "follow_up" and not x["hist"]:
            problems.append(f"{where}: follow_up without history")
        docs = []
        for d, sp in x["ev"]:
            if d not in docs:
                docs.append(d)
            if check_sets.norm(sp) not in check_sets.text_of(d):
                problems.append(f"{where}: span missing in {d}: {sp!r}")
        for kf in x["kf"]:
            k = check_sets.norm(kf).lower()
            if k not in check_sets.norm(x["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(sp).lower() for _, sp in x["ev"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        if x["type"] == "unanswerable":
            if not x["probe"]:
                problems.append(f"{where}: unanswerable without probe")
            for d in x["about"]:
                m = re.search(x["probe"], plain(check_sets.text_of(d)))
                if m:
                    problems.append(f"{where}: probe {x['probe']!r} matches {d}: {m.group(0)!r}")
        elif not x["kf"]:
            problems.append(f"{where}: no key facts")
        out.append({"id": qid, "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": sp} for d, sp in x["ev"]], "answer": x["answer"],
                    "key_facts": x["kf"], "history": x["hist"]})
    for t, n in MIN.items():
        if counts.get(t, 0) < n:
            problems.append(f"type {t}: {counts.get(t, 0)} < {n}")
    if len(out) < 120:
        problems.append(f"only {len(out)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(os.path.join(SETS, "newplans56.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {len(out)} questions: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
