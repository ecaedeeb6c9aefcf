"""Questions of set 55 (see questions_src55.py). Codes: H = Huế 2026, ML = Mỹ Lộc 2021-2030, HN = Hà Nội (NQ 23-NQ/TU),
CT = Cần Thơ 2024 (KH 74/KH-BCĐ), AL = An Lão (phong trào "Học tập suốt đời").

Q(type, question, evidence [(code, span)], answer, key_facts, history) is answerable; U(question, answer, probe, on,
history, type) is unanswerable: `probe` is an accent-free regex of what would have to be in the plan(s) `on` ("all" =
the five) for it to be answerable; it must not match them.
"""

ITEMS = []


def Q(qtype, q, ev, a, kf, h=None):
    ITEMS.append({"kind": "Q", "type": qtype, "q": q, "ev": ev, "a": a, "kf": kf, "h": h or []})


def U(q, a, probe, on, h=None, qtype="unanswerable"):
    ITEMS.append({"kind": "U", "type": qtype, "q": q, "a": a, "probe": probe, "on": on, "h": h or []})


# Title lines, cited where the plan's name is a key fact.
T_H = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế"
T_ML = "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc"
T_HN = "xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045"
T_CT = "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"
T_AL = "khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện An Lão"

F_H, F_ML, F_HN, F_CT, F_AL = ("[000_4550be4bb11189cd.txt]", "[001_7bafa58816a5de75.txt]", "[002_797e8de6131c77f9.txt]",
                               "[003_1a817ee72b993e3e.txt]", "[004_b1b28019b71edc03.txt]")

# ---------------------------------------------------------------------------------------------------------------
# 1. Two-step (chained) questions: one fact of the plan leads to another fact of the same plan.
# ---------------------------------------------------------------------------------------------------------------
Q("agency_tasks",
  "Cơ quan được Huế giao chủ trì tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” còn phải theo dõi, tổng hợp kết quả những mục tiêu nào?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”"),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.")],
  "Bước 1: mục III.5 giao Sở Giáo dục và Đào tạo chủ trì tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”. Bước 2: theo mục V.1, Sở Giáo dục và Đào tạo theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.",
  ["Sở Giáo dục và Đào tạo", "xóa mù chữ và phổ cập giáo dục", "Đơn vị học tập", "Cộng đồng học tập"])

Q("target",
  "Ở Huế, những chỉ tiêu năm 2026 mà Sở Giáo dục và Đào tạo chịu trách nhiệm theo dõi có con số là bao nhiêu?",
  [("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã."),
   ("H", "1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)."),
   ("H", "3. Về hiệu quả hoạt động của các cơ sở giáo dục - 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   ("H", "- 100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("H", "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2."),
   ("H", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Sở Giáo dục và Đào tạo (mục V.1) theo dõi bốn mục tiêu. Xóa mù chữ và phổ cập giáo dục không có con số trong kế hoạch này (“có kế hoạch riêng”). Hiệu quả hoạt động của các cơ sở giáo dục: 100% trường đại học, cao đẳng triển khai đại học số; 100% cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp hoạt động trên môi trường số; 100% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin. “Đơn vị học tập” cấp tỉnh: có ít nhất 15 đơn vị được công nhận mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2. “Cộng đồng học tập” cấp xã: 100% xã, phường đạt mức độ 1.",
  ["có kế hoạch riêng", "100%", "ít nhất 15", "ít nhất 05", "mức độ 1"])

Q("target",
  "Mục tiêu mà Hội Khuyến học thành phố Huế được giao theo dõi có chỉ tiêu năm 2026 là bao nhiêu?",
  [("H", "7. Hội Khuyến học thành phố"),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”."),
   ("H", "- 40% công dân đạt danh hiệu công dân học tập.")],
  "Hội Khuyến học thành phố (mục V.7) theo dõi, tổng hợp kết quả mục tiêu về “Công dân học tập”; chỉ tiêu tương ứng ở mục II.4 là 40% công dân đạt danh hiệu công dân học tập (năm 2026).",
  ["Công dân học tập", "40%"])

Q("deadline",
  "Ở Mỹ Lộc, phòng làm Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện thì phải báo cáo UBND huyện trước ngày nào?",
  [("ML", "gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp"),
   ("ML", "V. TỔ CHỨC THỰC HIỆN 1. Phòng Giáo dục và Đào tạo"),
   ("ML", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Mục III.8 cho biết Phòng Giáo dục và Đào tạo là Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện; theo mục V.1.e, phòng này tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm.",
  ["Phòng Giáo dục và Đào tạo", "15 tháng 12"])

Q("agency_tasks",
  "Hội mà Phòng Giáo dục và Đào tạo Mỹ Lộc phối hợp để tham mưu UBND huyện về tiêu chí đánh giá xây dựng xã hội học tập thì tự mình chủ trì việc gì?",
  [("ML", "b) Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập"),
   ("ML", "b) Hội Khuyến học huyện - Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp.")],
  "Đó là Hội Khuyến học huyện (mục V.1.b). Theo mục V.9.b, Hội Khuyến học huyện chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp (ngoài ra phối hợp hướng dẫn hoạt động các Trung tâm Học tập cộng đồng và triển khai tiêu chí công dân học tập).",
  ["Hội Khuyến học huyện", "lồng ghép các hoạt động tuyên truyền", "hệ thống hội khuyến học các cấp"])

Q("agency_tasks",
  "Ở Mỹ Lộc, hội được giao đẩy mạnh “Quỹ học bổng Hoàng Ngân” phối hợp với cơ quan nào để tuyên truyền Kế hoạch, và vận động ai đi học xóa mù chữ?",
  [("ML", "e) Hội Liên hiệp Phụ nữ huyện Phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch"),
   ("ML", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")],
  "Đó là Hội Liên hiệp Phụ nữ huyện (mục V.9.e): phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch, và vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ.",
  ["Hội Liên hiệp Phụ nữ huyện", "Phòng Giáo dục và Đào tạo", "phụ nữ và trẻ em gái chưa biết chữ"])

Q("agency_tasks",
  "Đơn vị ở Mỹ Lộc được giao hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 còn phải làm những việc gì khác?",
  [("ML", "3. Trung tâm Văn hóa - Thể thao và Truyền thông a) Chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền về quan điểm, mục tiêu, nhiệm vụ và giải pháp của Kế hoạch"),
   ("ML", "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030"),
   ("ML", "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  "Đó là Trung tâm Văn hóa - Thể thao và Truyền thông (mục V.3.b). Ngoài việc đó, trung tâm còn chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền về quan điểm, mục tiêu, nhiệm vụ, giải pháp của Kế hoạch (V.3.a), và ở mục V.10 (ghi “Trung tâmVăn hóa- Thể thao và truyền thông huyện”) phải đẩy mạnh tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về khuyến học, khuyến tài.",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "hệ thống thông tin cơ sở", "chuyên trang, chuyên mục"])

Q("deadline",
  "Ở Hà Nội, cơ quan được giao tham mưu kế hoạch đăng ký tham gia mạng lưới “Thành phố học tập” là ai, và các Sở, ngành, quận, huyện phải gửi báo cáo hằng năm qua cơ quan đó trước ngày nào?",
  [("HN", "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”"),
   ("HN", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực"),
   ("HN", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Việc tham mưu kế hoạch đăng ký tham gia mạng lưới “Thành phố học tập” thuộc Sở Giáo dục và Đào tạo (mục V.1, cơ quan thường trực). Đoạn cuối kế hoạch yêu cầu các Sở, ngành, đơn vị, UBND quận, huyện, thị xã định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["Sở Giáo dục và Đào tạo", "01 tháng 12"])

Q("agency_tasks",
  "Ngoài Sở Giáo dục và Đào tạo, sở nào cùng phối hợp với Công an Thành phố Hà Nội mở lớp cho trại viên, phạm nhân, và sở đó phải hỗ trợ đào tạo, đào tạo lại cho những đối tượng nào?",
  [("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ"),
   ("HN", "2. Sở Lao động - Thương binh và Xã hội - Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung"),
   ("HN", "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Sở còn lại là Sở Lao động - Thương binh và Xã hội (mục V.8). Theo mục V.2, sở này xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["Sở Lao động - Thương binh và Xã hội", "lao động nông thôn", "người khuyết tật", "người hết tuổi lao động"])

Q("agency_tasks",
  "Đài truyền hình mà Sở Thông tin và Truyền thông Hà Nội phải hướng dẫn tổ chức chuyên mục có mục riêng trong phần Tổ chức thực hiện không, mục đó giao việc gì?",
  [("HN", "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập."),
   ("HN", "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập.")],
  "Đó là Đài Phát thanh và Truyền hình Hà Nội (nhắc trong nhiệm vụ của Sở TT&TT, mục V.5). Đài có mục riêng là mục V.12 “Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội”: xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập.",
  ["Đài Phát thanh và Truyền hình Hà Nội", "Cơ quan thông tấn, báo chí của Thành phố", "Xây dựng chuyên mục"])

Q("agency_tasks",
  "Ở An Lão, phòng chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” còn phải tham mưu củng cố những thiết chế văn hóa nào?",
  [("AL", "3. Phòng Văn hóa Khoa học và Thông tin"),
   ("AL", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện."),
   ("AL", "Tham mưu củng cố các thiết chế văn hóa, gồm: thư viện, bảo tàng, trung tâm văn hóa thể thao, nhà văn hóa; đặc biệt là hệ thống thư viện tại địa phương")],
  "Đó là Phòng Văn hóa Khoa học và Thông tin (mục III.3). Phòng còn tham mưu củng cố các thiết chế văn hóa gồm thư viện, bảo tàng, trung tâm văn hóa thể thao, nhà văn hóa — đặc biệt là hệ thống thư viện tại địa phương — và xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”.",
  ["Phòng Văn hóa Khoa học và Thông tin", "thư viện, bảo tàng, trung tâm văn hóa thể thao, nhà văn hóa", "hệ thống thư viện"])

Q("agency_tasks",
  "Ở An Lão, nếu gặp vướng mắc thì báo cáo UBND huyện qua phòng nào, và phòng đó được giao chủ trì tham mưu gì về cơ chế, chính sách?",
  [("AL", "báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết."),
   ("AL", "1. Phòng Giáo dục và Đào tạo - Chủ trì, phối hợp với các phòng, ban, ngành tham mưu Ủy ban nhân dân huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài")],
  "Báo cáo UBND huyện qua phòng Giáo dục và Đào tạo (đoạn cuối kế hoạch). Theo mục III.1, Phòng Giáo dục và Đào tạo chủ trì, phối hợp với các phòng, ban, ngành tham mưu UBND huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời.",
  ["phòng Giáo dục và Đào tạo", "Hội đồng nhân dân huyện", "điều chỉnh các cơ chế, chính sách"])

Q("deadline",
  "Ở Huế, việc mà UBND các xã, phường được giao để bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng thì theo mục Nhiệm vụ và giải pháp phải hoàn thành khi nào?",
  [("H", "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng; bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả"),
   ("H", "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Việc đó là rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng (mục V.9). Mục III.5 đặt thời hạn: bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.",
  ["Quý II năm 2026"])

Q("funding",
  "Ở Cần Thơ, sở chủ trì hoàn thiện chính sách huy động nguồn lực xã hội phải phối hợp với cấp chính quyền nào, và cấp đó được giao gì về ngân sách?",
  [("CT", "6. Sở Tài chính Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội"),
   ("CT", "14. Ủy ban nhân dân quận, huyện"),
   ("CT", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch;")],
  "Đó là Sở Tài chính (mục V.6), phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện. Theo mục V.14.b, Ủy ban nhân dân quận, huyện phải cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch.",
  ["Sở Tài chính", "Ủy ban nhân dân quận, huyện", "Cân đối, bố trí ngân sách địa phương"])

Q("funding",
  "Cơ quan ở Hà Nội chủ trì hướng dẫn các Sở, ngành về cơ chế tài chính thì còn phải bảo đảm kinh phí cho Kế hoạch ở đâu?",
  [("HN", "6. Sở Tài chính - Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước."),
   ("HN", "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Đó là Sở Tài chính (mục V.6). Sở phải đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo Luật Ngân sách Nhà nước.",
  ["Sở Tài chính", "dự toán ngân sách hàng năm"])

Q("legal_basis",
  "Thông tư về đánh giá, công nhận “Đơn vị học tập” mà kế hoạch Huế yêu cầu triển khai được ban hành ngày nào, và Huế đặt chỉ tiêu bao nhiêu đơn vị được công nhận năm 2026?",
  [("H", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh"),
   ("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Đó là Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo (mục III.5). Chỉ tiêu năm 2026 (mục II.4): có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.",
  ["24/2023/TT-BGDĐT", "11 tháng 12 năm 2023", "ít nhất 15", "ít nhất 05"])

Q("legal_basis",
  "Nghị quyết mà kế hoạch Hà Nội triển khai do cơ quan nào ban hành, và UBND quận, huyện, thị xã phải xây dựng kế hoạch thực hiện nghị quyết đó cho giai đoạn nào?",
  [("HN", "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội"),
   ("HN", "16. Ủy ban nhân dân quận, huyện, thị xã - Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương từ nay đến năm 2030, tầm nhìn đến năm 2045.")],
  "Đó là Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội. Theo mục V.16, UBND quận, huyện, thị xã xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp chiến lược phát triển kinh tế - xã hội của địa phương từ nay đến năm 2030, tầm nhìn đến năm 2045.",
  ["23-NQ/TU", "Thành ủy Hà Nội", "2030", "2045"])

Q("legal_basis",
  "Quyết định 522/QĐ-TTg về hướng nghiệp, phân luồng mà kế hoạch Mỹ Lộc nhắc tới được huyện triển khai qua kế hoạch số mấy của chính UBND huyện?",
  [("ML", "Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh về việc thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018"),
   ("ML", "Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc về việc thực hiện Đề án Giáo dục hướng nghiệp và định hướng phân luồng học sinh")],
  "Theo mục III.3.e, Quyết định số 522/QĐ-TTg ngày 14/5/2018 được tỉnh triển khai bằng Kế hoạch số 100/KH-UBND ngày 01/11/2018, còn UBND huyện Mỹ Lộc thực hiện Đề án đó qua Kế hoạch số 945/KH- UBND ngày 30/3/2020 (ghi như trong văn bản).",
  ["100/KH-UBND", "945/KH- UBND", "30/3/2020"])

Q("purpose",
  "Mục đích kế hoạch Cần Thơ có yêu cầu củng cố bộ phận chỉ đạo; vậy theo phần Tổ chức thực hiện, cấp nào phải kiện toàn ban chỉ đạo ở địa phương và ban đó tên đầy đủ là gì?",
  [("CT", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố"),
   ("CT", "14. Ủy ban nhân dân quận, huyện"),
   ("CT", "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương")],
  "Mục I.1 đặt mục đích củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập các cấp. Mục V.14.a giao Ủy ban nhân dân quận, huyện củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương.",
  ["Ủy ban nhân dân quận, huyện", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục"])

# ---------------------------------------------------------------------------------------------------------------
# 2. Places called by another name: nicknames, the old name, the wrong level, a merged ward/commune by its old name.
# ---------------------------------------------------------------------------------------------------------------
Q("target",
  "Kế hoạch năm 2026 của cố đô đặt chỉ tiêu bao nhiêu phần trăm người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin?",
  [("H", T_H),
   ("H", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "“Cố đô” ở đây là Huế: kế hoạch năm 2026 trên địa bàn thành phố Huế đặt chỉ tiêu 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (mục II.2).",
  ["Huế", "87%"])

Q("target",
  "Năm 2026 tỉnh Thừa Thiên Huế đặt chỉ tiêu bao nhiêu phần trăm người trong độ tuổi lao động được trang bị kỹ năng sống?",
  [("H", "Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)"),
   ("H", T_H),
   ("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Tỉnh Thừa Thiên Huế nay là thành phố Huế (chính kế hoạch ghi “Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)”). Kế hoạch năm 2026 của thành phố Huế đặt chỉ tiêu 80% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2).",
  ["nay là Ủy ban nhân dân thành phố Huế", "80%"])

Q("target",
  "Năm 2024 tỉnh Cần Thơ phấn đấu bao nhiêu phần trăm quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3?",
  [("CT", T_CT),
   ("CT", "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Cần Thơ là thành phố (trực thuộc trung ương), không phải tỉnh; kế hoạch năm 2024 trên địa bàn thành phố Cần Thơ ghi “phần đầu” (phấn đấu) có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 (100% đạt mức độ 2) — mục II.2.a.",
  ["thành phố Cần Thơ", "66%"])

Q("target",
  "Đến năm 2030 thủ đô phấn đấu bao nhiêu phần trăm trường công lập đạt chuẩn quốc gia?",
  [("HN", T_HN),
   ("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", "- 85-90% trường công lập đạt chuẩn quốc gia.")],
  "Kế hoạch của thành phố Hà Nội (thủ đô) đặt mục tiêu đến năm 2030: 85-90% trường công lập đạt chuẩn quốc gia (mục II.2.2.b; năm 2025 là 80-85%).",
  ["Hà Nội", "85-90%"])

Q("agency_tasks",
  "Ở Tây Đô, Bộ Chỉ huy Quân sự thành phố được giao những việc gì trong kế hoạch xây dựng xã hội học tập?",
  [("CT", T_CT),
   ("CT", "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;"),
   ("CT", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Tây Đô là Cần Thơ. Trong kế hoạch năm 2024 của thành phố Cần Thơ, Bộ Chỉ huy Quân sự thành phố (mục V.7): a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang.",
  ["Cần Thơ", "lực lượng vũ trang", "ngoại ngữ và tiếng dân tộc thiểu số"])

Q("agency_tasks",
  "Quận An Lão giao Hội Khuyến học làm những gì trong phong trào “Học tập suốt đời”?",
  [("AL", T_AL),
   ("AL", "5. Hội Khuyến học huyện Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”"),
   ("AL", "chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng về tinh thần “Học tập suốt đời”.")],
  "An Lão trong kế hoạch là huyện (“trên địa bàn huyện An Lão”), không phải quận. Hội Khuyến học huyện (mục III.5) phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”; tích cực triển khai phong trào; phát động các phong trào khuyến học, khuyến tài gắn với quan điểm chỉ đạo của Tổng Bí thư; chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng.",
  ["huyện An Lão", "Hội Khuyến học huyện", "tuyên truyền", "biểu dương, nhân rộng"])

Q("legal_basis",
  "Trong các kế hoạch đã nạp, kế hoạch của địa phương thuộc đất Cảng thực hiện theo kế hoạch số mấy của thành phố, ngày nào?",
  [("AL", T_AL),
   ("AL", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Đất Cảng là Hải Phòng; kế hoạch đã nạp thuộc Hải Phòng là kế hoạch của huyện An Lão. Kế hoạch này thực hiện Kế hoạch số 108/KH-UBND (văn bản ghi “108 /KH-UBND”) ngày 06/5/2025 của UBND thành phố Hải Phòng.",
  ["An Lão", "108", "06/5/2025", "Hải Phòng"])

Q("deadline",
  "Phường Phú Hội cũ ở Huế nay đã sáp nhập vào phường mới; theo kế hoạch năm 2026 thì UBND phường phải gửi báo cáo kết quả về đâu, trước ngày nào?",
  [("H", "9. Ủy ban nhân dân các xã, phường"),
   ("H", "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Kế hoạch không nêu tên phường nào (cũ hay mới); nó giao chung cho Ủy ban nhân dân các xã, phường của thành phố Huế (mục V.9), nên phường hiện nay bao gồm địa bàn Phú Hội cũ áp dụng mục này: định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])

Q("deadline",
  "Thị trấn Trường Sơn (An Lão) trước khi sắp xếp phải báo cáo tình hình thực hiện kế hoạch cho ai, có hạn ngày cụ thể không?",
  [("AL", "9. Ủy ban nhân dân xã, thị trấn"),
   ("AL", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện.")],
  "Kế hoạch An Lão không nêu riêng thị trấn nào; mục III.9 giao chung cho Ủy ban nhân dân xã, thị trấn: định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo UBND huyện. Kế hoạch chỉ ghi “định kỳ”, không có ngày hạn cụ thể.",
  ["Phòng Giáo dục và Đào tạo", "định kỳ"])

Q("deadline",
  "Huyện Mỹ Lộc nay không còn cấp huyện; theo kế hoạch của huyện thì dịch vụ viễn thông công ích được hỗ trợ đến năm nào và do đơn vị nào chủ trì?",
  [("ML", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   ("ML", "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước.")],
  "Kế hoạch (ban hành năm 2022, khi Mỹ Lộc còn là huyện) giao Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước (mục V.3.b). Kế hoạch không nói gì về việc sắp xếp đơn vị hành chính sau này.",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "đến năm 2030"])

Q("abbreviation",
  "Đất Tràng An: HLHPN TP đc ĐN những gì trong KH thực hiện NQ 23?",
  [("HN", T_HN),
   ("HN", "d) Hội Liên hiệp phụ nữ Thành phố - Phối hợp với Sở Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch"),
   ("HN", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Tràng An là Hà Nội. Trong kế hoạch thực hiện Nghị quyết 23-NQ/TU của thành phố Hà Nội, Hội Liên hiệp phụ nữ Thành phố (mục V.15.d) được đề nghị: phối hợp với Sở Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch, lồng ghép tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.",
  ["Hà Nội", "Hội Liên hiệp phụ nữ Thành phố", "Sở Giáo dục và Đào tạo", "vùng đồng bào dân tộc thiểu số"])

Q("abbreviation",
  "KT/GS các TTHTCĐ ở cố đô do cq nào CT, PH vs ai?",
  [("H", T_H),
   ("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường")],
  "Ở Huế (cố đô), mục III.7 giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường.",
  ["Huế", "Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố"])

Q("cross_plan",
  "So sánh chỉ tiêu kỹ năng sống của cố đô (năm 2026) với Tây Đô (năm 2024).",
  [("H", T_H),
   ("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("CT", T_CT),
   ("CT", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;")],
  "Cố đô là Huế, Tây Đô là Cần Thơ. Huế (kế hoạch năm 2026): 80% số người trong độ tuổi lao động được trang bị kỹ năng sống. Cần Thơ (kế hoạch năm 2024): “Phần đầu” (phấn đấu) đạt tỷ lệ 90%. Chỉ tiêu của Cần Thơ cao hơn 10 điểm, dù hai kế hoạch thuộc hai năm khác nhau.",
  ["Huế", "80%", "Cần Thơ", "90%"])

Q("cross_plan",
  "Trong các kế hoạch đã nạp, huyện nào thuộc tỉnh Nam Định và huyện nào thuộc thành phố Hải Phòng? Mỗi kế hoạch căn cứ văn bản nào của cấp trên?",
  [("ML", T_ML),
   ("ML", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"),
   ("AL", T_AL),
   ("AL", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Huyện Mỹ Lộc thuộc tỉnh Nam Định: kế hoạch thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 (ghi như văn bản) của UBND tỉnh Nam Định. Huyện An Lão thuộc thành phố Hải Phòng: kế hoạch thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng. (Đây là tình trạng ghi trong các kế hoạch; sau năm 2025 cấp huyện đã không còn.)",
  ["Mỹ Lộc", "145", "An Lão", "108"])

Q("cross_plan",
  "Trong năm kế hoạch, kế hoạch nào tự ghi chú tên mới của địa phương hoặc nhắc tới việc sáp nhập đơn vị hành chính?",
  [("H", "Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)"),
   ("H", "Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế)"),
   ("AL", "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính")],
  "Hai kế hoạch: kế hoạch Huế năm 2026 ghi chú tên mới — “Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)”, “Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế)”; kế hoạch An Lão giao Phòng GD&ĐT hướng dẫn thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã “sau khi sắp xếp, sáp nhập các đơn vị hành chính”. Các kế hoạch Mỹ Lộc, Hà Nội, Cần Thơ không nhắc việc này.",
  ["nay là Ủy ban nhân dân thành phố Huế", "nay là Thành ủy Huế", "sắp xếp, sáp nhập các đơn vị hành chính"])

Q("cross_plan",
  "Thủ đô và Tây Đô đều giao công an thành phố mở lớp cho phạm nhân; mỗi nơi công an phối hợp với những cơ quan nào?",
  [("HN", T_HN),
   ("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ"),
   ("CT", T_CT),
   ("CT", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Hà Nội (thủ đô, mục V.8): Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Sở Lao động - Thương binh và Xã hội. Cần Thơ (Tây Đô, mục V.8): Công an thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện.",
  ["Hà Nội", "Sở Lao động - Thương binh và Xã hội", "Cần Thơ", "Ủy ban nhân dân quận, huyện"])

Q("legal_basis",
  "Kế hoạch Huế yêu cầu kiện toàn Ban Chỉ đạo phong trào thi đua khuyến học theo tinh thần công văn nào của Thành ủy Huế bây giờ?",
  [("H", "theo tinh thần Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế)")],
  "Theo Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế) về tăng cường lãnh đạo, chỉ đạo công tác khuyến học, khuyến tài, xây dựng đơn vị học tập, xã hội học tập (mục III.1). Công văn do Tỉnh ủy cũ ban hành; kế hoạch ghi cơ quan đó nay là Thành ủy Huế.",
  ["2430-CV/TU", "19 tháng 6 năm 2023", "nay là Thành ủy Huế"])

Q("no_diacritics",
  "tay do nam 2024 hoi nong dan thanh pho duoc de nghi lam gi",
  [("CT", T_CT),
   ("CT", "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Tây Đô là Cần Thơ. Kế hoạch năm 2024 của thành phố Cần Thơ (mục V.11.đ, chung với Hội Cựu chiến binh thành phố) đề nghị Hội Nông dân thành phố hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["Cần Thơ", "Hội Cựu chiến binh thành phố", "chuyển giao công nghệ", "khởi nghiệp"])

Q("no_diacritics",
  "thi tran my loc truoc khi sap nhap phai gui bao cao ket qua ve dau truoc ngay nao",
  [("ML", "11. UBND các xã, thị trấn"),
   ("ML", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Kế hoạch Mỹ Lộc không nêu riêng thị trấn nào; mục V.11.d giao chung UBND các xã, thị trấn: định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp báo cáo.",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"])

# ---------------------------------------------------------------------------------------------------------------
# 3. Answer-format requests: the facts are the plan's; the format must not drop the citation or add content.
# ---------------------------------------------------------------------------------------------------------------
Q("target",
  "Chỉ cho tôi con số thôi: Hà Nội đặt bao nhiêu % người trong độ tuổi 15-60 biết chữ vào năm 2030?",
  [("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", "- 99,6% người trong độ tuổi 15-60 biết chữ.")],
  "99,6% (kế hoạch Hà Nội, mục II.2.2.a).",
  ["99,6%"])

Q("agency_tasks",
  "Trả lời ngắn gọn trong 3 ý: Sở Lao động - Thương binh và Xã hội Hà Nội phải làm gì?",
  [("HN", "2. Sở Lao động - Thương binh và Xã hội - Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   ("HN", "- Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp"),
   ("HN", "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Theo mục V.2: (1) Chủ trì xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế. (2) Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp, gắn với ngành nghề truyền thống, nông thôn, vùng sâu, vùng xa. (3) Xây dựng, triển khai chương trình, dự án hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "thiệt thòi, yếu thế", "Nhân rộng các mô hình đào tạo", "lao động nông thôn"])

Q("target",
  "Liệt kê dạng bảng (chỉ tiêu | 2025 | 2030) các chỉ tiêu về năng lực cơ bản và trình độ của người dân ở Mỹ Lộc.",
  [("ML", "a) Mục tiêu đến năm 2025"),
   ("ML", "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin. + 60% số người trong độ tuổi lao động được trang bị kỹ năng sống. + Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên."),
   ("ML", "b) Mục tiêu đến năm 2030"),
   ("ML", "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin. + 80% người trong độ tuổi lao động được trang bị kỹ năng sống. + 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "Chỉ tiêu | 2025 | 2030 (kế hoạch Mỹ Lộc, mục II.2.a và II.2.b)\n"
  "Năng lực thông tin (người trong độ tuổi lao động) | 60% | 70%\n"
  "Kỹ năng sống (người trong độ tuổi lao động) | 60% | 80%\n"
  "Dân số từ 15 tuổi được đào tạo chuyên môn kỹ thuật | Khoảng 50% | 70%\n"
  "— trong đó trình độ đại học trở lên | 12% | 15%",
  ["60%", "70%", "80%", "Khoảng 50%", "12%", "15%"])

Q("purpose",
  "Tóm tắt trong một câu mục đích của kế hoạch Huế năm 2026.",
  [("H", "1. Mục đích - Tiếp tục triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về xây dựng xã hội học tập, thúc đẩy học tập suốt đời"),
   ("H", "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số."),
   ("H", "Duy trì, củng cố và không ngừng nâng cao chất lượng, hiệu quả thực hiện các mô hình học tập")],
  "Kế hoạch Huế nhằm tiếp tục thực hiện hiệu quả chủ trương về xây dựng xã hội học tập, thúc đẩy học tập suốt đời, nâng cao nhận thức và nhân rộng các mô hình học tập phù hợp nền kinh tế số, xã hội số, đồng thời duy trì, nâng cao chất lượng các mô hình học tập (mục I.1, ba gạch đầu dòng).",
  ["học tập suốt đời", "kinh tế số, xã hội số", "mô hình học tập"])

Q("legal_basis",
  "Trích nguyên văn câu mở đầu nêu căn cứ của kế hoạch Cần Thơ, không diễn giải.",
  [("CT", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Nguyên văn (đầu kế hoạch 74/KH-BCĐ): “Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ triển khai thực hiện Đề án … trên địa bàn thành phố Cần Thơ, Ban Chỉ đạo … xây dựng Kế hoạch …”.",
  ["1373/QĐ-TTg", "215/KH-UBND", "28 tháng 10 năm 2021"])

Q("deadline",
  "Chỉ cần ngày tháng năm thôi: kế hoạch xây dựng xã hội học tập năm 2024 của Cần Thơ được ban hành ngày nào?",
  [("CT", "Số: 74 /KH-BCĐ Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "Ngày 04 tháng 5 năm 2024 (Kế hoạch số 74/KH-BCĐ).",
  ["04 tháng 5 năm 2024"])

Q("funding",
  "Trình bày dạng gạch đầu dòng: nguồn kinh phí thực hiện kế hoạch An Lão gồm những gì?",
  [("AL", "IV. KINH PHÍ THỰC HIỆN Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Theo mục IV của kế hoạch An Lão:\n- ngân sách nhà nước theo quy định;\n- nguồn thu hợp pháp của các cơ quan, đơn vị;\n- huy động từ các nguồn xã hội hóa.\n(Kế hoạch không ghi số tiền.)",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])

Q("funding",
  "Trả lời ngắn gọn trong 2 ý: kinh phí thực hiện kế hoạch Hà Nội lấy từ đâu?",
  [("HN", "IV. KINH PHÍ THỰC HIỆN Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác theo quy định của pháp luật.")],
  "(1) Dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành. (2) Huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác (mục IV).",
  ["dự toán chi ngân sách nhà nước hàng năm", "nguồn tài trợ, đóng góp của doanh nghiệp"])

Q("agency_tasks",
  "Trích nguyên văn nhiệm vụ của Công an thành phố trong kế hoạch Cần Thơ, không tóm tắt.",
  [("CT", "8. Công an thành phố Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  "Mục V.8 “Công an thành phố”, nguyên văn: “Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).”",
  ["trại viên, phạm nhân", "trường giáo dưỡng (nếu có)"])

Q("task_section",
  "Tóm tắt mục “Tăng cường hợp tác quốc tế” trong kế hoạch Hà Nội trong đúng 3 ý.",
  [("HN", "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO"),
   ("HN", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO. Nghiên cứu, triển khai các chương trình hợp tác quốc tế về công nghệ đào tạo mở và từ xa"),
   ("HN", "Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp")],
  "Mục III.7 của Hà Nội: (1) đẩy mạnh kết nối, hợp tác quốc tế, nhất là với UNESCO, học tập kinh nghiệm các nước; (2) chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO và các chương trình hợp tác về công nghệ đào tạo mở và từ xa; (3) vận động đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài đóng góp cho khuyến học, khuyến tài.",
  ["UNESCO", "Thành phố học tập", "người Việt Nam ở nước ngoài"])

Q("cross_plan",
  "Lập bảng 2 cột (kế hoạch | hạn báo cáo hằng năm) cho cấp xã ở Mỹ Lộc và các đơn vị ở Hà Nội.",
  [("ML", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("HN", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Kế hoạch | Hạn báo cáo hằng năm\n"
  "Mỹ Lộc (UBND các xã, thị trấn → Phòng Giáo dục và Đào tạo, mục V.11.d) | trước ngày 10 tháng 12\n"
  "Hà Nội (Sở, ngành, UBND quận, huyện, thị xã → UBND Thành phố qua Sở Giáo dục và Đào tạo, đoạn cuối) | trước ngày 01 tháng 12",
  ["10 tháng 12", "01 tháng 12"])

Q("no_diacritics",
  "chi cho toi con so: ty le trung tam hoc tap cong dong ung dung cntt nam 2024 o can tho",
  [("CT", "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "90% (Cần Thơ 2024, mục II.2.b; kế hoạch ghi “Phần đầu đạt tỷ lệ”, tức phấn đấu).",
  ["90%"])

Q("no_diacritics",
  "cho toi con so thoi: ha noi nam 2025 bao nhieu % can bo cong chuc vien chuc duoc boi duong ky nang phan tich khai thac du lieu",
  [("HN", "50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "50% (Hà Nội, mục tiêu đến năm 2025, mục II.2.1.b).",
  ["50%"])

Q("no_diacritics",
  "tom tat trong 1 cau nhiem vu cua ban dan toc thanh pho ha noi",
  [("HN", "10. Ban Dân tộc Thành phố Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
   ("HN", "tạo điều kiện thuận lợi cho trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập.")],
  "Ban Dân tộc Thành phố (mục V.10) tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, phối hợp hỗ trợ giáo dục đào tạo để trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập.",
  ["Chương trình mục tiêu quốc gia", "trẻ em, người học vùng dân tộc thiểu số"])

# ---------------------------------------------------------------------------------------------------------------
# 4. Plan structure, counted by the plan's own marks (Roman numerals, "1.", "a)", "-"/"+" lines), only counts that no
#    earlier set made; structure elements the plan lacks are in the unanswerable part.
# ---------------------------------------------------------------------------------------------------------------
Q("task_section",
  "Phần Tổ chức thực hiện của kế hoạch Mỹ Lộc có bao nhiêu mục đánh số, gồm những đơn vị nào?",
  [("ML", "V. TỔ CHỨC THỰC HIỆN 1. Phòng Giáo dục và Đào tạo"),
   ("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
   ("ML", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   ("ML", "4. Phòng Văn hóa-Thông tin"),
   ("ML", "5. Phòng Tài chính - Kế hoạch"),
   ("ML", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   ("ML", "7. Các phòng, ban, ngành của huyện"),
   ("ML", "8. Đề nghị Ban Tuyên giáo Huyện ủy"),
   ("ML", "9. Đề nghị Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội"),
   ("ML", "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện"),
   ("ML", "11. UBND các xã, thị trấn")],
  "Mục V có 11 mục đánh số 1–11: 1. Phòng Giáo dục và Đào tạo; 2. Phòng Lao động - Thương binh và Xã hội; 3. Trung tâm Văn hóa - Thể thao và Truyền thông; 4. Phòng Văn hóa-Thông tin; 5. Phòng Tài chính - Kế hoạch; 6. Công an huyện, Bộ Chỉ huy Quân sự huyện; 7. Các phòng, ban, ngành của huyện; 8. Đề nghị Ban Tuyên giáo Huyện ủy; 9. Đề nghị Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội (gồm các điểm a, b, c, d, e, g); 10. “Trung tâmVăn hóa- Thể thao và truyền thông huyện” (cùng trung tâm với mục 3, được nêu lần hai); 11. UBND các xã, thị trấn. Đếm theo số thứ tự in trong văn bản.",
  ["Phòng Giáo dục và Đào tạo", "Công an huyện, Bộ Chỉ huy Quân sự huyện", "Đề nghị Ban Tuyên giáo Huyện ủy", "UBND các xã, thị trấn"])

Q("task_section",
  "Kế hoạch Mỹ Lộc gửi tới bao nhiêu nơi nhận, và những nơi nào nhận “để b/c”?",
  [("ML", "Nơi nhận: - Sở Giáo dục và Đào tạo (để b/c); - Hội Khuyến học tỉnh (để b/c) - TT Huyện ủy, TT HĐND huyện (để b/c) ; - Các đ/c lãnh đạo UBNĐ huyện; - Ủy ban MTTQ Việt Nam huyện; - Ban Tuyên giáo Huyện ủy; - Các phòng,ban, ngành, đoàn thể huyện; - Ban Chỉ đạo xây dựng XHHT huyện; - UBND các xã, thị trấn; - Cổng TTĐT huyện. - Trung tâm VH-TT &TT huyện; - Trung tâm GDNN&GDTX huyện; - Lưu: VT.")],
  "Danh sách Nơi nhận có 13 gạch đầu dòng: 12 nơi nhận và dòng “Lưu: VT.”. Ba dòng ghi “(để b/c)”: Sở Giáo dục và Đào tạo; Hội Khuyến học tỉnh; TT Huyện ủy, TT HĐND huyện. Các nơi còn lại: lãnh đạo UBND huyện, Ủy ban MTTQ Việt Nam huyện, Ban Tuyên giáo Huyện ủy, các phòng, ban, ngành, đoàn thể huyện, Ban Chỉ đạo xây dựng XHHT huyện, UBND các xã, thị trấn, Cổng TTĐT huyện, Trung tâm VH-TT &TT huyện, Trung tâm GDNN&GDTX huyện.",
  ["Sở Giáo dục và Đào tạo", "(để b/c)", "Hội Khuyến học tỉnh", "TT Huyện ủy, TT HĐND huyện", "Trung tâm GDNN&GDTX huyện"])

Q("task_section",
  "Mục tiêu cụ thể năm 2024 của Cần Thơ chia thành mấy điểm, mỗi điểm tên gì?",
  [("CT", "2. Mục tiêu cụ thể năm 2024 a) Phổ cập giáo dục, xóa mù chữ"),
   ("CT", "b) Tăng cường công tác giáo dục thường xuyên - Về năng lực cơ bản và trình độ của người dân:"),
   ("CT", "- Về hiệu quả hoạt động của các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp:"),
   ("CT", "- Xây dựng các mô hình học tập trong xã hội:"),
   ("CT", "III. NHIỆM VỤ VÀ GIẢI PHÁP")],
  "Hai điểm: a) Phổ cập giáo dục, xóa mù chữ (4 gạch đầu dòng); b) Tăng cường công tác giáo dục thường xuyên, chia ba nhóm: về năng lực cơ bản và trình độ của người dân; về hiệu quả hoạt động của các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp; xây dựng các mô hình học tập trong xã hội. Sau đó là mục III.",
  ["Phổ cập giáo dục, xóa mù chữ", "Tăng cường công tác giáo dục thường xuyên", "Xây dựng các mô hình học tập trong xã hội"])

Q("task_section",
  "Câu mở đầu kế hoạch Huế năm 2026 dẫn mấy văn bản làm cơ sở, đó là những văn bản nào?",
  [("H", "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)")],
  "Hai văn bản: Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ (Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”) và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của UBND tỉnh Thừa Thiên Huế (nay là UBND thành phố Huế). Danh sách văn bản dài hơn ở mục III.2 là nội dung tuyên truyền, không phải câu mở đầu.",
  ["1373/QĐ-TTg", "336/KH-UBND", "27 tháng 10 năm 2021"])

Q("task_section",
  "Mục nào của kế hoạch Mỹ Lộc nói về kinh phí, tiêu đề ghi thế nào và có mấy khoản?",
  [("ML", "IV. KINH PHI THỰC HIỆN 1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   ("ML", "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác. V. TỔ CHỨC THỰC HIỆN")],
  "Mục IV, tiêu đề in là “IV. KINH PHI THỰC HIỆN” (thiếu dấu ở “PHÍ”). Mục có 2 khoản: 1. kinh phí từ nguồn ngân sách nhà nước theo phân cấp hiện hành (hằng năm các đơn vị lập dự toán); 2. huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác. Ngay sau là mục V.",
  ["IV. KINH PHI THỰC HIỆN", "ngân sách nhà nước", "nguồn tài trợ"])

Q("task_section",
  "Trong phần Tổ chức thực hiện của Cần Thơ có bao nhiêu mục mở đầu bằng “Đề nghị”, là những mục nào?",
  [("CT", "10. Đề nghị Ban Tuyên giáo Thành ủy"),
   ("CT", "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội"),
   ("CT", "12. Đề nghị Hội Người cao tuổi thành phố"),
   ("CT", "13. Đề nghị Hội Khuyến học thành phố"),
   ("CT", "9. Ban Dân tộc"),
   ("CT", "14. Ủy ban nhân dân quận, huyện")],
  "Bốn mục: 10. Đề nghị Ban Tuyên giáo Thành ủy; 11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội (trong đó các điểm a–đ cũng mở đầu bằng “Đề nghị”); 12. Đề nghị Hội Người cao tuổi thành phố; 13. Đề nghị Hội Khuyến học thành phố. Mục 1–9 (các sở, Bộ CHQS, Công an, Ban Dân tộc) và mục 14 (UBND quận, huyện) là giao việc trực tiếp.",
  ["Ban Tuyên giáo Thành ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Hội Người cao tuổi thành phố", "Hội Khuyến học thành phố"])

Q("task_section",
  "Khoản 5 mục Nhiệm vụ và giải pháp của kế hoạch Huế có mấy gạch đầu dòng, gạch đầu và gạch cuối nói gì?",
  [("H", "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả, từng bước hình thành môi trường học tập cho toàn xã hội - Tiếp tục triển khai thực hiện nghiêm túc, hiệu quả Thông tư số 24/2023/TT-BGDĐT"),
   ("H", "- Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân"),
   ("H", "- Tổ chức các lớp bồi dưỡng, đào tạo ngắn hạn phù hợp với từng nhóm đối tượng"),
   ("H", "- Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm"),
   ("H", "- Tăng cường phối hợp giữa các sở, ban, ngành, cơ quan, tổ chức chính trị - xã hội, đoàn thể và doanh nghiệp"),
   ("H", "- Tăng cường công tác tập huấn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên, báo cáo viên, cộng tác viên"),
   ("H", "- Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt"),
   ("H", "6. Huy động sự tham gia, đóng góp của các tổ chức, cá nhân")],
  "Khoản III.5 có 7 gạch đầu dòng (đếm các dòng “-” từ tiêu đề khoản 5 đến khoản 6). Gạch đầu: tiếp tục thực hiện Thông tư số 24/2023/TT-BGDĐT (Đơn vị học tập) và Thông tư 25/2023/TT-BGDĐT (Cộng đồng học tập). Gạch cuối: giao Sở Giáo dục và Đào tạo chủ trì tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình UBND thành phố phê duyệt.",
  ["Thông tư số 24/2023/TT-BGDĐT", "Tạo môi trường học tập suốt đời"])

Q("task_section",
  "Khoản Mục tiêu cụ thể của kế hoạch Hà Nội chia thành những tiểu mục nào, mỗi tiểu mục có mấy nhóm?",
  [("HN", "2. Mục tiêu cụ thể 2.1. Mục tiêu cụ thể đến năm 2025 a) Xóa mù chữ và phổ cập giáo dục"),
   ("HN", "b) Về năng lực cơ bản và trình độ của người dân - 75-80%"),
   ("HN", "c) Về hiệu quả hoạt động của các cơ sở giáo dục - Cơ sở giáo dục đại học, cao đẳng trực thuộc triển khai"),
   ("HN", "d) Xây dựng các mô hình học tập trong xã hội - 50% công dân"),
   ("HN", "2.2. Mục tiêu cụ thể đến năm 2030 a) Xóa mù chữ và phổ cập giáo dục"),
   ("HN", "b) Về năng lực cơ bản và trình độ của người dân - 80-85%"),
   ("HN", "c) Về hiệu quả hoạt động của các cơ sở giáo dục - Cơ sở giáo dục đại học, cao đẳng trực thuộc tiếp tục"),
   ("HN", "d) Xây dựng các mô hình học tập trong xã hội - 70% công dân")],
  "Hai tiểu mục: 2.1. Mục tiêu cụ thể đến năm 2025 và 2.2. Mục tiêu cụ thể đến năm 2030. Mỗi tiểu mục có 4 nhóm a)–d): a) Xóa mù chữ và phổ cập giáo dục; b) Về năng lực cơ bản và trình độ của người dân; c) Về hiệu quả hoạt động của các cơ sở giáo dục; d) Xây dựng các mô hình học tập trong xã hội.",
  ["2.1. Mục tiêu cụ thể đến năm 2025", "2.2. Mục tiêu cụ thể đến năm 2030", "Xóa mù chữ và phổ cập giáo dục", "Xây dựng các mô hình học tập trong xã hội"])

Q("task_section",
  "Nơi nhận của kế hoạch Huế có gửi Bộ Giáo dục và Đào tạo không? Nếu không thì kế hoạch nói báo cáo lên Bộ bằng cách nào?",
  [("H", "Nơi nhận: - UBND thành phố: CT, các PCT; - Các đơn vị có tên tại mục V; - UBND các xã, phường; - VP UBND thành phố: CVP, các CVP; - Lưu: VT, GD."),
   ("H", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Không. Nơi nhận của kế hoạch Huế chỉ có 5 dòng: UBND thành phố (CT, các PCT); các đơn vị có tên tại mục V; UBND các xã, phường; VP UBND thành phố; Lưu: VT, GD. Việc báo cáo lên Bộ do Sở Giáo dục và Đào tạo đảm nhận: định kỳ báo cáo và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo (mục V.1).",
  ["Các đơn vị có tên tại mục V", "UBND các xã, phường", "dự thảo văn bản"])

# ---------------------------------------------------------------------------------------------------------------
# 5. More of each type (chained, alias, format, structure mixed in).
# ---------------------------------------------------------------------------------------------------------------
Q("purpose",
  "Tóm tắt trong 3 ý mục đích kế hoạch của huyện An Lão ở đất Cảng.",
  [("AL", T_AL),
   ("AL", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân"),
   ("AL", "phát triển con người xã hội chủ nghĩa gắn với xây dựng chủ nghĩa xã hội."),
   ("AL", "Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp")],
  "Mục I.1 kế hoạch huyện An Lão (Hải Phòng) có bốn gạch đầu dòng, gộp trong 3 ý: (1) triển khai hiệu quả các Nghị quyết, Chỉ thị, Kết luận của Đảng, Quyết định của Chính phủ về khuyến học, xây dựng xã hội học tập; tạo chuyển biến trong nhận thức, thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân; (2) xây dựng môi trường khuyến khích mọi tầng lớp nhân dân học tập, phát triển con người xã hội chủ nghĩa; (3) tăng cường trách nhiệm của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp trong việc tạo điều kiện cho mọi người học tập suốt đời.",
  ["nhu cầu tự thân", "con người xã hội chủ nghĩa", "người đứng đầu"])

Q("purpose",
  "Trả lời trong một câu: mục tiêu chung của kế hoạch Mỹ Lộc muốn đạt điều gì đến năm 2030?",
  [("ML", "1. Mục tiêu chung Tiếp tục và tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại")],
  "Đến năm 2030 mọi người dân Mỹ Lộc đều có cơ hội bình đẳng tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại, góp phần phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao (mục II.1).",
  ["cơ hội bình đẳng", "giáo dục mở"])

Q("purpose",
  "Thủ đô phấn đấu gia nhập mạng lưới nào của UNESCO, trong thời gian nào?",
  [("HN", T_HN),
   ("HN", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  "Theo mục tiêu tổng quát (mục II.1) của kế hoạch Hà Nội: phấn đấu Thủ đô Hà Nội gia nhập mạng lưới “Thành phố học tập” của UNESCO (văn bản in “UNESSCO”) trong thời gian sớm nhất; kế hoạch không ghi năm cụ thể cho việc gia nhập.",
  ["Hà Nội", "Thành phố học tập", "trong thời gian sớm nhất"])

Q("funding",
  "Huyện Mỹ Lộc cũ (nay không còn cấp huyện): theo kế hoạch của huyện, phòng nào tham mưu bố trí kinh phí và căn cứ vào đâu?",
  [("ML", "5. Phòng Tài chính - Kế hoạch Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.")],
  "Kế hoạch (của huyện Mỹ Lộc, năm 2022) giao Phòng Tài chính - Kế hoạch căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành (mục V.5). Kế hoạch không nói gì về việc sắp xếp đơn vị hành chính sau này.",
  ["Phòng Tài chính - Kế hoạch", "tình hình thực tế của địa phương", "phân cấp ngân sách hiện hành"])

Q("cross_plan",
  "Trong năm kế hoạch, kế hoạch nào có nhiều mục đánh số nhất ở phần Tổ chức thực hiện?",
  [("HN", T_HN),
   ("HN", "16. Ủy ban nhân dân quận, huyện, thị xã"),
   ("CT", "14. Ủy ban nhân dân quận, huyện"),
   ("ML", "11. UBND các xã, thị trấn"),
   ("H", "9. Ủy ban nhân dân các xã, phường"),
   ("AL", "9. Ủy ban nhân dân xã, thị trấn")],
  "Kế hoạch Hà Nội: phần V có 16 mục (mục cuối là “16. Ủy ban nhân dân quận, huyện, thị xã”). Các kế hoạch khác: Cần Thơ 14 mục (cuối là UBND quận, huyện), Mỹ Lộc 11 mục (cuối là UBND các xã, thị trấn), Huế 9 mục (mục V) và An Lão 9 mục (phần Tổ chức thực hiện là mục III). Đếm theo số thứ tự mục cuối cùng in trong mỗi văn bản.",
  ["Hà Nội", "16. Ủy ban nhân dân quận, huyện, thị xã"])

Q("cross_plan",
  "Nếu gặp khó khăn, vướng mắc thì ở Mỹ Lộc và ở Cần Thơ phải báo cáo về đâu? Trả lời mỗi kế hoạch một dòng.",
  [("ML", "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị chủ động báo cáo, đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện xem xét, chỉ đạo"),
   ("CT", "nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị có liên quan phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Mỹ Lộc: báo cáo, đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện.\nCần Thơ: phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, tham mưu trình Ban Chỉ đạo thành phố.",
  ["Phòng Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo thành phố"])

Q("no_diacritics",
  "o ha noi co quan nao lam co quan thuong truc, va co quan do phai de xuat khen thuong cho ai",
  [("HN", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực"),
   ("HN", "đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng đối với tập thể, cá nhân tiêu biểu trong công tác xây dựng xã hội học tập.")],
  "Cơ quan thường trực là Sở Giáo dục và Đào tạo (mục V.1). Sở đề xuất UBND Thành phố, Bộ Giáo dục và Đào tạo khen thưởng đối với tập thể, cá nhân tiêu biểu trong công tác xây dựng xã hội học tập.",
  ["Sở Giáo dục và Đào tạo", "tập thể, cá nhân tiêu biểu"])

Q("no_diacritics",
  "muc kinh phi cua ke hoach hue co may gach dau dong, gach cuoi noi gi",
  [("H", "IV. KINH PHÍ THỰC HIỆN - Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước"),
   ("H", "- Ngân sách nhà nước được bố trí theo quy định của Luật Ngân sách nhà nước"),
   ("H", "- Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức chi"),
   ("H", "V. TỔ CHỨC THỰC HIỆN")],
  "Mục IV (Kinh phí thực hiện) của Huế có 3 gạch đầu dòng. Gạch cuối: việc quản lý, sử dụng kinh phí thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức chi thực hiện Đề án và các quy định hiện hành.",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])

Q("abbreviation",
  "SGDĐT TP CT là TT BCĐ TP; cq đó TM UBND TP những việc gì?",
  [("CT", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)"),
   ("CT", "c) Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài"),
   ("CT", "d) Tham mưu Ủy ban nhân dân thành phố về công tác kiểm tra, đánh giá, tổng hợp, báo cáo các hoạt động xây dựng xã hội học tập trên địa bàn thành phố")],
  "Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố Cần Thơ) tham mưu UBND thành phố hai việc (mục V.1.c, d): tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp; và công tác kiểm tra, đánh giá, tổng hợp, báo cáo các hoạt động xây dựng xã hội học tập (kèm tổ chức sơ kết, tổng kết).",
  ["Sở Giáo dục và Đào tạo", "tự học thành tài", "kiểm tra, đánh giá, tổng hợp, báo cáo"])

Q("abbreviation",
  "P.VH KH&TT h. AL CT TM những việc gì? trả lời ngắn 2 ý",
  [("AL", "3. Phòng Văn hóa Khoa học và Thông tin - Chủ trì tham mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện"),
   ("AL", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")],
  "Phòng Văn hóa Khoa học và Thông tin huyện An Lão chủ trì tham mưu (mục III.3): (1) cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; (2) triển khai phong trào “Bình dân học vụ số” trong toàn dân. (Hai việc còn lại của phòng là “tham mưu” và “phối hợp”, không phải chủ trì.)",
  ["đổi mới sáng tạo và chuyển đổi số", "Bình dân học vụ số"])

Q("abbreviation",
  "UBND Q/H/TX ở HN phải cân đối KP ntn, XD KH thực hiện NQ 23 đến năm nào?",
  [("HN", "16. Ủy ban nhân dân quận, huyện, thị xã - Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương từ nay đến năm 2030, tầm nhìn đến năm 2045. Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Theo mục V.16, UBND quận, huyện, thị xã xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU từ nay đến năm 2030, tầm nhìn đến năm 2045, và cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.",
  ["Cân đối và bố trí kinh phí hàng năm", "2030", "2045"])

Q("abbreviation",
  "Đv nào ở CT chỉ đạo ĐTN Q/H vận động ĐV bỏ học giữa chừng quay lại lớp, đv đó còn PH vs những trường nào?",
  [("CT", "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ - Chỉ đạo cho Đoàn thanh niên quận, huyện"),
   ("CT", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;"),
   ("CT", "Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên")],
  "Đó là Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ (mục V.11.c). Đoàn còn chỉ đạo các tổ chức Đoàn cơ sở phối hợp với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên để đẩy mạnh hoạt động của Đoàn trong nhà trường.",
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ", "trường trung học cơ sở, trường trung học phổ thông", "giáo dục nghề nghiệp - giáo dục thường xuyên"])

Q("paraphrase",
  "Mỹ Lộc có đưa các chương trình học lên Facebook, YouTube hay mạng xã hội không?",
  [("ML", "b) Tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, các ứng dụng truyền hình của các đài phát thanh, truyền hình; đăng tải trên nền tảng công nghệ số của các mạng xã hội có nhiều người dùng tại Việt Nam.")],
  "Kế hoạch không nêu tên mạng xã hội cụ thể nào, nhưng mục III.4.b yêu cầu tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, báo điện tử, ứng dụng truyền hình và đăng tải trên nền tảng công nghệ số của các mạng xã hội có nhiều người dùng tại Việt Nam.",
  ["mạng xã hội có nhiều người dùng tại Việt Nam", "phát thanh, truyền hình"])

Q("paraphrase",
  "An Lão có tính chuyện sắp xếp lại trường lớp cho gọn nhẹ không?",
  [("AL", "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh, hiệu năng, hiệu lực, hiệu quả"),
   ("AL", "Tiếp tục tham mưu rà soát, sắp xếp mạng lưới các cơ sở giáo dục mầm non, phổ thông hiện có")],
  "Có. Mục II.4 (nhắc lại nguyên văn ở mục II.5): tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với sắp xếp tổ chức bộ máy “tinh - gọn - mạnh”, hiệu năng, hiệu lực, hiệu quả. Mục III.1 giao Phòng Giáo dục và Đào tạo tham mưu rà soát, sắp xếp mạng lưới các cơ sở giáo dục mầm non, phổ thông hiện có.",
  ["sắp xếp mạng lưới các cơ sở giáo dục", "tinh - gọn - mạnh"])

Q("paraphrase",
  "Ở Mỹ Lộc, ai phải lên kế hoạch cho cán bộ, công chức đi học cho đủ chuẩn?",
  [("ML", "d) Các phòng, ban, ngành huyện, UBND các xã, thị trấn xây dựng kế hoạch đào tạo chuẩn hóa cán bộ, công chức, viên chức trong bộ máy nhà nước, trong các đơn vị sự nghiệp.")],
  "Mục III.2.d giao các phòng, ban, ngành huyện và UBND các xã, thị trấn xây dựng kế hoạch đào tạo chuẩn hóa cán bộ, công chức, viên chức trong bộ máy nhà nước, trong các đơn vị sự nghiệp.",
  ["Các phòng, ban, ngành huyện", "UBND các xã, thị trấn", "đào tạo chuẩn hóa"])

Q("paraphrase",
  "Ở An Lão, kết quả làm mô hình “Công dân học tập” trong cơ quan có được tính vào việc chấm điểm trưởng phòng hằng năm không?",
  [("AL", "1. Phòng Giáo dục và Đào tạo"),
   ("AL", "Nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học tập” trong cơ quan, đơn vị và tham mưu xây dựng mô hình “Cộng đồng học tập” theo chức năng, nhiệm vụ được giao vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm.")],
  "Kế hoạch giao Phòng Giáo dục và Đào tạo nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học tập” trong cơ quan, đơn vị vào tiêu chí của UBND huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm (mục III.1). Đây là việc tham mưu, chưa phải quy định đã áp dụng.",
  ["Phòng Giáo dục và Đào tạo", "người đứng đầu các phòng, ban, ngành hằng năm"])

Q("paraphrase",
  "Nghề làng, nghề cổ truyền ở Mỹ Lộc có được gắn với đào tạo nghề không, phòng nào lo?",
  [("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
   ("ML", "phát triển ngành nghề đào tạo phù hợp với quy hoạch của tỉnh, gắn với nhu cầu xã hội, gắn với ngành nghề truyền thống, với sản xuất, kinh doanh ở nông thôn.")],
  "Có. Phòng Lao động - Thương binh và Xã hội (mục V.2.b) nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp và phát triển ngành nghề đào tạo gắn với ngành nghề truyền thống, với sản xuất, kinh doanh ở nông thôn.",
  ["Phòng Lao động - Thương binh và Xã hội", "ngành nghề truyền thống"])

Q("paraphrase",
  "Thủ đô có ý định mời giới trí thức Việt kiều góp sức cho khuyến học không?",
  [("HN", T_HN),
   ("HN", "Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp với hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội.")],
  "Có. Kế hoạch Hà Nội (mục III.7) đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp với hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội.",
  ["Hà Nội", "người Việt Nam ở nước ngoài"])

# ---------------------------------------------------------------------------------------------------------------
# 6. English (chained, alias, format, structure); key facts are figures, numbers or the plan's Vietnamese names.
# ---------------------------------------------------------------------------------------------------------------
Q("english",
  "In Hue's 2026 plan, the department that chairs inspections of community learning centres also receives the communes' and wards' reports. By what date must those reports arrive?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng"),
   ("H", "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "The department is the Sở Giáo dục và Đào tạo (Department of Education and Training), which chairs the inspections (section III.7). The People's Committees of communes and wards must send their reports to it before 15/12/2026 (section V.9).",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])

Q("english",
  "In My Loc, which associations are asked to raise the quality of the 'Quỹ vòng tay đồng đội', and what else should they mobilise their members for?",
  [("ML", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   ("ML", "nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Item V.9.g names four associations together: Hội Cựu chiến binh huyện (veterans), Hội Nông dân huyện (farmers), Hội Người cao tuổi huyện (elderly) and Hội Cựu giáo chức huyện (retired teachers). Besides the 'Quỹ vòng tay đồng đội', they mobilise members for technology transfer (chuyển giao công nghệ), support for start-ups (khởi nghiệp) and spreading knowledge to the people.",
  ["Hội Cựu chiến binh huyện", "Hội Cựu giáo chức huyện", "chuyển giao công nghệ", "khởi nghiệp"])

Q("english",
  "What is the former imperial capital's 2026 target for communes and wards recognised as a 'Cộng đồng học tập'?",
  [("H", T_H),
   ("H", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "The former imperial capital is Huế. Its 2026 plan (section II.4) targets 100% of communes and wards reaching 'Cộng đồng học tập' at commune level, mức độ 1 (level 1).",
  ["Huế", "100%", "mức độ 1"])

Q("english",
  "Under the 2024 plan of the 'Western Capital' (Tây Đô), what must the city police do?",
  [("CT", T_CT),
   ("CT", "8. Công an thành phố Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Tây Đô is Cần Thơ. In its 2024 plan (section V.8) the Công an thành phố chairs, with the Department of Education and Training and the district People's Committees, literacy, universal-education and vocational classes for trại viên, phạm nhân (inmates) and students in prisons, detention camps, compulsory-education establishments and reformatories, where there are any.",
  ["Cần Thơ", "Công an thành phố", "phạm nhân"])

Q("english",
  "Which plan in the collection belongs to a district of the port city of Haiphong, and who signed it?",
  [("AL", T_AL),
   ("AL", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh")],
  "The An Lão district plan (huyện An Lão, Hải Phòng). It is signed on behalf of the district People's Committee, for the Chairman, by Vice Chairman Nguyễn Quốc Thịnh (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).",
  ["An Lão", "Nguyễn Quốc Thịnh"])

Q("english",
  "One sentence only: what is Hanoi's 2030 target for trained workers?",
  [("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "By 2030 Hanoi aims for 80-85% of workers to be trained, of whom over 60% (trên 60%) hold degrees or certificates (section II.2.2.b).",
  ["80-85%", "trên 60%"])

Q("english",
  "Just the number: My Loc's 2030 target share of community learning centres applying ICT.",
  [("ML", "b) Mục tiêu đến năm 2030"),
   ("ML", "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "90% (My Loc plan, targets to 2030, section II.2.b).",
  ["90%"])

Q("english",
  "Make a two-column table (target | value) of Can Tho's 2024 targets for universal education and literacy.",
  [("CT", "a) Phổ cập giáo dục, xóa mù chữ - 100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo; - 100% quận, huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; - 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3. - 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.")],
  "Target (districts meeting the standard) | Value (Cần Thơ 2024, section II.2.a)\n"
  "Universal pre-school education for kindergarten children | 100%\n"
  "Universal primary education, mức độ 3 | 100%\n"
  "Universal lower-secondary education, mức độ 2 | 100%\n"
  "Universal lower-secondary education, mức độ 3 | 66% (the plan writes “phần đầu”, i.e. phấn đấu)\n"
  "Literacy standard, mức độ 2 | 100%",
  ["100%", "66%", "mức độ 3", "mức độ 2"])

Q("english",
  "List in three bullet points what Hanoi's Department of Finance must do under the plan.",
  [("HN", "6. Sở Tài chính - Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước."),
   ("HN", "- Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch"),
   ("HN", "- Phối hợp với các Sở, ngành liên quan rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Sở Tài chính (section V.6):\n- ensure funding in the annual budget estimates (dự toán ngân sách hàng năm), by level, under the State Budget Law;\n- chair and guide other departments on the financial mechanism (cơ chế tài chính) for the plan's tasks;\n- with other departments, review and improve policies to mobilise and diversify social resources (nguồn lực xã hội).",
  ["dự toán ngân sách hàng năm", "cơ chế tài chính", "nguồn lực xã hội"])

Q("english",
  "Under which section number does Can Tho's plan deal with funding, and does it say who draws up the budget estimates?",
  [("CT", "IV. KINH PHÍ THỰC HIỆN Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật."),
   ("CT", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Section IV (“IV. KINH PHÍ THỰC HIỆN”). It says funds come from the state budget, sponsorship and other lawful sources, and that the relevant departments, agencies, mass organisations and the district People's Committees (Ủy ban nhân dân quận, huyện) draw up the plans and cost estimates (dự toán kinh phí), folded into their annual budget estimates.",
  ["IV. KINH PHÍ THỰC HIỆN", "Ủy ban nhân dân quận, huyện", "dự toán kinh phí"])

Q("english",
  "In the An Lao plan's distribution list (Nơi nhận), which recipients get it 'để Báo cáo' (for reporting)?",
  [("AL", "Nơi nhận: - Sở GD&ĐT (để Báo cáo); - Hội Khuyến học TP (để Báo cáo); - TT HU, HĐND huyện (để Báo cáo); - CT, PCT UBND huyện; - Các phòng, ban, ngành huyện; - Hội Khuyến học huyện; - UBND các xã, thị trấn; - Lưu: VT, GD&ĐT.")],
  "Three of the seven recipients: Sở GD&ĐT, Hội Khuyến học TP, and TT HU, HĐND huyện (the district Party committee's standing office and the district People's Council). The others (CT, PCT UBND huyện; the district offices; Hội Khuyến học huyện; UBND các xã, thị trấn) receive it without that note, plus the file copy 'Lưu: VT, GD&ĐT'.",
  ["Sở GD&ĐT", "Hội Khuyến học TP", "TT HU, HĐND huyện"])

Q("english",
  "Which body in Hanoi's plan must promote a reading culture ('văn hóa đọc') together with the Department of Culture and Sports, and what training does that body chair?",
  [("HN", "- Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc"),
   ("HN", "5. Sở Thông tin và Truyền thông"),
   ("HN", "- Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức")],
  "The Sở Thông tin và Truyền thông (section V.5) works with the Department of Culture and Sports and the Department of Education on reading culture; it chairs training courses that equip officials, public employees and workers with knowledge, skills and năng lực thông tin (information literacy).",
  ["Sở Thông tin và Truyền thông", "năng lực thông tin"])

Q("english",
  "Hue became a centrally-run city in 2025. Which resolution of its People's Council governs how the plan's money is managed and spent?",
  [("H", "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Resolution No. 16/2025/NQ-HĐND of 16 July 2025 (16 tháng 7 năm 2025) of the city People's Council, which sets the content and spending levels for the 2021–2030 learning-society scheme (section IV).",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])

Q("english",
  "Quote verbatim the sentence of An Lao's plan that says where to report difficulties.",
  [("AL", "Trong quá trình triển khai, thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết.")],
  "Verbatim (closing paragraph): “Trong quá trình triển khai, thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết.”",
  ["báo cáo Ủy ban nhân dân huyện", "qua phòng Giáo dục và Đào tạo"])

Q("english",
  "In Can Tho, the body that chairs the 'Đề án vị trí việc làm' (job-position scheme) — who does it coordinate with?",
  [("CT", "2. Sở Nội vụ Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí việc làm")],
  "It is the Sở Nội vụ (Department of Home Affairs, section V.2). It coordinates with the relevant agencies and units and with the district People's Committees (Ủy ban nhân dân quận, huyện).",
  ["Sở Nội vụ", "Ủy ban nhân dân quận, huyện"])

Q("english",
  "Answer with just the years: when does My Loc hold the interim review (sơ kết) and the final review (tổng kết) of the scheme?",
  [("ML", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "2025 (sơ kết) and 2030 (tổng kết) — section V.1.e.",
  ["2025", "2030"])

Q("english",
  "Give a 3-row table of Hanoi's 2025 literacy targets: literacy rate for ages 15-60, new literates not relapsing, and the literacy standard level.",
  [("HN", "2.1. Mục tiêu cụ thể đến năm 2025 a) Xóa mù chữ và phổ cập giáo dục - Duy trì kết quả đạt chuẩn xóa mù chữ mức độ 2. - Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ. - 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Indicator | Hanoi 2025 (section II.2.1.a)\n"
  "Literate people aged 15-60 | maintain 99,5% or more\n"
  "New literates who keep learning and do not relapse | 95%\n"
  "Literacy standard | maintain mức độ 2",
  ["99,5%", "95%", "mức độ 2"])

Q("english",
  "Just the numbers, please: Hue's 2026 targets for units recognised as 'Đơn vị học tập'.",
  [("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "At least 15 units at level 1 (mức độ 1), of which at least 05 at level 2 (section II.4).",
  ["15", "05"])

# ---------------------------------------------------------------------------------------------------------------
# 7. Follow-ups: longer conversations (4-5 turns of history) whose last question points two or more turns back
#    (to an item INSIDE an earlier assistant answer), or drifts to another plan and back; some chained/format ones.
# ---------------------------------------------------------------------------------------------------------------
G = ("a", "Xin chào! Tôi có thể giúp gì về các kế hoạch xây dựng xã hội học tập?")

Q("follow_up",
  "Quay lại cơ quan đầu tiên anh nhắc: nhóm mục tiêu mà cơ quan đó theo dõi gồm những chỉ tiêu nào?",
  [("H", "2. Về năng lực cơ bản và trình độ của người dân. - 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin. - 80% số người trong độ tuổi lao động được trang bị kỹ năng sống. - 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên."),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Cơ quan đầu tiên là Sở Nội vụ; sở này theo dõi mục tiêu về năng lực cơ bản và trình độ của người dân (mục V.3). Nhóm đó (mục II.2) gồm: 87% người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin; 80% được trang bị kỹ năng sống; 40% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.",
  ["87%", "80%", "40%", "15%"],
  h=[("u", "Ở Huế, Sở Nội vụ phải làm gì theo kế hoạch năm 2026?"),
     ("a", f"Theo mục V.3, Sở Nội vụ: (1) tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; (2) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân. {F_H}"),
     ("u", "Còn Sở Tài chính?"),
     ("a", f"Mục V.4: trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, Sở Tài chính tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước. {F_H}")])

Q("follow_up",
  "Quay lại Hà Nội: cùng năm đó, chỉ tiêu kỹ năng sống là bao nhiêu?",
  [("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Hà Nội đến năm 2030: 70% người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2.2.b).",
  ["70%"],
  h=[G,
     ("u", "Chỉ tiêu năm 2030 về năng lực thông tin của Hà Nội là bao nhiêu?"),
     ("a", f"Đến năm 2030, Hà Nội đặt chỉ tiêu 70% người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.2.b). {F_HN}"),
     ("u", "Còn ở Mỹ Lộc?"),
     ("a", f"Mỹ Lộc đến năm 2030 cũng đặt 70% người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.b). {F_ML}")])

Q("follow_up",
  "Thế còn Cần Thơ lúc nãy, bên quân sự ở đó được giao gì?",
  [("CT", "7. Bộ Chỉ huy Quân sự thành phố a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang"),
   ("CT", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Ở Cần Thơ, Bộ Chỉ huy Quân sự thành phố (mục V.7): a) chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["Bộ Chỉ huy Quân sự thành phố", "lực lượng vũ trang", "tiếng dân tộc thiểu số"],
  h=[("u", "Ở Cần Thơ ai chủ trì mở lớp xóa mù chữ cho phạm nhân?"),
     ("a", f"Công an thành phố (mục V.8), phối hợp với Sở Giáo dục và Đào tạo và UBND quận, huyện, tổ chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân. {F_CT}"),
     ("u", "Còn ở Hà Nội?"),
     ("a", f"Ở Hà Nội là Công an Thành phố, thuộc mục V.8 “Lực lượng vũ trang Thành phố”, phối hợp với Sở GD&ĐT và Sở LĐ-TB&XH. {F_HN}")])

Q("follow_up",
  "Chỉ cho tôi con số: chỉ tiêu đầu tiên tôi hỏi, ở Cần Thơ năm 2024 là bao nhiêu?",
  [("CT", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;")],
  "90% (Cần Thơ 2024, kỹ năng sống; mục II.2.b, ghi “Phần đầu đạt tỷ lệ”).",
  ["90%"],
  h=[("u", "Huế đặt bao nhiêu % người trong độ tuổi lao động có kỹ năng sống?"),
     ("a", f"80% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2, kế hoạch năm 2026). {F_H}"),
     ("u", "Còn năng lực công nghệ thông tin ở Mỹ Lộc năm 2025?"),
     ("a", f"Mỹ Lộc không có chỉ tiêu tên “năng lực công nghệ thông tin”; chỉ tiêu gần nhất là 60% số người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.a, đến năm 2025). {F_ML}")])

Q("follow_up",
  "Trong hai phòng anh vừa nêu, phòng nào được giao nghiên cứu chính sách bảo vệ cán bộ dám nghĩ dám làm?",
  [("AL", "2. Phòng Nội vụ"),
   ("AL", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu")],
  "Phòng Nội vụ (mục III.2): nghiên cứu cơ chế, chính sách khuyến khích cán bộ dám nghĩ, dám làm; chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu. Phòng Tài chính - Kế hoạch không có việc này.",
  ["Phòng Nội vụ", "miễn trừ trách nhiệm"],
  h=[("u", "Kế hoạch An Lão giao Phòng Nội vụ làm gì?"),
     ("a", f"Mục III.2: chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức; khảo sát, đánh giá chất lượng đội ngũ, xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch cán bộ; nghiên cứu cơ chế, chính sách khuyến khích và bảo vệ cán bộ. {F_AL}"),
     ("u", "Phòng Tài chính - Kế hoạch thì sao?"),
     ("a", f"Mục III.4: phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”. {F_AL}")])

Q("follow_up",
  "Văn bản cuối cùng anh liệt kê là của ai, ngày nào, để thực hiện quyết định nào?",
  [("ML", "Kế hoạch 60/KH-UBND, ngày 06/7/2020 của UBND tỉnh về việc thực hiện Quyết định số 489/QĐ-TTg của Thủ tướng Chính phủ trên địa bàn huyện Mỹ Lộc.")],
  "Đó là Kế hoạch 60/KH-UBND ngày 06/7/2020 của UBND tỉnh, thực hiện Quyết định số 489/QĐ-TTg của Thủ tướng Chính phủ trên địa bàn huyện Mỹ Lộc (mục III.1.a). Kế hoạch Mỹ Lộc không ghi ngày và nội dung của Quyết định 489.",
  ["60/KH-UBND", "06/7/2020", "489/QĐ-TTg"],
  h=[G,
     ("u", "Kế hoạch Mỹ Lộc căn cứ kế hoạch nào của tỉnh?"),
     ("a", f"Kế hoạch số 145/KH- UBND ngày 23/12//2021 (ghi như văn bản) của UBND tỉnh Nam Định về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”. {F_ML}"),
     ("u", "Mục III.1.a của Mỹ Lộc yêu cầu tuyên truyền những văn bản nào?"),
     ("a", f"Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị; Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 489/QĐ-TTg; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; và Kế hoạch 60/KH-UBND ngày 06/7/2020 của UBND tỉnh. {F_ML}")])

Q("follow_up",
  "Quay lại sở đầu tiên: sở đó phối hợp với những sở nào để triển khai văn hóa đọc?",
  [("HN", "- Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng")],
  "Sở Thông tin và Truyền thông Hà Nội phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo và các cơ quan liên quan tổ chức các hoạt động triển khai văn hóa đọc trong cộng đồng (mục V.5).",
  ["Sở Văn hóa và Thể thao", "Sở Giáo dục và Đào tạo"],
  h=[("u", "Ở Hà Nội, Sở Thông tin và Truyền thông làm gì?"),
     ("a", f"Mục V.5 có bốn việc: phối hợp với Sở GD&ĐT cung cấp thông tin, hướng dẫn báo chí tuyên truyền về Kế hoạch; hướng dẫn các cơ quan thông tấn, báo chí và Đài PT-TH Hà Nội tổ chức chuyên mục; phối hợp triển khai văn hóa đọc; chủ trì các lớp tập huấn trang bị năng lực thông tin cho cán bộ. {F_HN}"),
     ("u", "Đài Phát thanh và Truyền hình Hà Nội có mục riêng không?"),
     ("a", f"Có: mục V.12 (chung với cơ quan thông tấn, báo chí của Thành phố) — xây dựng chuyên mục và tuyên truyền về khuyến học, khuyến tài, học tập suốt đời. {F_HN}")])

Q("follow_up",
  "Gộp hai câu trả lời trên thành đúng 2 ý ngắn, vẫn giữ trích dẫn.",
  [("CT", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật."),
   ("CT", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "(1) Nguồn: ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác (mục IV). (2) Lập dự toán: các sở, ban ngành, đoàn thể liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp vào dự toán ngân sách hằng năm của đơn vị (mục IV). [003_1a817ee72b993e3e.txt]",
  ["ngân sách nhà nước", "nguồn tài trợ", "dự toán kinh phí", "Ủy ban nhân dân quận, huyện"],
  h=[("u", "Kinh phí kế hoạch Cần Thơ năm 2024 lấy từ đâu?"),
     ("a", f"Theo mục IV: kinh phí được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật. {F_CT}"),
     ("u", "Ai lập dự toán?"),
     ("a", f"Cũng mục IV: căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp trong dự toán ngân sách hằng năm của đơn vị trình cấp có thẩm quyền phê duyệt. {F_CT}")])

Q("follow_up",
  "Thế ở Tây Đô năm 2024 chỉ tiêu tương ứng là bao nhiêu?",
  [("CT", T_CT),
   ("CT", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố;")],
  "Tây Đô là Cần Thơ: năm 2024 “Phần đầu” (phấn đấu) đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố (mục II.2.b). Cần Thơ tính bằng tỷ lệ %, còn Huế tính bằng số đơn vị.",
  ["Cần Thơ", "55,55%"],
  h=[("u", "Kế hoạch năm 2026 của cố đô có chỉ tiêu “Đơn vị học tập” không?"),
     ("a", f"Có. Kế hoạch thành phố Huế năm 2026 (mục II.4): có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2. {F_H}"),
     ("u", "Ai theo dõi chỉ tiêu đó?"),
     ("a", f"Sở Giáo dục và Đào tạo (mục V.1: theo dõi, tổng hợp kết quả các mục tiêu … “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã). {F_H}")])

Q("follow_up",
  "Kế hoạch Cần Thơ có nói tới mạng lưới đó không, và ở đó gọi tên là gì?",
  [("CT", "d) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành.")],
  "Có. Mục III.6.d của kế hoạch Cần Thơ: chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do UNESCO điều hành. Cần Thơ không đặt mốc đăng ký hay giao riêng cơ quan tham mưu việc này.",
  ["Thành phố học tập toàn cầu", "UNESCO"],
  h=[("u", "Thủ đô muốn gia nhập mạng lưới nào của UNESCO?"),
     ("a", f"Mạng lưới “Thành phố học tập” của UNESCO, “trong thời gian sớm nhất” (mục II.1, mục III.7 của kế hoạch Hà Nội). {F_HN}"),
     ("u", "Cơ quan nào tham mưu việc đăng ký?"),
     ("a", f"Sở Giáo dục và Đào tạo: chủ trì, tham mưu UBND Thành phố về kế hoạch đăng ký tham gia mạng lưới “Thành phố học tập” (mục V.1). {F_HN}")])

Q("follow_up",
  "Thế các xã gửi báo cáo cho phòng đó trước ngày nào? Sớm hơn hạn của phòng mấy ngày?",
  [("ML", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (mục V.11.d) — sớm hơn 5 ngày so với hạn 15 tháng 12 của phòng (con số 5 ngày là phép trừ, văn bản không ghi).",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"],
  h=[("u", "Ở Mỹ Lộc ai xây dựng quy chế phối hợp liên ngành?"),
     ("a", f"Phòng Giáo dục và Đào tạo (mục V.1.c): xây dựng quy chế phối hợp liên ngành giữa Phòng GD&ĐT và các phòng, ban, ngành liên quan. {F_ML}"),
     ("u", "Phòng đó báo cáo UBND huyện khi nào?"),
     ("a", f"Trước ngày 15 tháng 12 hằng năm (mục V.1.e); phòng cũng tham mưu sơ kết năm 2025, tổng kết năm 2030. {F_ML}")])

Q("follow_up",
  "Quay lại hội đầu tiên: quyết định thứ hai anh nêu phê duyệt chương trình gì?",
  [("CT", "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”")],
  "Quyết định thứ hai trong nhiệm vụ của Hội Khuyến học thành phố Cần Thơ (mục V.13) là Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022, phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”.",
  ["387/QĐ-TTg", "gia đình, dòng họ, cộng đồng, đơn vị"],
  h=[("u", "Hội Khuyến học thành phố Cần Thơ được đề nghị làm gì?"),
     ("a", f"Mục V.13: triển khai xây dựng xã hội học tập theo ba quyết định của Thủ tướng — QĐ 1373/QĐ-TTg (trọng tâm là Bộ tiêu chí đánh giá mô hình xã hội học tập các cấp), QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg. {F_CT}"),
     ("u", "Còn Hội Người cao tuổi thành phố?"),
     ("a", f"Mục V.12: hướng dẫn các cấp Hội tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục, mở rộng các hình thức học tập. {F_CT}")])

Q("follow_up",
  "Going back to the first one: which programme does that plan implement?",
  [("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” trên địa bàn thành phố Huế.")],
  "Plan No. 147/KH-UBND (17 April 2023) implements the programme “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” (promoting lifelong learning among workers in enterprises to 2030) in Huế — section V.8 of the Huế plan.",
  ["147/KH-UBND", "công nhân lao động tại các doanh nghiệp"],
  h=[("u", "What does Hue's plan ask the city Labour Federation to do?"),
     ("a", f"Section V.8: the Liên đoàn Lao động thành phố chairs, with departments and localities, the implementation of Plan No. 147/KH-UBND of 17/4/2023. {F_H}"),
     ("u", "And the Women's Union in Hanoi?"),
     ("a", f"Section V.15.d of the Hanoi plan: work with the Department of Education on communicating the plan, integrate it into the women's emulation movement, and bring illiterate women and girls in ethnic-minority areas to literacy classes. {F_HN}")])

Q("follow_up",
  "Back to Can Tho — which body leads the implementation of the plan overall?",
  [("CT", "1. Sở Giáo dục và Đào tạo a) Chủ trì, phối hợp với Thủ trưởng các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai thực hiện các nhiệm vụ của Kế hoạch;")],
  "The Sở Giáo dục và Đào tạo (Department of Education and Training) chairs, with the heads of the relevant agencies and the district People's Committees, the implementation of the plan's tasks (section V.1.a); it is also the standing office of the city steering committee.",
  ["Sở Giáo dục và Đào tạo"],
  h=[("u", "Can Tho 2024: what share of units should be recognised as 'Đơn vị học tập'?"),
     ("a", f"55,55% of units assessed and recognised as 'Đơn vị học tập' at district and city level (section II.2.b; the plan writes “Phần đầu”, i.e. aim). {F_CT}"),
     ("u", "And Hanoi by 2025?"),
     ("a", f"50% of units recognised as learning units by 2025 (section II.2.1.d), 70% by 2030. {F_HN}")])

Q("follow_up",
  "Quay lại mục cuối cùng anh nói: đơn vị đó phải báo cáo gì, hạn khi nào?",
  [("HN", "- Kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định."),
   ("HN", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Mục cuối là UBND quận, huyện, thị xã (mục V.16): kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định; theo đoạn cuối kế hoạch, định kỳ hàng năm báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo).",
  ["Kiểm tra, giám sát, báo cáo tình hình", "01 tháng 12"],
  h=[("u", "Phần Tổ chức thực hiện của kế hoạch Hà Nội có bao nhiêu mục?"),
     ("a", f"16 mục, từ 1. Sở Giáo dục và Đào tạo đến 16. Ủy ban nhân dân quận, huyện, thị xã. {F_HN}"),
     ("u", "Mục 8 gồm những ai?"),
     ("a", f"Mục 8 “Lực lượng vũ trang Thành phố” gồm Công an Thành phố (lớp xóa mù chữ, đào tạo nghề cho trại viên, phạm nhân) và Bộ Tư lệnh Thủ đô (bồi dưỡng kiến thức quốc phòng, an ninh). {F_HN}")])

Q("follow_up",
  "Về lại An Lão: trung tâm đó phải tuyên truyền kết quả phong trào gắn với việc gì?",
  [("AL", "- Tuyên truyền kết quả triển khai thực hiện phong trào “Học tập suốt đời” gắn với việc tuyên truyền, phổ biến kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách của Chủ tịch Hồ Chí Minh; Quy định số 144- QĐ/TW về chuẩn mực đạo đức cách mạng")],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện An Lão (mục III.7) tuyên truyền kết quả phong trào “Học tập suốt đời” gắn với tuyên truyền, phổ biến kết quả học tập và làm theo tư tưởng, đạo đức, phong cách của Chủ tịch Hồ Chí Minh; Quy định số 144-QĐ/TW (văn bản in “144- QĐ/TW”) về chuẩn mực đạo đức cách mạng; các Nghị quyết Đại hội của Đảng.",
  ["Chủ tịch Hồ Chí Minh", "144-"],
  h=[("u", "An Lão: Trung tâm Văn hóa - Thông tin và Thể thao huyện làm gì?"),
     ("a", f"Mục III.7: thiết lập các trang thông tin, chuyên mục, chuyên trang, tăng thời lượng tuyên truyền về bài viết của Tổng Bí thư, mô hình mới, tấm gương tự học “không bao giờ cùng”; và tuyên truyền kết quả phong trào “Học tập suốt đời”. {F_AL}"),
     ("u", "Ở Mỹ Lộc trung tâm tương ứng làm gì?"),
     ("a", f"Trung tâm Văn hóa - Thể thao và Truyền thông Mỹ Lộc có hai mục: V.3 (chỉ đạo báo chí, thông tin cơ sở tuyên truyền; hỗ trợ viễn thông công ích đến năm 2030) và V.10 (chuyên trang, chuyên mục, gương điển hình). {F_ML}")])

Q("follow_up",
  "Cho vào bảng 2 cột giúp tôi, chỉ giữ những chỉ tiêu có con số.",
  [("HN", "d) Xây dựng các mô hình học tập trong xã hội - 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số. - 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập. - 70% đơn vị được công nhận là đơn vị học tập; - 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Chỉ tiêu (Hà Nội, đến năm 2030, mục II.2.2.d) | Con số\n"
  "Công dân đạt danh hiệu công dân học tập | 70%\n"
  "Công dân đạt kỹ năng số | 70%\n"
  "Gia đình, dòng họ, cộng đồng đạt danh hiệu học tập | 80%\n"
  "Đơn vị được công nhận là đơn vị học tập | 70%\n"
  "Quận, huyện, thị xã được công nhận huyện học tập | 60%\n"
  "(Dòng “Thành phố được công nhận danh hiệu “Thành phố học tập”” không có con số nên được bỏ.)",
  ["70%", "80%", "60%"],
  h=[("u", "Các chỉ tiêu mô hình học tập năm 2030 của Hà Nội là gì?"),
     ("a", f"Mục II.2.2.d: 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số; 80% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; 70% đơn vị được công nhận đơn vị học tập; 60% quận, huyện, thị xã được công nhận huyện học tập; Thành phố được công nhận danh hiệu “Thành phố học tập”. {F_HN}"),
     ("u", "ok"),
     ("a", "Dạ, anh/chị cần gì thêm ạ?")])

Q("follow_up",
  "Vậy cơ quan vừa nhắc tổ chức kiểm tra, giám sát những gì, ở đâu?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường")],
  "Sở Giáo dục và Đào tạo Huế chủ trì kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường; tổng hợp, đánh giá kết quả và tham mưu UBND thành phố (mục III.7).",
  ["công tác xây dựng xã hội học tập", "trung tâm học tập cộng đồng", "các xã, phường"],
  h=[("u", "Ở Huế, ai chủ trì thực hiện Kế hoạch 471/KH-UBND?"),
     ("a", f"Hội Khuyến học thành phố (mục V.7), về Chương trình học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị và Chương trình “Xây dựng mô hình Công dân học tập”. {F_H}"),
     ("u", "Hội đó phối hợp với ai để kiểm tra, giám sát?"),
     ("a", f"Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch (mục V.7). {F_H}")])

Q("follow_up",
  "OK, and back to Hanoi: which earlier plan does it replace?",
  [("HN", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội")],
  "The Hanoi plan replaces Plan No. 290/KH-UBND of 16/12/2021 of the Hanoi People's Committee on implementing the 2021-2030 learning-society scheme.",
  ["290/KH-UBND", "16/12/2021"],
  h=[("u", "Who signed Hanoi's plan?"),
     ("a", f"Vũ Thu Hà, for the People's Committee, on behalf of the Chairman, as Vice Chairwoman (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH). {F_HN}"),
     ("u", "And Hue's?"),
     ("a", f"Nguyễn Thanh Bình, in the same capacity (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH). {F_H}")])

Q("follow_up",
  "Còn cơ quan đứng thứ hai trong câu trả lời đầu tiên của anh thì phải làm gì?",
  [("HN", "- Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư")],
  "Cơ quan thứ hai là Bộ Tư lệnh Thủ đô (mục V.8 “Lực lượng vũ trang Thành phố”): tăng cường tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh", "người có uy tín"],
  h=[("u", "Lực lượng vũ trang Thành phố trong kế hoạch Hà Nội gồm những cơ quan nào?"),
     ("a", f"Mục V.8 gồm hai cơ quan: Công an Thành phố và Bộ Tư lệnh Thủ đô. {F_HN}"),
     ("u", "Công an Thành phố làm gì?"),
     ("a", f"Chủ trì, phối hợp với Sở GD&ĐT, Sở LĐ-TB&XH tiếp tục tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng. {F_HN}")])

Q("follow_up",
  "Thôi quay về kế hoạch Huế lúc đầu: trong danh sách tuyên truyền trọng tâm, văn bản nào của Bộ Chính trị về xóa mù chữ cho người lớn?",
  [("H", "+ Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị về công tác phổ cập giáo dục, giáo dục bắt buộc, xóa mù chữ cho người lớn")],
  "Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị về công tác phổ cập giáo dục, giáo dục bắt buộc, xóa mù chữ cho người lớn và đẩy mạnh phân luồng học sinh (mục III.2 kế hoạch Huế).",
  ["29-CT/TW", "05 tháng 01 năm 2024"],
  h=[G,
     ("u", "Kế hoạch Huế yêu cầu tuyên truyền trọng tâm những văn bản nào?"),
     ("a", f"Mục III.2 liệt kê các văn bản “trọng tâm là”: Kết luận 49-KL/TW, Chỉ thị 29-CT/TW, Chỉ thị 14/CT-TTg, các Quyết định 1373, 387, 677, 1268, 1520, 1315 của Thủ tướng, Công văn 2430-CV/TU, Kế hoạch 336/KH-UBND và 07/KH-UBND. {F_H}"),
     ("u", "Ở An Lão có nhắc Chỉ thị 14/CT-TTg không?"),
     ("a", f"Có, ở phần Yêu cầu, nhưng ngày in là “07/6/2029” (kế hoạch Huế ghi ngày 25 tháng 5 năm 2021). {F_AL}")])

# ---------------------------------------------------------------------------------------------------------------
# 8. Unanswerable near misses.
# ---------------------------------------------------------------------------------------------------------------
NO = "Các kế hoạch đã nạp không có thông tin này. "

# 8a. Place names (nicknames, homonyms, old/new units) that fit no loaded plan.
U("Kế hoạch xây dựng xã hội học tập năm 2026 của vùng cố đô Hoa Lư đặt chỉ tiêu bao nhiêu % công dân học tập?",
  NO + "“Cố đô Hoa Lư” thuộc Ninh Bình, không phải cố đô Huế; trong năm kế hoạch đã nạp (Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão) không có kế hoạch nào của Hoa Lư hay Ninh Bình.",
  r"hoa lu|ninh binh", "all")
U("Thủ đô kháng chiến giao Sở Giáo dục và Đào tạo những nhiệm vụ gì trong kế hoạch xã hội học tập?",
  NO + "“Thủ đô kháng chiến” là Tuyên Quang (Tân Trào), không phải Hà Nội; không có kế hoạch nào của Tuyên Quang trong các kế hoạch đã nạp.",
  r"tuyen quang|tan trao", "all")
U("Thành phố ngàn hoa có chỉ tiêu bao nhiêu % trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?",
  NO + "“Thành phố ngàn hoa” là Đà Lạt (Lâm Đồng); không có kế hoạch nào của Đà Lạt hay Lâm Đồng trong năm kế hoạch đã nạp.",
  r"da lat|lam dong", "all")
U("Kế hoạch xây dựng xã hội học tập của thành phố mang tên Bác giao Công an thành phố làm gì?",
  NO + "“Thành phố mang tên Bác” là Thành phố Hồ Chí Minh; các kế hoạch đã nạp không có kế hoạch của Thành phố Hồ Chí Minh (tên Hồ Chí Minh chỉ xuất hiện trong tên Đoàn TNCS và “Chủ tịch Hồ Chí Minh”).",
  r"thanh pho ho chi minh|tp\.? ?hcm|sai gon", "all")
U("Xứ Thanh đặt mục tiêu bao nhiêu % người lao động được trang bị kỹ năng sống đến năm 2030?",
  NO + "Xứ Thanh là Thanh Hóa; không có kế hoạch của Thanh Hóa trong các kế hoạch đã nạp.",
  r"\bthanh hoa\b", "all")
U("Ở đất Tổ, Hội Khuyến học tỉnh được giao những việc gì?",
  NO + "“Đất Tổ” là Phú Thọ; không có kế hoạch nào của Phú Thọ trong năm kế hoạch đã nạp.",
  r"\bphu tho\b", "all")
U("Phố Hiến có kế hoạch xây dựng xã hội học tập năm 2025 không, hạn báo cáo là ngày nào?",
  NO + "Phố Hiến thuộc Hưng Yên; không có kế hoạch của Hưng Yên trong các kế hoạch đã nạp.",
  r"hung yen|pho hien", "all")
U("Thành phố Hoa phượng đỏ đặt chỉ tiêu bao nhiêu % người dân có kỹ năng số trong Kế hoạch 108?",
  NO + "Thành phố Hoa phượng đỏ là Hải Phòng. Kế hoạch 108/KH-UBND của Hải Phòng chỉ được kế hoạch huyện An Lão dẫn làm căn cứ, nội dung của nó không có trong kho; kế hoạch An Lão cũng không đặt chỉ tiêu phần trăm nào.",
  r"\d ?%", ["AL"])
U("Kế hoạch xây dựng xã hội học tập của vùng Tây Nguyên giao Ban Dân tộc làm gì?",
  NO + "Tây Nguyên không phải Tây Đô (Cần Thơ); không có kế hoạch nào của các tỉnh Tây Nguyên trong các kế hoạch đã nạp.",
  r"tay nguyen|dak lak|gia lai|kon tum", "all")
U("Phường Mỹ Lộc (Ninh Bình) năm 2026 đặt chỉ tiêu bao nhiêu % công dân học tập?",
  NO + "Kế hoạch đã nạp là của huyện Mỹ Lộc (tỉnh Nam Định), ban hành năm 2022, với mốc năm 2025 và 2030; nó không có chỉ tiêu năm 2026 và không có kế hoạch nào của một phường Mỹ Lộc thuộc Ninh Bình.",
  r"2026|ninh binh", ["ML"])
U("Thành phố Cần Thơ mới (sau khi nhập Sóc Trăng, Hậu Giang năm 2025) đặt chỉ tiêu gì cho năm 2026?",
  NO + "Kế hoạch Cần Thơ đã nạp là kế hoạch năm 2024 (số 74/KH-BCĐ), trước khi sáp nhập; nó không có chỉ tiêu năm 2026 và không nói về Sóc Trăng, Hậu Giang.",
  r"2026|soc trang|hau giang", ["CT"])
U("Xã Nhơn Ái ở Phong Điền (Cần Thơ) phải gửi báo cáo xây dựng xã hội học tập trước ngày nào?",
  NO + "Kế hoạch Cần Thơ năm 2024 không nêu xã nào và không giao việc cho UBND cấp xã (cấp thấp nhất được giao là UBND quận, huyện), cũng không đặt ngày hạn báo cáo.",
  r"nhon ai|phong dien|uy ban nhan dan (cac )?xa|truoc ngay", ["CT"])
U("Vùng Hà Tây cũ (nay thuộc Hà Nội) có chỉ tiêu riêng về trung tâm học tập cộng đồng không?",
  NO + "Kế hoạch Hà Nội không nhắc Hà Tây và không đặt chỉ tiêu riêng cho vùng nào; nó chỉ nói chính sách hỗ trợ “nhất là các trung tâm học tập cộng đồng ở khu vực ngoại thành, khu vực có đồng bào dân tộc thiểu số”, không có con số.",
  r"ha tay", ["HN"])
U("Kế hoạch của huyện An Lão, tỉnh Bình Định giao Phòng Nội vụ làm gì?",
  NO + "Huyện An Lão trong kho là huyện An Lão của thành phố Hải Phòng (thực hiện Kế hoạch 108 của Hải Phòng); không có kế hoạch nào của An Lão, Bình Định.",
  r"binh dinh", "all")
U("Xã Mỹ Lộc ở huyện Cần Giuộc, tỉnh Long An đặt mục tiêu gì về công dân học tập?",
  NO + "Kế hoạch Mỹ Lộc trong kho là của huyện Mỹ Lộc, tỉnh Nam Định; không có kế hoạch nào của một xã Mỹ Lộc thuộc Long An.",
  r"long an|can giuoc", "all")
U("What lifelong-learning targets does the plan for 'xứ Nghệ' (the Nghệ region) set for 2030?",
  "None of the loaded plans covers xứ Nghệ (Nghệ An, Hà Tĩnh); the five plans are for Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão.",
  r"nghe an|ha tinh|xu nghe", "all")

# 8b. Chained steps the plan does not state.
U("Hội quản lý “Quỹ học bổng Hoàng Ngân” ở Mỹ Lộc phải báo cáo về quỹ cho ai, trước ngày nào?",
  NO + "Kế hoạch giao Hội Liên hiệp Phụ nữ huyện đẩy mạnh hoạt động của “Quỹ học bổng Hoàng Ngân”, nhưng không đặt việc báo cáo về quỹ hay hạn nào cho hội.",
  r"hoang ngan.{0,300}(bao cao|truoc ngay)", ["ML"])
U("Trưởng ban Ban Chỉ đạo thành phố Cần Thơ phân công Phó trưởng ban nào phụ trách kế hoạch này?",
  NO + "Kế hoạch chỉ ghi người ký là Trưởng ban (Phó Chủ tịch UBND thành phố Nguyễn Thực Hiện) và Sở GD&ĐT là Thường trực Ban Chỉ đạo; không nêu Phó trưởng ban hay việc phân công.",
  r"pho truong ban|phan cong .{0,40}(thanh vien|pho)", ["CT"])
U("Phòng được giao xây dựng khung tiêu chí đánh giá, sàng lọc cán bộ ở An Lão phải hoàn thành việc đó trước khi nào?",
  NO + "Việc này là của Phòng Nội vụ (mục III.2), nhưng kế hoạch An Lão không đặt thời hạn cho nó (kế hoạch không có ngày hạn nào).",
  r"truoc ngay|hoan thanh (trong|truoc)|quy [1-4i]", ["AL"])
U("Cơ quan theo dõi mục tiêu năng lực cơ bản ở Huế đặt chỉ tiêu bao nhiêu % cán bộ, công chức được bồi dưỡng trong năm 2026?",
  NO + "Sở Nội vụ theo dõi mục tiêu về năng lực cơ bản và trình độ của người dân và tổ chức bồi dưỡng cán bộ, công chức, nhưng kế hoạch Huế không đặt tỷ lệ % cán bộ, công chức được bồi dưỡng.",
  r"\d+ ?% [^.;]{0,40}can bo", ["H"])
U("Ban phối hợp với Sở Giáo dục và Đào tạo Hà Nội tham mưu khen thưởng có bao nhiêu suất khen thưởng mỗi năm?",
  NO + "Ban Thi đua - Khen thưởng (Sở Nội vụ) tham mưu khen thưởng “nhân dịp sơ kết, tổng kết các giai đoạn của Đề án”; kế hoạch không nêu số suất, mức thưởng hay chu kỳ hằng năm.",
  r"suat|\d+ (tap the|ca nhan)|muc thuong", ["HN"])
U("Cơ quan chủ trì Kế hoạch 288/KH-UBND ở Huế phải báo cáo kết quả cho ai, trước ngày nào?",
  NO + "Kế hoạch giao Sở Văn hóa và Thể thao chủ trì Kế hoạch 288/KH-UBND nhưng không đặt việc báo cáo hay hạn nào cho sở này; hạn duy nhất trong kế hoạch (15/12/2026) là của UBND các xã, phường.",
  r"truoc ngay (?!15/12/2026)", ["H"])
U("Sở chủ trì trang bị năng lực thông tin cho cán bộ ở Hà Nội phải mở bao nhiêu lớp tập huấn mỗi năm?",
  NO + "Sở Thông tin và Truyền thông chủ trì các lớp tập huấn trang bị năng lực thông tin, nhưng kế hoạch không nêu số lớp hay số học viên.",
  r"\d+ (lop|khoa|hoc vien)", ["HN"])

# 8c. Answer formats asked for facts the plans do not give.
U("Liệt kê dạng bảng số tiền Huế bố trí cho từng nhiệm vụ năm 2026.",
  NO + "Mục IV của kế hoạch Huế chỉ nêu nguồn kinh phí (ngân sách nhà nước theo phân cấp, nguồn hợp pháp khác, Nghị quyết 16/2025/NQ-HĐND) mà không ghi số tiền nào.",
  r"(trieu|ty|nghin) dong|vnd|\d+\.\d{3}", ["H"])
U("Chỉ cho tôi con số: Huế năm 2026 đặt bao nhiêu % người dân có kỹ năng số?",
  NO + "Kế hoạch Huế nhắc “phát triển năng lực số” trong phong trào thi đua nhưng không đặt tỷ lệ % về kỹ năng số (các chỉ tiêu % năm 2026 là CNTT 87%, kỹ năng sống 80%, chuyên môn kỹ thuật 40%, công dân học tập 40% …).",
  r"\d+ ?% [^.;]{0,60}(ky nang so|nang luc so)\b", ["H"])
U("Trích nguyên văn đoạn kế hoạch Mỹ Lộc nói về trí tuệ nhân tạo.",
  NO + "Kế hoạch Mỹ Lộc không có đoạn nào nói về trí tuệ nhân tạo (trong năm kế hoạch chỉ An Lão nhắc “trí tuệ nhân tạo AI”).",
  r"tri tue nhan tao", ["ML"])
U("Tóm tắt trong 3 ý kết quả mà An Lão đã đạt được năm 2025.",
  NO + "Kế hoạch An Lão là văn bản giao nhiệm vụ; nó không báo cáo kết quả đã đạt được của năm nào.",
  r"ket qua dat|da dat duoc|nam 2025 (da|dat)", ["AL"])

# 8d. Structure elements the plan does not have.
U("Tóm tắt Phụ lục kèm theo kế hoạch Hà Nội.",
  NO + "Kế hoạch Hà Nội không có và không nhắc tới phụ lục nào (chỉ kế hoạch Mỹ Lộc nhắc một Phụ lục, mà nội dung cũng không có trong văn bản).",
  r"phu luc", ["HN"])
U("Mục VI (chế độ báo cáo) của kế hoạch Huế quy định những gì?",
  NO + "Kế hoạch Huế chỉ có năm mục I–V (Mục đích, yêu cầu; Mục tiêu; Nhiệm vụ và giải pháp; Kinh phí thực hiện; Tổ chức thực hiện); không có mục VI hay mục riêng về chế độ báo cáo.",
  r"(^|\s)vi\. (che do|to chuc|bao cao|dieu khoan)|che do bao cao:", ["H"])
U("Phần “Giải thích từ ngữ” của kế hoạch Cần Thơ định nghĩa “Đơn vị học tập” thế nào?",
  NO + "Kế hoạch Cần Thơ không có phần giải thích từ ngữ và không định nghĩa “Đơn vị học tập”.",
  r"giai thich tu ngu|duoc hieu la", ["CT"])
U("Trong bảng phân công nhiệm vụ kèm kế hoạch An Lão, cột thời gian hoàn thành của Phòng Nội vụ ghi gì?",
  NO + "Kế hoạch An Lão không có bảng phân công hay phụ lục; các nhiệm vụ được viết thành đoạn văn ở mục III và không có thời gian hoàn thành.",
  r"phu luc|bang phan cong|thoi gian hoan thanh", ["AL"])
U("Điều 2 của kế hoạch Mỹ Lộc quy định trách nhiệm thi hành của ai?",
  NO + "Kế hoạch Mỹ Lộc là văn bản chia theo mục La Mã (I–V), không có các Điều; điều khoản thi hành kiểu “Điều 2, Điều 3” thuộc quyết định ban hành, không có trong văn bản.",
  r"dieu \d", ["ML"])
U("Mục 17 trong phần Tổ chức thực hiện của kế hoạch Hà Nội giao cho cơ quan nào?",
  NO + "Phần V của kế hoạch Hà Nội chỉ có 16 mục (mục cuối là UBND quận, huyện, thị xã); không có mục 17.",
  r"(^|\s)17\. ", ["HN"])
U("Khoản 3 của mục Kinh phí trong kế hoạch Mỹ Lộc nói gì?",
  NO + "Mục IV (“KINH PHI THỰC HIỆN”) của kế hoạch Mỹ Lộc chỉ có hai khoản (1. ngân sách nhà nước; 2. huy động tài trợ, đóng góp); không có khoản 3.",
  r"cac nguon tai tro hop phap khac\. 3\.", ["ML"])
U("Does Can Tho's 2024 plan attach an annex table of tasks and deadlines?",
  "No such annex is in the Can Tho plan: it has no Phụ lục and no task table; tasks are written in section V without deadlines.",
  r"phu luc|bang phan cong", ["CT"])

# 8e. Figures and bodies not set / not named (English and Vietnamese).
U("In Hanoi's plan, how much funding is allocated to the Ethnic Minorities Committee's national target programme?",
  "The Hanoi plan does not give any amount: Ban Dân tộc Thành phố only advises on the national target programme for ethnic-minority and mountainous areas, and section IV names funding sources without figures.",
  r"(trieu|ty|nghin) dong|vnd", ["HN"])
U("What share of Can Tho's community learning centres must be rated 'excellent' (xếp loại tốt) in 2024?",
  "The Can Tho 2024 plan sets no rating target for community learning centres; its only centre target is 90% applying ICT.",
  r"xep loai|loai tot|xuat sac", ["CT"])

# 8f. Long conversations whose pointer back lands on a gap (typed unanswerable, with a history).
U("Quay lại Hà Nội lúc đầu: chỉ tiêu đó năm 2027 là bao nhiêu?",
  NO + "Kế hoạch Hà Nội chỉ đặt mốc 2025 và 2030 (tầm nhìn 2045 không có con số); không có chỉ tiêu năm 2027 cho công dân học tập hay chỉ tiêu nào khác.",
  r"2027", ["HN"],
  h=[("u", "Hà Nội đặt bao nhiêu % công dân đạt danh hiệu công dân học tập năm 2025?"),
     ("a", f"50% công dân đạt danh hiệu công dân học tập (mục II.2.1.d); đến năm 2030 là 70%. {F_HN}"),
     ("u", "Còn Cần Thơ năm 2024?"),
     ("a", f"Kế hoạch Cần Thơ năm 2024 không đặt tỷ lệ % công dân học tập; phần mô hình học tập chỉ có 55,55% “Đơn vị học tập” và 80% “Cộng đồng học tập”. {F_CT}")])
U("Cơ quan thứ hai anh nhắc được cấp bao nhiêu tiền để làm việc đó năm 2026?",
  NO + "Kế hoạch Huế giao Sở Tài chính tham mưu bố trí kinh phí theo Luật Ngân sách Nhà nước nhưng không ghi số tiền cho sở này hay cho nhiệm vụ nào.",
  r"(trieu|ty|nghin) dong|vnd|\d+\.\d{3}", ["H"],
  h=[("u", "Ở Huế, Sở Nội vụ phải làm gì?"),
     ("a", f"Mục V.3: tổ chức thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức các cấp; theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân. {F_H}"),
     ("u", "Còn Sở Tài chính?"),
     ("a", f"Mục V.4: tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước, trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách. {F_H}")])
U("Về lại An Lão: phong trào đó đặt chỉ tiêu bao nhiêu % người dân có kỹ năng số?",
  NO + "Kế hoạch An Lão giao triển khai phong trào “Bình dân học vụ số” (phổ cập kiến thức số, kỹ năng số) nhưng không đặt chỉ tiêu phần trăm nào — cả văn bản không có con số %.",
  r"\d ?%", ["AL"],
  h=[G,
     ("u", "An Lão giao ai triển khai phong trào “Bình dân học vụ số”?"),
     ("a", f"Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân (mục III.3). {F_AL}"),
     ("u", "Mỹ Lộc có phong trào này không?"),
     ("a", f"Không; kế hoạch Mỹ Lộc (năm 2022) không nhắc “Bình dân học vụ số”. Về số hóa, Mỹ Lộc đặt chỉ tiêu cơ sở giáo dục hoạt động trên môi trường số (60% năm 2025, 80% năm 2030). {F_ML}")])
U("And back to Can Tho: what did the city actually achieve on that indicator in 2023?",
  "The Can Tho plan for 2024 sets targets only; it reports no results for 2023 or any other year.",
  r"nam 2023|ket qua dat|da dat duoc", ["CT"],
  h=[("u", "What is Can Tho's 2024 target for community learning centres using ICT?"),
     ("a", f"90% of community learning centres apply ICT in management and educational activities (section II.2.b; the plan writes “Phần đầu đạt tỷ lệ”). {F_CT}"),
     ("u", "And My Loc's for 2025?"),
     ("a", f"70% of community learning centres by 2025 (section II.2.a), 90% by 2030. {F_ML}")])
