"""Questions of set 51 (five bundled plans): cadence, groups of people, informal names for bodies, overviews,
conditionals/advice, derived figures and years-to-go. Today is 2026-12-05."""
import re

DOCS = {"HUE": "000_4550be4bb11189cd.txt", "ML": "001_7bafa58816a5de75.txt", "HN": "002_797e8de6131c77f9.txt",
        "CT": "003_1a817ee72b993e3e.txt", "AL": "004_b1b28019b71edc03.txt"}
ALL = ["HUE", "ML", "HN", "CT", "AL"]
QUESTIONS = []


def Q(type_, q, a, kf=(), ev=(), history=(), probe=None):
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    QUESTIONS.append({"type": type_, "q": q, "a": a, "kf": list(kf), "ev": list(ev), "docs": docs,
                      "history": list(history), "probe": probe})


def H(*turns):
    out = []
    for t in turns:
        role, text = t.split(": ", 1)
        out.append({"role": {"u": "user", "a": "assistant"}[role], "content": text})
    if out[-1]["role"] == "user":  # a user's "ok" / "cảm ơn" gets the assistant's short reply before the next question
        english = re.match(r"(what|how|who|which|does|is|and)\b", out[0]["content"], re.I) is not None
        out.append({"role": "assistant",
                    "content": "You're welcome. Anything else?" if english else "Dạ, anh/chị cần hỏi thêm gì ạ?"})
    return out


# ---------------------------------------------------------------- agency_tasks: informal names for bodies
Q("agency_tasks", "Bên giáo dục ở Huế được giao làm những gì trong kế hoạch năm 2026?",
  "Trong kế hoạch của Huế, \"bên giáo dục\" là Sở Giáo dục và Đào tạo (mục V.1): là cơ quan thường trực, chủ trì "
  "tổ chức thực hiện Kế hoạch; chỉ đạo các cơ sở giáo dục nghề nghiệp tăng cường hợp tác với doanh nghiệp; theo dõi, "
  "tổng hợp kết quả các mục tiêu xóa mù chữ, phổ cập giáo dục, \"Đơn vị học tập\" cấp tỉnh, \"Cộng đồng học tập\" cấp xã; "
  "kiểm tra, giám sát và định kỳ báo cáo, dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực", "định kỳ báo cáo"],
  [("HUE", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch."),
   ("HUE", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")])
Q("agency_tasks", "Mặt trận ở Cần Thơ làm gì trong kế hoạch xây dựng xã hội học tập 2024?",
  "\"Mặt trận\" là Ủy ban Mặt trận Tổ quốc Việt Nam thành phố (mục V.11.a): được đề nghị phối hợp với Sở Giáo dục và "
  "Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.",
  ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "giám sát, phản biện xã hội"],
  [("CT", "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.")])
Q("agency_tasks", "Bên công an Hà Nội có việc gì trong kế hoạch này không?",
  "Có. Ở mục V.8 \"Lực lượng vũ trang Thành phố\", Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở "
  "Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại "
  "viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.",
  ["Công an Thành phố", "xóa mù chữ", "phạm nhân"],
  [("HN", "8. Lực lượng vũ trang Thành phố"),
   ("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên")])
Q("agency_tasks", "Bên quân đội ở Hà Nội thì kế hoạch giao cho đơn vị nào, làm gì?",
  "Kế hoạch Hà Nội không có \"Bộ Chỉ huy Quân sự\"; phía quân đội là Bộ Tư lệnh Thủ đô (mục V.8 \"Lực lượng vũ trang "
  "Thành phố\"): tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, "
  "an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn "
  "giáo, già làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh"],
  [("HN", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân")])
Q("agency_tasks", "Đoàn thanh niên ở Mỹ Lộc được giao gì vậy?",
  "\"Đoàn thanh niên\" trong kế hoạch Mỹ Lộc là Đoàn TNCS Hồ Chí Minh huyện (mục V.9.c): tổ chức phối hợp, lồng ghép "
  "các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng "
  "của thanh niên; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  ["Đoàn TNCS Hồ Chí Minh huyện", "gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn"],
  [("ML", "c) Đoàn TNCS Hồ Chí Minh huyện"),
   ("ML", "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập")])
Q("agency_tasks", "Phòng văn hóa ở An Lão phải làm gì? Tôi hỏi cái phòng chứ không phải trung tâm nhé.",
  "Ở An Lão, phòng là \"Phòng Văn hóa Khoa học và Thông tin\" (mục III.3; còn \"Trung tâm Văn hóa - Thông tin và Thể "
  "thao huyện\" là mục III.7 riêng). Phòng này chủ trì tham mưu các cơ chế, chính sách thúc đẩy khoa học, công nghệ, đổi "
  "mới sáng tạo và chuyển đổi số; chủ trì tham mưu triển khai phong trào \"Bình dân học vụ số\"; tham mưu củng cố các "
  "thiết chế văn hóa, nhân rộng mô hình \"thư viện số\", \"thư viện công cộng\"; phối hợp xây dựng chuyên đề, hội thảo, "
  "cuộc thi học tập lịch sử, văn hóa.",
  ["Phòng Văn hóa Khoa học và Thông tin", "Bình dân học vụ số", "thư viện số"],
  [("AL", "3. Phòng Văn hóa Khoa học và Thông tin"),
   ("AL", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện."),
   ("AL", "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”")])
Q("agency_tasks", "Bên phụ nữ ở Cần Thơ được đề nghị làm gì?",
  "\"Bên phụ nữ\" là Hội Liên hiệp Phụ nữ thành phố (mục V.11.d): chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên "
  "truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học; thực hiện Cuộc vận động \"Xây dựng gia đình "
  "5 không 3 sạch\"; hỗ trợ gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường.",
  ["Hội Liên hiệp Phụ nữ thành phố", "cho con đi học đúng độ tuổi"],
  [("CT", "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi")])
Q("agency_tasks", "Bên tài chính ở Mỹ Lộc thì lo phần gì?",
  "Là Phòng Tài chính - Kế hoạch (mục V.5): căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh "
  "phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.",
  ["Phòng Tài chính - Kế hoạch", "bố trí kinh phí"],
  [("ML", "5. Phòng Tài chính - Kế hoạch"),
   ("ML", "tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành")])
Q("agency_tasks", "Công đoàn ở Huế có nhiệm vụ gì trong kế hoạch năm 2026?",
  "Công đoàn ở đây là Liên đoàn Lao động thành phố (mục V.8): chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực "
  "hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình \"Đẩy mạnh các hoạt động học tập suốt đời "
  "trong công nhân lao động tại các doanh nghiệp đến năm 2030\".",
  ["Liên đoàn Lao động thành phố", "147/KH-UBND", "công nhân lao động"],
  [("HUE", "8. Liên đoàn Lao động thành phố"),
   ("HUE", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")])
Q("agency_tasks", "Bên lao động ở Mỹ Lộc làm gì? Ý tôi là phòng lo dạy nghề, không phải công đoàn.",
  "Phòng lo dạy nghề là Phòng Lao động - Thương binh và Xã hội (mục V.2; công đoàn là Liên đoàn Lao động huyện, mục "
  "V.9.d): chủ trì triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ "
  "trợ học tập cho người bị thiệt thòi, yếu thế; nhân rộng mô hình đào tạo lại nghề trong doanh nghiệp; hỗ trợ đào tạo "
  "cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["Phòng Lao động - Thương binh và Xã hội", "đào tạo kỹ năng nghề nghiệp mới", "người bị thiệt thòi, yếu thế"],
  [("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
   ("ML", "triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")])
Q("agency_tasks", "Bên nội vụ ở Cần Thơ phải làm gì?",
  "Là Sở Nội vụ (mục V.2): chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, UBND quận, huyện xây dựng Đề án vị "
  "trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập.",
  ["Sở Nội vụ", "Đề án vị trí việc làm"],
  [("CT", "2. Sở Nội vụ"),
   ("CT", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")])
Q("agency_tasks", "Bên nội vụ Hà Nội được giao gì? Có phải chỉ có Sở Nội vụ không?",
  "Hà Nội giao hai mục: Sở Nội vụ (mục V.3) chủ trì tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ "
  "cán bộ công chức, viên chức, người lao động; và Ban Thi đua - Khen thưởng (Sở Nội vụ) (mục V.7) phối hợp với Sở Giáo "
  "dục và Đào tạo tham mưu khen thưởng các tập thể, cá nhân nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.",
  ["Sở Nội vụ", "tập huấn, bồi dưỡng kiến thức, kỹ năng", "Ban Thi đua - Khen thưởng (Sở Nội vụ)"],
  [("HN", "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố"),
   ("HN", "3. Sở Nội vụ"),
   ("HN", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ) Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng")])
Q("agency_tasks", "Ở Cần Thơ bên quân sự làm gì?",
  "Là Bộ Chỉ huy Quân sự thành phố (mục V.7): chủ trì đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học "
  "tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân "
  "tộc thiểu số cho lực lượng vũ trang.",
  ["Bộ Chỉ huy Quân sự thành phố", "ngoại ngữ và tiếng dân tộc thiểu số"],
  [("CT", "7. Bộ Chỉ huy Quân sự thành phố"),
   ("CT", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")])
Q("agency_tasks", "Mặt trận ở An Lão được đề nghị gì?",
  "Mục III.6 đề nghị \"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội "
  "huyện; các trường học, doanh nghiệp\" (kế hoạch ghi \"thành phố\"): tích cực vận động cán bộ, hội viên, thành viên "
  "tham gia các phong trào học tập; triển khai các mô hình \"Công dân học tập\", \"Gia đình học tập\", \"Dòng họ học "
  "tập\", \"Đơn vị học tập\"; phong trào \"Bình dân học vụ số\" trong cơ quan, đơn vị, địa phương.",
  ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "vận động cán bộ, hội viên, thành viên"],
  [("AL", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp"),
   ("AL", "Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng")])

# ---------------------------------------------------------------- agency_tasks via the plan's catch-all item (informal name, no own item)
Q("agency_tasks", "Ngành y tế ở Mỹ Lộc có phải làm gì không?",
  "Kế hoạch Mỹ Lộc không gọi tên ngành y tế và không có mục riêng cho Phòng Y tế; một phòng, ngành của huyện thuộc mục "
  "chung \"7. Các phòng, ban, ngành của huyện\": xây dựng kế hoạch cụ thể để thực hiện, lồng ghép với các chương trình, "
  "đề án khác; tuyên truyền Kế hoạch và chỉ đạo đơn vị trực thuộc cung ứng các chương trình học tập cho mọi tầng lớp nhân "
  "dân theo chức năng, nhiệm vụ của từng ban, ngành.",
  ["Các phòng, ban, ngành của huyện", "Xây dựng kế hoạch cụ thể", "cung ứng các chương trình học tập"],
  [("ML", "7. Các phòng, ban, ngành của huyện - Xây dựng kế hoạch cụ thể để thực hiện"),
   ("ML", "trách nhiệm cung ứng các chương trình học tập cho mọi tầng lớp nhân dân")])
Q("agency_tasks", "Bên tư pháp Hà Nội có nhiệm vụ gì không?",
  "Kế hoạch Hà Nội không gọi tên Sở Tư pháp; sở này thuộc mục chung \"11. Các Sở, ngành khác\": chủ động phối hợp với Sở "
  "Giáo dục và Đào tạo; tạo điều kiện cho cán bộ, công chức học tập nâng cao trình độ; cung cấp tài liệu học tập về các "
  "lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo.",
  ["Các Sở, ngành khác", "cung cấp tài liệu học tập"],
  [("HN", "11. Các Sở, ngành khác"),
   ("HN", "Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo")])
Q("agency_tasks", "Bên phụ nữ với đoàn thanh niên ở An Lão được giao gì?",
  "An Lão không có mục riêng cho Hội Phụ nữ hay Đoàn thanh niên; là tổ chức chính trị - xã hội, họ thuộc mục III.6 \"Đề "
  "nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện...\": tích "
  "cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập, triển khai các mô hình học tập và phong trào "
  "\"Bình dân học vụ số\".",
  ["các tổ chức chính trị - xã hội", "vận động cán bộ, hội viên, thành viên", "Bình dân học vụ số"],
  [("AL", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội"),
   ("AL", "Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập"),
   ("AL", "“Bình dân học vụ số” trong cơ quan, đơn vị, địa phương")])

# ---------------------------------------------------------------- target: derived figures, overviews of targets
Q("target", "Mỹ Lộc: tỷ lệ người trong độ tuổi lao động có kỹ năng sống phải tăng thêm bao nhiêu từ mốc 2025 đến 2030?",
  "Mỹ Lộc đặt 60% (mục tiêu đến năm 2025) và 80% (mục tiêu đến năm 2030) người trong độ tuổi lao động được trang bị "
  "kỹ năng sống, tức phải tăng thêm 20 điểm phần trăm (80% - 60%).",
  ["60%", "80%", "kỹ năng sống"],
  [("ML", "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("ML", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")])
Q("target", "Theo kế hoạch Hà Nội, tỷ lệ trung tâm học tập cộng đồng ứng dụng CNTT tăng bao nhiêu điểm phần trăm giữa 2025 và 2030?",
  "Hà Nội đặt 70% (đến năm 2025) và 90% (đến năm 2030) các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin "
  "trong quản lý, tổ chức hoạt động giáo dục: tăng 20 điểm phần trăm.",
  ["70%", "90%"],
  [("HN", "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ("HN", "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")])
Q("target", "Mỹ Lộc muốn tỷ lệ công dân học tập tăng từ bao nhiêu lên bao nhiêu, chênh nhau mấy điểm?",
  "Mỹ Lộc: 40% công dân đạt danh hiệu công dân học tập (đến năm 2025) lên 60% (đến năm 2030), chênh 20 điểm phần trăm.",
  ["40%", "60%", "công dân học tập"],
  [("ML", "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   ("ML", "+ 60% công dân đạt danh hiệu công dân học tập.")])
Q("target", "Hà Nội: tỷ lệ người 15-60 tuổi biết chữ năm 2030 cao hơn mốc 2025 bao nhiêu?",
  "Hà Nội: duy trì 99,5% trở lên (2025) và 99,6% (2030) người trong độ tuổi 15-60 biết chữ — cao hơn 0,1 điểm phần trăm.",
  ["99,5%", "99,6%"],
  [("HN", "- Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   ("HN", "- 99,6% người trong độ tuổi 15-60 biết chữ.")])
Q("target", "Huế năm 2026: trong 40% dân số có trình độ chuyên môn kỹ thuật thì bao nhiêu là đại học trở lên, phần còn lại bao nhiêu?",
  "Huế đặt 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ "
  "đại học trở lên; phần dưới đại học là 25% (40% - 15%; kế hoạch không ghi con số 25% này).",
  ["40%", "15%", "đại học trở lên"],
  [("HUE", "- 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")])
Q("target", "Tóm tắt mục tiêu của kế hoạch Huế năm 2026 giúp tôi, ngắn thôi.",
  "Mục II của Huế có 4 nhóm: 1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng); 2. năng lực cơ bản và trình độ của "
  "người dân (87% có năng lực công nghệ thông tin, 80% kỹ năng sống, 40% có trình độ chuyên môn kỹ thuật, trong đó 15% "
  "đại học trở lên); 3. hiệu quả các cơ sở giáo dục (100% trường đại học, cao đẳng triển khai đại học số...); 4. mô hình "
  "học tập (40% công dân học tập, ít nhất 15 \"Đơn vị học tập\" cấp tỉnh mức độ 1, 100% xã, phường đạt \"Cộng đồng học "
  "tập\" cấp xã mức độ 1).",
  ["87%", "80%", "40%", "ít nhất 15", "100% xã, phường"],
  [("HUE", "II. MỤC TIÊU 1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)."),
   ("HUE", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin. - 80% số người trong độ tuổi lao động được trang bị kỹ năng sống. - 40% dân số từ 15 tuổi trở lên"),
   ("HUE", "- 40% công dân đạt danh hiệu công dân học tập. - Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1"),
   ("HUE", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")])
Q("target", "Cần Thơ năm 2024 đặt mấy chỉ tiêu 90%? Liệt kê giúp.",
  "Năm chỉ tiêu \"phần đầu đạt tỷ lệ 90%\" (phấn đấu): người trong độ tuổi lao động có năng lực sử dụng công nghệ thông "
  "tin; người trong độ tuổi lao động có kỹ năng sống; trường đại học triển khai đại học số; cơ sở giáo dục phổ thông, "
  "thường xuyên, nghề nghiệp... học tập trên môi trường số; trung tâm học tập cộng đồng ứng dụng công nghệ thông tin.",
  ["90%", "kỹ năng sống", "đại học số", "trung tâm học tập cộng đồng"],
  [("CT", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin"),
   ("CT", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   ("CT", "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số;"),
   ("CT", "Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên"),
   ("CT", "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")])
Q("target", "Mục tiêu chung của Mỹ Lộc tóm lại là gì, đến năm nào?",
  "Mục tiêu chung: tiếp tục và tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi người dân "
  "đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại; góp phần "
  "phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao.",
  ["đến năm 2030", "cơ hội bình đẳng", "giáo dục mở"],
  [("ML", "bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại")])
Q("target", "Hà Nội: tỷ lệ quận, huyện, thị xã được công nhận huyện học tập tăng từ mốc 2025 đến 2030 là bao nhiêu điểm?",
  "40% (đến năm 2025) lên 60% (đến năm 2030) quận, huyện, thị xã được công nhận danh hiệu huyện học tập: tăng 20 điểm "
  "phần trăm.",
  ["40%", "60%", "huyện học tập"],
  [("HN", "- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập"),
   ("HN", "- 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")])
Q("target", "Mỹ Lộc: tỷ lệ dân số có trình độ đại học trở lên năm 2030 hơn năm 2025 mấy điểm?",
  "12% (mục tiêu đến năm 2025) và 15% (đến năm 2030) dân số có trình độ đại học trở lên: hơn 3 điểm phần trăm.",
  ["12%", "15%"],
  [("ML", "trong đó 12% dân số có trình độ đại học trở lên"),
   ("ML", "trong đó 15% dân số có trình độ đại học trở lên")])
Q("target", "Cần Thơ 2024: phổ cập THCS mức độ 2 và mức độ 3 mỗi mức đặt bao nhiêu phần trăm quận, huyện?",
  "Cần Thơ: 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; \"phần đầu\" (phấn đấu) có 66% quận, "
  "huyện đạt mức độ 3.",
  ["mức độ 2", "66%", "mức độ 3"],
  [("CT", "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")])

# ---------------------------------------------------------------- deadline: cadence, years to go (today 2026-12-05)
Q("deadline", "Ở Mỹ Lộc, Phòng Giáo dục và Đào tạo báo cáo UBND huyện mấy lần một năm, hạn khi nào?",
  "Mỗi năm một lần: Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo UBND huyện trước "
  "ngày 15 tháng 12 hằng năm (mục V.1.e).",
  ["trước ngày 15 tháng 12 hằng năm", "UBND huyện"],
  [("ML", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")])
Q("deadline", "Bao lâu thì Mỹ Lộc sơ kết, tổng kết Đề án một lần?",
  "Kế hoạch không đặt chu kỳ sơ kết định kỳ mà ghi hai mốc: Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ "
  "kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e).",
  ["sơ kết Đề án vào năm 2025", "tổng kết vào năm 2030"],
  [("ML", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")])
Q("deadline", "Hà Nội yêu cầu các sở, ngành báo cáo kết quả định kỳ thế nào — mấy lần mỗi năm, trước ngày nào, gửi qua đâu?",
  "Định kỳ hàng năm (một lần mỗi năm) tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua "
  "Sở Giáo dục và Đào tạo để tổng hợp).",
  ["định kỳ hàng năm", "trước ngày 01 tháng 12", "qua Sở Giáo dục và Đào tạo"],
  [("HN", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")])
Q("deadline", "Ở Cần Thơ có hoạt động nào phải làm hằng năm không?",
  "Có: \"Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam\" (mục "
  "III.1.b); ngoài ra dự toán kinh phí được tổng hợp trong kế hoạch dự toán ngân sách hàng năm của đơn vị (mục IV).",
  ["Hàng năm", "Tuần lễ hưởng ứng học tập suốt đời", "dự toán ngân sách hàng năm"],
  [("CT", "b) Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam;"),
   ("CT", "tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt")])
Q("deadline", "Hôm nay 5/12/2026, còn bao nhiêu năm nữa đến mốc tầm nhìn của kế hoạch Hà Nội?",
  "Kế hoạch Hà Nội là \"từ nay đến năm 2030, tầm nhìn đến năm 2045\": tính từ tháng 12/2026 còn khoảng 19 năm đến mốc "
  "tầm nhìn 2045 (và hơn 3 năm đến mốc 2030).",
  ["tầm nhìn đến năm 2045", "2030"],
  [("HN", "khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")])
Q("deadline", "Còn mấy ngày nữa là tới hạn xã, phường ở Huế gửi báo cáo về Sở Giáo dục?",
  "Hạn là trước ngày 15/12/2026 (mục V.9): hôm nay 05/12/2026 nên còn khoảng 10 ngày. Báo cáo gửi về Sở Giáo dục và "
  "Đào tạo để tổng hợp, báo cáo UBND thành phố.",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"],
  [("HUE", "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")])
Q("deadline", "Ở An Lão, việc tổng hợp kết quả phong trào Học tập suốt đời làm theo chu kỳ nào, ai làm?",
  "Hằng năm: Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả thực hiện phong trào \"Học tập suốt đời\", lồng ghép "
  "với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm (mục III.1).",
  ["Phòng Giáo dục và Đào tạo", "hằng năm"],
  [("AL", "1. Phòng Giáo dục và Đào tạo"),
   ("AL", "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")])
Q("deadline", "Mỹ Lộc có những việc gì phải làm hằng năm? Kể hết giúp tôi.",
  "Các dòng ghi \"hằng năm\"/\"hàng năm\": tổ chức Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt "
  "Nam hằng năm (III.1.e); Ban chỉ đạo xây dựng kế hoạch kiểm tra, giám sát hàng năm (III.8); trước ngày 30 tháng 11 "
  "hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo (III.8); xây dựng kế hoạch và dự toán kinh phí hằng năm (IV.1); xét "
  "tặng gương tự học thành tài hằng năm (V.1.đ); báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (V.1.e); xã xây "
  "dựng kế hoạch thực hiện hằng năm (V.11.a) và báo cáo trước ngày 10 tháng 12 hằng năm (V.11.d).",
  ["Tuần lễ hưởng ứng học tập suốt đời", "30 tháng 11", "15 tháng 12", "10 tháng 12", "dự toán"],
  [("ML", "e) Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm."),
   ("ML", "giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm."),
   ("ML", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("ML", "Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện"),
   ("ML", "các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập hằng năm."),
   ("ML", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
   ("ML", "a) Xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn"),
   ("ML", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo")])
Q("deadline", "Việc rà soát để mỗi xã, phường ở Huế có một trung tâm học tập cộng đồng — hạn đó qua chưa, tính đến hôm nay?",
  "Hạn để bảo đảm mỗi xã, phường có ít nhất một trung tâm là \"hoàn thành trong Quý II năm 2026\" (mục III.5); hôm nay 05/12/2026 thì hạn này đã qua (Quý II kết thúc cuối "
  "tháng 6/2026).",
  ["Quý II năm 2026", "ít nhất một trung tâm"],
  [("HUE", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")])
Q("deadline", "Ở Hà Nội, Sở Giáo dục và Đào tạo báo cáo bao lâu một lần?",
  "Hằng năm: Sở Giáo dục và Đào tạo chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức "
  "sơ kết, tổng kết (mục V.1).",
  ["báo cáo hằng năm", "sơ kết, tổng kết"],
  [("HN", "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết")])

# ---------------------------------------------------------------- funding: conditionals / advice
Q("funding", "Nếu phường ở Huế muốn có tiền để nâng cấp trung tâm học tập cộng đồng thì lấy từ nguồn nào?",
  "Theo mục V.9, UBND các xã, phường chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh "
  "phí hợp pháp khác; mục IV cũng cho phép huy động các nguồn tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, cá nhân.",
  ["cân đối, bố trí ngân sách địa phương", "huy động các nguồn kinh phí hợp pháp khác"],
  [("HUE", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác"),
   ("HUE", "đồng thời huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân")])
Q("funding", "Muốn xin kinh phí cho hoạt động khuyến học ở Mỹ Lộc thì phải làm dự toán thế nào, trình ai?",
  "Mục IV.1: hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí "
  "thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương trình cấp có "
  "thẩm quyền phê duyệt.",
  ["dự toán kinh phí", "trình cấp có thẩm quyền phê duyệt"],
  [("ML", "xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương trình cấp có thẩm quyền phê duyệt")])
Q("funding", "Nếu một hội ở An Lão muốn có kinh phí tổ chức hoạt động học tập suốt đời thì kế hoạch cho lấy từ những nguồn nào?",
  "Mục IV: kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy "
  "động từ các nguồn xã hội hóa. Phòng Tài chính - Kế hoạch phối hợp lập dự toán, báo cáo UBND huyện cân đối (mục III.4).",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"],
  [("AL", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")])
Q("funding", "Quận huyện ở Hà Nội muốn làm kế hoạch riêng thì tiền lấy đâu — thành phố cấp hay tự lo?",
  "UBND quận, huyện, thị xã tự cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch (mục "
  "V.16); mục IV: kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành.",
  ["Cân đối và bố trí kinh phí hàng năm", "theo phân cấp ngân sách hiện hành"],
  [("HN", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch."),
   ("HN", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")])
Q("funding", "Ở Huế, chi cho Đề án thì mức chi theo văn bản nào? Tôi cần để làm dự toán.",
  "Việc quản lý, sử dụng kinh phí thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng "
  "nhân dân thành phố quy định nội dung, mức chi thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021–2030\" và các "
  "quy định hiện hành (mục IV).",
  ["16/2025/NQ-HĐND", "mức chi"],
  [("HUE", "quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức chi thực hiện Đề án")])
Q("funding", "Doanh nghiệp ở Mỹ Lộc muốn lập quỹ khuyến học cho công nhân thì làm việc với bên nào?",
  "Với Liên đoàn Lao động huyện (mục V.9.d): Liên đoàn chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở "
  "trong doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, "
  "khuyến tài hỗ trợ công nhân, người lao động học tập.",
  ["Liên đoàn Lao động huyện", "thành lập quỹ khuyến học, khuyến tài"],
  [("ML", "d) Liên đoàn Lao động huyện"),
   ("ML", "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập nâng cao trình độ")])
Q("funding", "Cần Thơ: muốn xin kinh phí cho hoạt động xã hội học tập thì ai lập dự toán, gộp vào đâu?",
  "Mục IV: căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng "
  "kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp "
  "có thẩm quyền phê duyệt; nguồn là ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác.",
  ["dự toán kinh phí", "ngân sách nhà nước, nguồn tài trợ"],
  [("CT", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện"),
   ("CT", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác")])
Q("funding", "Ở Hà Nội, nếu muốn huy động thêm nguồn lực xã hội cho khuyến học thì cơ quan nào lo chính sách?",
  "Sở Tài chính (mục V.6): phối hợp với các Sở, ngành liên quan rà soát, hoàn thiện các chính sách để tăng cường huy "
  "động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["Sở Tài chính", "đa dạng hóa các nguồn lực xã hội"],
  [("HN", "6. Sở Tài chính"),
   ("HN", "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học")])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis", "Nếu cơ quan tôi ở Huế muốn được công nhận \"Đơn vị học tập\" thì đánh giá theo văn bản nào?",
  "Theo Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công "
  "nhận \"Đơn vị học tập\" cấp huyện, cấp tỉnh (mục III.5); các sở, ban, ngành tổ chức đánh giá, công nhận \"Đơn vị học "
  "tập\" đúng quy định (mục V.5).",
  ["24/2023/TT-BGDĐT", "Đơn vị học tập"],
  [("HUE", "24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh")])
Q("legal_basis", "Xã ở An Lão muốn xây dựng mô hình Cộng đồng học tập thì căn cứ thông tư nào?",
  "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận \"Cộng đồng "
  "học tập\" cấp xã, huyện, tỉnh (mục III.8).",
  ["25/2023/TT-BGDĐT", "27/12/2023"],
  [("AL", "25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh")])
Q("legal_basis", "Việc phân luồng học sinh ở Mỹ Lộc kế hoạch bảo tiếp tục làm theo những văn bản nào?",
  "Mục III.3.e: tiếp tục thực hiện Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh về thực hiện Quyết định số "
  "522/QĐ-TTg ngày 14/5/2018 (Đề án \"Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông "
  "giai đoạn 2018-2025\") và Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc.",
  ["100/KH-UBND", "522/QĐ-TTg", "945/KH- UBND"],
  [("ML", "Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh về việc thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018"),
   ("ML", "Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc")])
Q("legal_basis", "Nghị quyết 23-NQ/TU mà Hà Nội triển khai là của ai, ban hành ngày nào, về vấn đề gì?",
  "Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với công tác "
  "khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045.",
  ["16/11/2023", "Thành ủy Hà Nội", "tăng cường sự lãnh đạo của Đảng"],
  [("HN", "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học")])
Q("legal_basis", "Cán bộ chuyên trách an toàn thông tin ở Hà Nội được đào tạo theo đề án nào?",
  "Theo Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng phê duyệt Đề án \"Đào tạo và phát triển nguồn nhân lực an "
  "toàn thông tin giai đoạn 2021 – 2025\"; chỉ tiêu 2025 là 100% cán bộ chuyên trách được đào tạo.",
  ["21/QĐ-TTg", "nguồn nhân lực an toàn thông tin", "100%"],
  [("HN", "- 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin"),
   ("HN", "định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo và phát triển nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”")])
Q("legal_basis", "Cần Thơ giao Hội Khuyến học triển khai theo mấy quyết định của Thủ tướng, là những quyết định nào?",
  "Ba quyết định (mục V.13): Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 (Đề án \"Xây dựng xã hội học tập giai "
  "đoạn 2021 - 2030\"), Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 (phong trào học tập suốt đời trong gia đình, "
  "dòng họ, cộng đồng, đơn vị) và Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 (mô hình công dân học tập).",
  ["1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg"],
  [("CT", "13. Đề nghị Hội Khuyến học thành phố"),
   ("CT", "Triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   ("CT", "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
   ("CT", "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022")])

# ---------------------------------------------------------------- purpose: summaries
Q("purpose", "Tóm tắt mục đích của kế hoạch Cần Thơ năm 2024 trong vài ý.",
  "Mục I.1 của Cần Thơ: tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số "
  "1373/QĐ-TTg; củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, "
  "các ngành, các tổ chức, doanh nghiệp.",
  ["đúng tiến độ", "bộ phận chỉ đạo", "cơ chế phối hợp"],
  [("CT", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   ("CT", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây dựng cơ chế phối hợp giữa các cấp")])
Q("purpose", "Kế hoạch học tập suốt đời của An Lão nhằm những mục đích gì? Tóm tắt ngắn.",
  "Bốn gạch ở mục I.1: triển khai hiệu quả các Nghị quyết, Chỉ thị, Kết luận của Đảng, Quyết định của Chính phủ; tạo "
  "chuyển biến mạnh mẽ trong nhận thức và hành động, dần để việc \"tự học\" trở thành nhu cầu tự thân của mỗi người dân; "
  "xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập; tăng cường trách nhiệm của người đứng đầu.",
  ["nhu cầu tự thân", "môi trường khuyến khích", "người đứng đầu"],
  [("AL", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân"),
   ("AL", "- Xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập"),
   ("AL", "- Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền")])
Q("purpose", "Kế hoạch Mỹ Lộc đặt ra những yêu cầu gì khi triển khai?",
  "Ba yêu cầu (mục I.2): a) triển khai toàn diện, đồng bộ các giải pháp, góp phần nâng cao dân trí và chất lượng nguồn "
  "nhân lực; b) bảo đảm tính thiết thực, hiệu quả, đúng mục đích, linh hoạt, sáng tạo với điều kiện thực tế; c) phối hợp "
  "tích cực, đồng bộ, thống nhất, chặt chẽ giữa các ngành, các cấp, đoàn thể.",
  ["toàn diện, đồng bộ", "thiết thực, hiệu quả", "phối hợp tích cực"],
  [("ML", "a) Tổ chức triển khai toàn diện, đồng bộ các giải pháp"),
   ("ML", "b) Kế hoạch phải đảm bảo tính thiết thực, hiệu quả, đúng mục đích"),
   ("ML", "c) Cần phải có sự phối hợp tích cực, đồng bộ, thống nhất, chặt chẽ giữa các ngành")])
Q("purpose", "Mục tiêu tổng quát của Hà Nội tóm lại có mấy ý chính?",
  "Ba gạch (mục II.1): nâng cao chất lượng, hiệu quả công tác khuyến học, khuyến tài theo tinh thần Kết luận số "
  "49-KL/TW; nâng cao vai trò, trách nhiệm của người đứng đầu, huy động sức mạnh tổng hợp; đáp ứng nhu cầu học tập của "
  "nhân dân Thủ đô và phấn đấu Hà Nội gia nhập mạng lưới \"Thành phố học tập\" của UNESSCO (kế hoạch viết như vậy) trong "
  "thời gian sớm nhất.",
  ["49-KL/TW", "người đứng đầu", "Thành phố học tập"],
  [("HN", "học tập suốt đời, xây dựng xã hội học tập theo tinh thần Kết luận số 49-KL/TW"),
   ("HN", "- Nâng cao vai trò, trách nhiệm của người đứng đầu"),
   ("HN", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")])
Q("purpose", "Huế yêu cầu gì khi triển khai kế hoạch 2026? Nêu ngắn gọn.",
  "Ba yêu cầu (mục I.2): bảo đảm thiết thực, hiệu quả, đúng mục tiêu, có tính linh hoạt, sáng tạo, tránh hình thức; "
  "tăng cường phối hợp đồng bộ, thống nhất, chặt chẽ giữa các sở, ban, ngành, đoàn thể, địa phương, doanh nghiệp; các "
  "sở, ngành, hội, đoàn thể, cơ sở giáo dục quan tâm đào tạo, bồi dưỡng, tăng cường giáo dục pháp luật, kỹ năng sống.",
  ["tránh hình thức", "phối hợp đồng bộ", "giáo dục pháp luật, kỹ năng sống"],
  [("HUE", "có tính linh hoạt, sáng tạo, tránh hình thức."),
   ("HUE", "- Tăng cường sự phối hợp đồng bộ, thống nhất, chặt chẽ giữa các sở, ban, ngành"),
   ("HUE", "tăng cường giáo dục pháp luật, kỹ năng sống")])
Q("purpose", "An Lão yêu cầu cán bộ, công chức, viên chức phải thế nào trong phong trào này?",
  "Mục I.2: cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập để phục vụ tổ chức và nhân dân, "
  "đồng thời tuyên truyền, vận động gia đình và cộng đồng cùng tham gia học tập.",
  ["người nêu gương", "vận động gia đình và cộng đồng"],
  [("AL", "- Cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập để phục vụ tổ chức và nhân dân, đồng thời, tuyên truyền, vận động gia đình và cộng đồng cùng tham gia học tập.")])

# ---------------------------------------------------------------- task_section: overviews of parts and sections
Q("task_section", "Kế hoạch Cần Thơ gồm mấy phần, là những phần nào?",
  "Năm phần, đánh số La Mã: I. MỤC ĐÍCH YÊU CẦU; II. MỤC TIÊU; III. NHIỆM VỤ VÀ GIẢI PHÁP; IV. KINH PHÍ THỰC HIỆN; "
  "V. TỔ CHỨC THỰC HIỆN.",
  ["MỤC ĐÍCH YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"],
  [("CT", "I. MỤC ĐÍCH YÊU CẦU"), ("CT", "II. MỤC TIÊU"), ("CT", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
   ("CT", "IV. KINH PHÍ THỰC HIỆN"), ("CT", "V. TỔ CHỨC THỰC HIỆN")])
Q("task_section", "Kế hoạch An Lão có mấy phần? Có phần mục tiêu không?",
  "Bốn phần: I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG, GIẢI PHÁP; III. TỔ CHỨC THỰC HIỆN; IV. KINH PHÍ THỰC HIỆN. Không có "
  "phần \"Mục tiêu\" riêng (và phần kinh phí đứng sau phần tổ chức thực hiện).",
  ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ THỰC HIỆN"],
  [("AL", "I. MỤC ĐÍCH, YÊU CẦU"), ("AL", "II. NỘI DUNG, GIẢI PHÁP"), ("AL", "III. TỔ CHỨC THỰC HIỆN"),
   ("AL", "IV. KINH PHÍ THỰC HIỆN")])
Q("task_section", "Bố cục kế hoạch Mỹ Lộc thế nào? Có phụ lục không?",
  "Năm phần: I. MỤC ĐÍCH, YÊU CẦU; II. MỤC TIÊU (mục tiêu chung và mục tiêu cụ thể đến 2025, 2030); III. NHIỆM VỤ VÀ "
  "GIẢI PHÁP; IV. KINH PHI THỰC HIỆN (kế hoạch in thiếu dấu); V. TỔ CHỨC THỰC HIỆN. Cuối mục III có dòng \"(Danh mục "
  "nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)\" — phụ lục được nhắc nhưng nội dung không có trong văn bản.",
  ["MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "Phụ lục kèm theo Kế hoạch"],
  [("ML", "I. MỤC ĐÍCH, YÊU CẦU"), ("ML", "II. MỤC TIÊU"), ("ML", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
   ("ML", "IV. KINH PHI THỰC HIỆN"), ("ML", "V. TỔ CHỨC THỰC HIỆN"),
   ("ML", "(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)")])
Q("task_section", "Tóm tắt giúp phần xây dựng mô hình học tập (mục III.5) của kế hoạch Huế.",
  "Mục III.5 \"Đẩy mạnh phong trào xây dựng các mô hình học tập...\": thực hiện Thông tư 24/2023 và 25/2023 về đánh giá "
  "Đơn vị học tập, Cộng đồng học tập; tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; mở lớp bồi dưỡng ngắn hạn (kỹ năng sống, "
  "ngoại ngữ, tin học, pháp luật); rà soát hệ thống trung tâm học tập cộng đồng, mỗi xã, phường ít nhất một trung tâm, "
  "hoàn thành trong Quý II năm 2026; tập huấn đội ngũ; giao Sở Giáo dục và Đào tạo xây dựng Đề án \"Tạo môi trường học "
  "tập suốt đời và xây dựng xã hội học tập\".",
  ["khảo sát, điều tra nhu cầu học tập", "Quý II năm 2026", "Tạo môi trường học tập suốt đời"],
  [("HUE", "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả"),
   ("HUE", "- Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân"),
   ("HUE", "hoàn thành trong Quý II năm 2026"),
   ("HUE", "tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”")])
Q("task_section", "Phần hợp tác quốc tế trong kế hoạch Hà Nội nói những gì? Tóm tắt thôi.",
  "Mục III.7 \"Tăng cường hợp tác quốc tế, phấn đấu trở thành 'Thành phố học tập' của UNESCO\": kết nối, hợp tác quốc tế "
  "nhất là với UNESCO; chủ động tham gia mạng lưới \"Thành phố học tập\" của UNESCO; triển khai chương trình hợp tác quốc "
  "tế về công nghệ đào tạo mở và từ xa; vận động trí thức người Việt Nam ở nước ngoài đóng góp cho khuyến học.",
  ["Thành phố học tập", "UNESCO", "công nghệ đào tạo mở và từ xa", "người Việt Nam ở nước ngoài"],
  [("HN", "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO"),
   ("HN", "Nghiên cứu, triển khai các chương trình hợp tác quốc tế về công nghệ đào tạo mở và từ xa"),
   ("HN", "khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp")])
Q("task_section", "Mục chuyển đổi số của Mỹ Lộc (III.4) chia theo những loại cơ sở nào?",
  "Điểm a) của mục III.4 chia bốn đối tượng: Cơ sở giáo dục nghề nghiệp; Cơ sở giáo dục thường xuyên; Cơ sở giáo dục "
  "phổ thông; Các thiết chế văn hoá. Sau đó là b) chương trình giáo dục trên phát thanh, truyền hình; c) kho học liệu "
  "mở; d) tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương.",
  ["Cơ sở giáo dục nghề nghiệp", "Cơ sở giáo dục thường xuyên", "Cơ sở giáo dục phổ thông", "Các thiết chế văn hoá"],
  [("ML", "4. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   ("ML", "- Cơ sở giáo dục nghề nghiệp: Đa dạng phương thức đào tạo"),
   ("ML", "- Cơ sở giáo dục thường xuyên: Đa dạng nội dung giáo dục"),
   ("ML", "- Cơ sở giáo dục phổ thông: Đổi mới căn bản phương thức quản lý"),
   ("ML", "- Các thiết chế văn hoá: Đổi mới phương thức")])
Q("task_section", "Cần Thơ làm gì để đẩy mạnh trung tâm học tập cộng đồng? Tóm tắt mục đó.",
  "Mục III.4 có bốn điểm: a) tăng cường phối hợp, liên kết để tổ chức chương trình đào tạo, bồi dưỡng; b) tổ chức các "
  "lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề; c) huy động có hiệu quả các nguồn lực từ cộng "
  "đồng, tổ chức, cá nhân; d) nghiên cứu đổi mới mô hình trung tâm, tổ chức thí điểm để nhân rộng.",
  ["chuyển giao công nghệ và xóa mù chữ", "Huy động có hiệu quả các nguồn lực", "tổ chức thí điểm"],
  [("CT", "4. Đẩy mạnh hoạt động của trung tâm học tập cộng đồng"),
   ("CT", "b) Tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống"),
   ("CT", "c) Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức, cá nhân"),
   ("CT", "d) Nghiên cứu đổi mới mô hình trung tâm học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm")])
Q("task_section", "Phần huy động xã hội (mục III.6) của Huế gồm những ý gì?",
  "Mục III.6 \"Huy động sự tham gia, đóng góp của các tổ chức, cá nhân và toàn xã hội\" có hai gạch: đẩy mạnh xã hội hóa, "
  "thu hút các nguồn lực ngoài ngân sách nhà nước; khuyến khích cơ sở giáo dục thường xuyên, nghề nghiệp hợp tác với các "
  "trường đại học để chia sẻ học liệu điện tử, khóa học mở, dạy học từ xa, trực tuyến.",
  ["xã hội hóa", "ngoài ngân sách nhà nước", "học liệu điện tử"],
  [("HUE", "6. Huy động sự tham gia, đóng góp của các tổ chức, cá nhân và toàn xã hội"),
   ("HUE", "- Đẩy mạnh xã hội hóa trong lĩnh vực giáo dục, giáo dục thường xuyên và giáo dục nghề nghiệp; khuyến khích, thu hút các nguồn lực ngoài ngân sách nhà nước"),
   ("HUE", "kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở")])
Q("task_section", "Nếu gặp khó khăn khi triển khai kế hoạch ở An Lão thì báo cáo về đâu? Kế hoạch có dặn không?",
  "Có, ở đoạn kết: nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện (qua phòng Giáo "
  "dục và Đào tạo) để kịp thời giải quyết.",
  ["Ủy ban nhân dân huyện", "qua phòng Giáo dục và Đào tạo"],
  [("AL", "nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết.")])

# ---------------------------------------------------------------- cross_plan
T_HUE = ("HUE", "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế")
T_ML = ("ML", "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc")
T_HN = ("HN", "xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")
T_CT = ("CT", "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")
T_AL = ("AL", "xây dựng xã hội học tập trên địa bàn huyện An Lão")
Q("cross_plan", "Trong 5 kế hoạch, bản nào có nói gì cho người cao tuổi đi học?",
  "Hai bản nêu người cao tuổi là người học: kế hoạch huyện Mỹ Lộc (mục III.4.a) và kế hoạch thành phố Cần Thơ (mục "
  "III.3.a) đều đẩy mạnh đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn để lao động nông thôn, người khuyết "
  "tật, người nội trợ, người cao tuổi dễ dàng tiếp cận giáo dục nghề nghiệp. Hà Nội chỉ nhắc Hội Người cao tuổi như một "
  "tổ chức; Huế và An Lão không nêu nhóm này.",
  ["Mỹ Lộc", "Cần Thơ", "người cao tuổi"],
  [T_ML, ("ML", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp"),
   T_CT, ("CT", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận, nâng cao kỹ năng nghề nghiệp")])
Q("cross_plan", "Bên công an được giao việc ở những kế hoạch nào, mỗi nơi làm gì?",
  "Ba kế hoạch: Hà Nội — Công an Thành phố tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, "
  "phạm nhân, học viên; Cần Thơ — Công an thành phố làm đúng việc đó (\"nếu có\"); Mỹ Lộc — Công an huyện cùng Bộ Chỉ huy "
  "Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ lực lượng vũ trang. Huế và An Lão không giao cho công an.",
  ["Công an Thành phố", "Công an huyện", "phạm nhân", "ngoại ngữ"],
  [T_HN, ("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo"),
   T_CT, ("CT", "8. Công an thành phố"),
   ("CT", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có)"),
   T_ML, ("ML", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang")])
Q("cross_plan", "Kế hoạch nào có giao việc cho Ban Dân tộc?",
  "Hai kế hoạch: Hà Nội (mục V.10 Ban Dân tộc Thành phố — tham mưu Chương trình mục tiêu quốc gia phát triển vùng đồng "
  "bào dân tộc thiểu số và miền núi, tạo điều kiện cho trẻ em, người học vùng dân tộc thiểu số được học tập) và Cần Thơ "
  "(mục V.9 Ban Dân tộc — chương trình hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số).",
  ["Hà Nội", "Ban Dân tộc Thành phố", "Cần Thơ", "Ban Dân tộc"],
  [T_HN, ("HN", "10. Ban Dân tộc Thành phố"), T_CT, ("CT", "9. Ban Dân tộc"),
   ("CT", "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")])
Q("cross_plan", "Kế hoạch nào bắt báo cáo hằng năm với ngày cụ thể, kế hoạch nào không ghi ngày?",
  "Có ngày và lặp lại hằng năm: Mỹ Lộc (trước ngày 30 tháng 11, trước ngày 10 tháng 12 và trước ngày 15 tháng 12 hằng "
  "năm) và Hà Nội (định kỳ hàng năm trước ngày 01 tháng 12). Huế là kế hoạch một năm, chỉ ghi một hạn: trước ngày "
  "15/12/2026. Cần Thơ và An Lão không ghi ngày báo cáo (An Lão chỉ ghi \"định kỳ báo cáo\", \"theo yêu cầu\").",
  ["30 tháng 11", "15 tháng 12 hằng năm", "trước ngày 01 tháng 12", "15/12/2026"],
  [("ML", "trước ngày 30 tháng 11 hằng năm gửi báo cáo"), ("ML", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
   ("HN", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12"),
   ("HUE", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")])
Q("cross_plan", "Kế hoạch nào yêu cầu tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm?",
  "Mỹ Lộc (mục III.1.e: \"Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm\") và Cần Thơ "
  "(mục III.1.b: \"Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời\"). Huế cũng nêu Tuần lễ này nhưng "
  "không ghi \"hằng năm\".",
  ["Mỹ Lộc", "Cần Thơ", "Tuần lễ hưởng ứng học tập suốt đời"],
  [T_ML, ("ML", "e) Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm."),
   T_CT, ("CT", "b) Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời"),
   ("HUE", "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời")])
Q("cross_plan", "Người khuyết tật được nhắc trong những kế hoạch nào?",
  "Ba kế hoạch: Mỹ Lộc (chính sách hỗ trợ người hết tuổi lao động, người nội trợ, người khuyết tật học tập suốt đời; "
  "Phòng LĐ-TB&XH hỗ trợ đào tạo cho người khuyết tật), Hà Nội (mục III.6 và Sở Lao động - Thương binh và Xã hội) và Cần "
  "Thơ (mục III.2.đ, III.3.a). Huế và An Lão không nêu người khuyết tật.",
  ["Mỹ Lộc", "Hà Nội", "Cần Thơ", "người khuyết tật"],
  [T_ML, ("ML", "chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   T_HN, ("HN", "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   T_CT, ("CT", "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời")])
Q("cross_plan", "Bên phụ nữ ở Mỹ Lộc và Hà Nội được giao giống hay khác nhau?",
  "Giống phần lớn: cả hai Hội Liên hiệp Phụ nữ tuyên truyền Kế hoạch trong phong trào \"Phụ nữ tích cực học tập, lao động "
  "sáng tạo, xây dựng gia đình hạnh phúc\" và vận động phụ nữ, trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ. Khác: "
  "Hà Nội nhắm phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số; Mỹ Lộc thêm \"Quỹ học bổng Hoàng Ngân\".",
  ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "vùng đồng bào dân tộc thiểu số", "Quỹ học bổng Hoàng Ngân"],
  [("ML", "e) Hội Liên hiệp Phụ nữ huyện"),
   ("ML", "phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”"),
   ("HN", "d) Hội Liên hiệp phụ nữ Thành phố"),
   ("HN", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ")])
Q("cross_plan", "Tổng quan: mỗi kế hoạch trong 5 bản áp dụng cho năm nào hay giai đoạn nào?",
  "Huế: năm 2026; Cần Thơ: năm 2024; Mỹ Lộc: giai đoạn 2021-2030; Hà Nội: từ nay đến năm 2030, tầm nhìn đến năm 2045; "
  "An Lão: tiêu đề không ghi năm hay giai đoạn (kế hoạch triển khai phong trào \"Học tập suốt đời\", căn cứ Kế hoạch 108 "
  "ngày 06/5/2025 của thành phố Hải Phòng).",
  ["năm 2026", "năm 2024", "2021-2030", "tầm nhìn đến năm 2045", "06/5/2025"],
  [T_HUE, T_CT, T_ML, T_HN, T_AL,
   ("AL", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")])

# ---------------------------------------------------------------- no_diacritics
Q("no_diacritics", "xa o My Loc phai bao cao may lan 1 nam, truoc ngay nao, gui ai",
  "Mỗi năm một lần: UBND các xã, thị trấn kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo "
  "tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp (mục V.11.d).",
  ["trước ngày 10 tháng 12 hằng năm", "Phòng Giáo dục và Đào tạo"],
  [("ML", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")])
Q("no_diacritics", "nganh giao duc o Can Tho duoc giao nhung viec gi",
  "\"Ngành giáo dục\" là Sở Giáo dục và Đào tạo (mục V.1): chủ trì triển khai các nhiệm vụ của Kế hoạch; triển khai các "
  "tiêu chí đánh giá xây dựng xã hội học tập, khung năng lực thông tin; tham mưu UBND thành phố tôn vinh, khen thưởng "
  "gương tự học thành tài; tham mưu công tác kiểm tra, đánh giá, tổng hợp, báo cáo; tổ chức sơ kết, tổng kết.",
  ["Sở Giáo dục và Đào tạo", "khung năng lực thông tin", "tự học thành tài", "sơ kết, tổng kết"],
  [("CT", "1. Sở Giáo dục và Đào tạo"),
   ("CT", "khung năng lực thông tin phục vụ học tập suốt đời cho công dân, tiêu chí công nhận quận, huyện học tập"),
   ("CT", "tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài"),
   ("CT", "tổ chức sơ kết, tổng kết các hoạt động theo quy định")])
Q("no_diacritics", "ke hoach ha noi gom may phan, ten tung phan",
  "Năm phần: I. MỤC ĐÍCH, YÊU CẦU; II. MỤC TIÊU; III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM; IV. KINH PHÍ THỰC HIỆN; V. TỔ "
  "CHỨC THỰC HIỆN.",
  ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"],
  [("HN", "I. MỤC ĐÍCH, YÊU CẦU"), ("HN", "II. MỤC TIÊU"), ("HN", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
   ("HN", "IV. KINH PHÍ THỰC HIỆN"), ("HN", "V. TỔ CHỨC THỰC HIỆN")])
Q("no_diacritics", "can tho co gi cho nguoi dan toc thieu so",
  "Cần Thơ: Ban Dân tộc triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số, tạo cơ "
  "hội cho trẻ em, người dân tộc thiểu số được tham gia học tập (V.9); tham mưu cơ chế hỗ trợ các trung tâm học tập cộng "
  "đồng ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số (III.2.d); Bộ Chỉ huy Quân sự nâng cao năng lực tiếng dân tộc "
  "thiểu số cho lực lượng vũ trang (V.7.b).",
  ["Ban Dân tộc", "vùng đồng bào dân tộc thiểu số", "tiếng dân tộc thiểu số"],
  [("CT", "9. Ban Dân tộc"),
   ("CT", "hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập"),
   ("CT", "nhất là các trung tâm học tập cộng đồng ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số"),
   ("CT", "năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang")])
Q("no_diacritics", "muc tieu chung cua Can Tho la den nam nao, tu nay con may nam",
  "Mục tiêu chung của Cần Thơ là bảo đảm đến năm 2030 mọi người dân trên địa bàn thành phố đều có cơ hội, bình đẳng "
  "tiếp cận hệ thống giáo dục mở; tính từ tháng 12/2026 còn hơn 3 năm (chỉ tiêu cụ thể của kế hoạch chỉ cho năm 2024).",
  ["đến năm 2030", "năm 2024"],
  [("CT", "bảo đảm đến năm 2030 mọi người dân trên địa bàn thành phố đều có cơ hội"),
   ("CT", "2. Mục tiêu cụ thể năm 2024")])
Q("no_diacritics", "neu muon mo lop xoa mu chu cho pham nhan o Can Tho thi lam viec voi co quan nao",
  "Với Công an thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện tổ chức các lớp học xóa mù chữ, "
  "phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam (mục V.8).",
  ["Công an thành phố", "phối hợp với Sở Giáo dục và Đào tạo", "phạm nhân"],
  [("CT", "8. Công an thành phố"),
   ("CT", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")])
Q("no_diacritics", "hue co uu tien gi cho thanh nien xuat ngu khong",
  "Có: Sở Giáo dục và Đào tạo Huế triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, trong "
  "đó ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao "
  "động yếu thế (mục V.1).",
  ["thanh niên hoàn thành nghĩa vụ quân sự", "ưu tiên"],
  [("HUE", "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội")])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation", "P.LĐTBXH Mỹ Lộc hỗ trợ đào tạo cho những đối tượng nào?",
  "Phòng Lao động - Thương binh và Xã hội Mỹ Lộc triển khai chương trình, dự án hỗ trợ đào tạo, đào tạo lại cho các đối "
  "tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động (mục V.2.c).",
  ["lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động"],
  [("ML", "đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")])
Q("abbreviation", "BCH QS TP Cần Thơ tuyên truyền về HTSĐ cho ai?",
  "Bộ Chỉ huy Quân sự thành phố chủ trì đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực "
  "lượng vũ trang, cán bộ, chiến sĩ quân đội (mục V.7.a).",
  ["Bộ Chỉ huy Quân sự thành phố", "lực lượng vũ trang, cán bộ, chiến sĩ quân đội"],
  [("CT", "7. Bộ Chỉ huy Quân sự thành phố"),
   ("CT", "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội")])
Q("abbreviation", "XHHT Huế 2026: UBND xã, phường báo cáo SGDĐT trước ngày nào?",
  "UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 "
  "(mục V.9).",
  ["trước ngày 15/12/2026", "Sở Giáo dục và Đào tạo"],
  [("HUE", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")])
Q("abbreviation", "LĐLĐ TP HN có gì cho con CN hiếu học?",
  "Liên đoàn Lao động Thành phố chỉ đạo các cấp công đoàn vận động người sử dụng lao động thành lập quỹ khuyến học, "
  "khuyến tài, hỗ trợ công nhân học tập và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo "
  "(mục V.9).",
  ["Liên đoàn Lao động Thành phố", "con công nhân, người lao động hiếu học"],
  [("HN", "9. Liên đoàn Lao động Thành phố"),
   ("HN", "hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo")])
Q("abbreviation", "Sở TT&TT HN tập huấn cho ai, về gì?",
  "Sở Thông tin và Truyền thông chủ trì tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông "
  "tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố (mục V.5).",
  ["năng lực thông tin", "cán bộ công chức, viên chức, người lao động"],
  [("HN", "5. Sở Thông tin và Truyền thông"),
   ("HN", "tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố")])
Q("abbreviation", "TTHTCĐ ở HN vùng nào được ưu tiên cơ chế hỗ trợ?",
  "Mục III.6: rà soát, xây dựng cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng, nhất là các trung tâm học tập "
  "cộng đồng ở khu vực ngoại thành, khu vực có đồng bào dân tộc thiểu số.",
  ["khu vực ngoại thành", "đồng bào dân tộc thiểu số"],
  [("HN", "nhất là các trung tâm học tập cộng đồng ở khu vực ngoại thành, khu vực có đồng bào dân tộc thiểu số")])

# ---------------------------------------------------------------- paraphrase: groups of people in other words
Q("paraphrase", "Huế có quan tâm gì tới bà con vùng núi, vùng đồng bào không?",
  "Có: tập huấn, bồi dưỡng đội ngũ làm khuyến học chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng "
  "bào dân tộc thiểu số và miền núi (III.3); và ưu tiên nâng cao chất lượng hoạt động trung tâm học tập cộng đồng tại các "
  "địa bàn đó (III.5).",
  ["vùng đồng bào dân tộc thiểu số và miền núi", "trung tâm học tập cộng đồng"],
  [("HUE", "chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi."),
   ("HUE", "ưu tiên nâng cao chất lượng hoạt động tại các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi"),
   ("HUE", "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng")])
Q("paraphrase", "Ở Hà Nội, các vị chức sắc tôn giáo, già làng, trưởng họ được kế hoạch nhắc tới để làm gì?",
  "Họ là đối tượng được nhấn mạnh khi Bộ Tư lệnh Thủ đô tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, "
  "an ninh cho mọi tầng lớp nhân dân, \"nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn "
  "giáo, già làng, trưởng họ tộc\" (mục V.8).",
  ["Bộ Tư lệnh Thủ đô", "chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc"],
  [("HN", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức"),
   ("HN", "nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")])
Q("paraphrase", "Mỹ Lộc có giúp gì mấy chị ở nhà nội trợ muốn đi học không?",
  "Có: triển khai chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi "
  "để học tập suốt đời (III.3.đ); cơ sở giáo dục nghề nghiệp đẩy mạnh đào tạo vừa làm vừa học, từ xa, tự học có hướng dẫn "
  "để người nội trợ dễ tiếp cận giáo dục nghề nghiệp (III.4.a).",
  ["người nội trợ", "vừa làm vừa học"],
  [("ML", "chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   ("ML", "Đẩy mạnh các hình thức đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn")])
Q("paraphrase", "Mấy em đoàn viên nghỉ học giữa chừng ở Cần Thơ thì ai lo kéo các em quay lại lớp?",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ (mục V.11.c): chỉ đạo Đoàn thanh niên quận, huyện nắm chắc số "
  "lượng đoàn viên, thanh thiếu niên; thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp.",
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ", "bỏ học giữa chừng"],
  [("CT", "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
   ("CT", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp")])
Q("paraphrase", "Cán bộ phường xã ở Hà Nội được khuyến khích học thêm môn gì?",
  "Mục III.8: khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ (cùng với chế độ đào tạo, bồi dưỡng "
  "bắt buộc theo vị trí việc làm).",
  ["cấp xã, phường, thị trấn", "học ngoại ngữ"],
  [("HN", "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ.")])
Q("paraphrase", "Với học sinh, sinh viên thì kế hoạch An Lão có hoạt động gì?",
  "Phòng Giáo dục và Đào tạo tuyên truyền, giáo dục học sinh, sinh viên về vai trò của học tập suốt đời trong các môn "
  "học, hoạt động giáo dục (III.1); Phòng Văn hóa Khoa học và Thông tin phối hợp xây dựng chuyên đề, hội thảo, cuộc thi "
  "thúc đẩy việc học tập lịch sử, văn hóa cho học sinh, sinh viên và nhân dân huyện (III.3).",
  ["vai trò của học tập suốt đời", "lịch sử, văn hóa"],
  [("AL", "giáo dục học sinh, sinh viên về vai trò của học tập suốt đời"),
   ("AL", "cuộc thi thúc đẩy việc học tập lịch sử, văn hóa cho học sinh, sinh viên và nhân dân huyện")])
Q("paraphrase", "Nhà nghèo ở Cần Thơ có con đi học thì hội nào giúp đỡ?",
  "Hội Liên hiệp Phụ nữ thành phố (mục V.11.d): tạo mọi điều kiện hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ "
  "em có hoàn cảnh khó khăn được đến trường.",
  ["Hội Liên hiệp Phụ nữ thành phố", "hỗ trợ tinh thần, vật chất"],
  [("CT", "Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ"),
   ("CT", "Tạo mọi điều kiện hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường")])
Q("paraphrase", "Cán bộ An Lão dám nghĩ dám làm mà làm thử không thành thì có được che chắn gì không?",
  "Có: Phòng Nội vụ nghiên cứu chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí "
  "điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu, hoặc gặp rủi ro do nguyên nhân khách quan (mục III.2).",
  ["Phòng Nội vụ", "miễn trừ trách nhiệm"],
  [("AL", "2. Phòng Nội vụ"),
   ("AL", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt")])

# ---------------------------------------------------------------- english
Q("english", "How often does Mỹ Lộc's steering committee have to draw up its inspection plan?",
  "Every year: \"Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế "
  "hoạch xây dựng xã hội học tập hàng năm\" (section III.8).",
  ["Ban chỉ đạo xây dựng xã hội học tập các cấp", "hàng năm"],
  [("ML", "- Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm.")])
Q("english", "How often does the Hà Nội plan expect departments and districts to draw up their own implementation plans?",
  "Yearly and per stage: they must \"xây dựng Kế hoạch thực hiện hằng năm và từng giai đoạn\" in line with the local "
  "socio-economic development plan (closing paragraph).",
  ["Kế hoạch thực hiện hằng năm và từng giai đoạn"],
  [("HN", "xây dựng Kế hoạch thực hiện hằng năm và từng giai đoạn phù hợp với kế hoạch phát triển kinh tế xã hội")])
Q("english", "What does the Mỹ Lộc plan offer older people?",
  "Under III.4.a, vocational education institutions expand work-study, distance learning and guided self-study so that "
  "workers, especially rural workers, people with disabilities, homemakers and older people (\"người cao tuổi\") can "
  "easily access vocational education (giáo dục nghề nghiệp) and raise their skills.",
  ["người cao tuổi", "giáo dục nghề nghiệp"],
  [("ML", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp")])
Q("english", "What does the Hà Nội plan do for ethnic minority children?",
  "The City Ethnic Affairs Committee (Ban Dân tộc Thành phố, item V.10) coordinates education and training support "
  "programmes and creates favourable conditions for children and learners in ethnic minority and mountainous areas to "
  "take part in learning (\"trẻ em, người học vùng dân tộc thiểu số và miền núi\").",
  ["Ban Dân tộc Thành phố", "trẻ em, người học vùng dân tộc thiểu số và miền núi"],
  [("HN", "10. Ban Dân tộc Thành phố"),
   ("HN", "tạo điều kiện thuận lợi cho trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập")])
Q("english", "Does the Huế plan give priority to former prisoners in vocational training?",
  "Yes. The Department of Education and Training (Sở Giáo dục và Đào tạo) runs vocational skills training for workers, "
  "giving priority to \"người chấp hành xong hình phạt tù\" (people who have served their prison sentence), young people "
  "who completed military or police service, and vulnerable worker groups (item V.1).",
  ["người chấp hành xong hình phạt tù", "Sở Giáo dục và Đào tạo"],
  [("HUE", "1. Sở Giáo dục và Đào tạo"),
   ("HUE", "ưu tiên người chấp hành xong hình phạt tù")])
Q("english", "The education people in Hà Nội — what is their role in this plan?",
  "\"The education people\" is the Department of Education and Training (Sở Giáo dục và Đào tạo, item V.1): the standing "
  "agency (\"cơ quan thường trực\") that helps the City People's Committee implement the plan, coordinates and guides "
  "implementation, leads inspection and yearly reporting, and advises on registering for the \"Thành phố học tập\" network.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực", "Thành phố học tập"],
  [("HN", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"),
   ("HN", "kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”")])
Q("english", "What does the home affairs office in An Lão have to do?",
  "The Home Affairs Office (Phòng Nội vụ, item III.2) leads in advising the district People's Committee on plans and "
  "funding for training civil servants and public employees (\"đào tạo, bồi dưỡng cán bộ, công chức, viên chức\"), surveys the quality of the staff, and studies a framework "
  "of criteria to assess and screen cadres (\"khung tiêu chí đánh giá, sàng lọc\").",
  ["Phòng Nội vụ", "đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "khung tiêu chí đánh giá, sàng lọc"],
  [("AL", "2. Phòng Nội vụ"),
   ("AL", "tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ"),
   ("AL", "Nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ")])
Q("english", "In Huế, what is the culture department responsible for?",
  "The Department of Culture and Sports (Sở Văn hóa và Thể thao, item V.2) leads Plan No. 288/KH-UBND on lifelong "
  "learning services in libraries, museums and cultural centres (\"thư viện, bảo tàng\"), trains staff of cultural and sports institutions, and "
  "directs the press and grassroots information system to promote the learning society.",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND", "thư viện, bảo tàng"],
  [("HUE", "2. Sở Văn hóa và Thể thao"),
   ("HUE", "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   ("HUE", "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng")])
Q("english", "Summarise Cần Thơ's 2024 targets for learning models.",
  "Two targets under \"Xây dựng các mô hình học tập trong xã hội\": 55,55% of units assessed and recognised as \"Đơn vị "
  "học tập\" at district and city level, and 80% recognised as \"Cộng đồng học tập\" at commune, district and city level "
  "(both written \"Phần đầu đạt tỷ lệ\", i.e. phấn đấu).",
  ["55,55%", "Đơn vị học tập", "80%", "Cộng đồng học tập"],
  [("CT", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố"),
   ("CT", "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")])
Q("english", "What are the main parts of the Huế 2026 plan?",
  "Five parts: I. MỤC ĐÍCH, YÊU CẦU (purpose, requirements); II. MỤC TIÊU (targets); III. NHIỆM VỤ VÀ GIẢI PHÁP (tasks "
  "and solutions, 7 items); IV. KINH PHÍ THỰC HIỆN (funding); V. TỔ CHỨC THỰC HIỆN (implementation, 9 bodies).",
  ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"],
  [("HUE", "I. MỤC ĐÍCH, YÊU CẦU"), ("HUE", "II. MỤC TIÊU"), ("HUE", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
   ("HUE", "IV. KINH PHÍ THỰC HIỆN"), ("HUE", "V. TỔ CHỨC THỰC HIỆN")])
Q("english", "Give me an overview of Mỹ Lộc's 2030 literacy and universal education targets.",
  "Four lines for 2030: maintain 100% of communes and towns at literacy standard level 2 (\"xóa mù chữ mức độ 2\"); "
  "maintain and improve universal preschool education (\"mầm non\") for 5-year-olds and aim at 4-year-olds; maintain 100% at "
  "universal primary education level 3 (\"tiểu học mức độ 3\"); maintain 100% at universal lower-secondary education "
  "level 3 (\"trung học cơ sở mức độ 3\").",
  ["xóa mù chữ mức độ 2", "tiểu học mức độ 3", "trung học cơ sở mức độ 3", "mầm non"],
  [("ML", "+ Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."),
   ("ML", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi"),
   ("ML", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."),
   ("ML", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")])
Q("english", "It is December 2026 now. How many years are left until Mỹ Lộc's final review of the scheme?",
  "The plan sets the final review (\"tổng kết vào năm 2030\") for 2030, with the mid-term review in 2025 (already past); "
  "from December 2026 that leaves a little over three years.",
  ["tổng kết vào năm 2030", "2025"],
  [("ML", "tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")])
Q("english", "If a company in Huế wants to support learning, how does the plan let it contribute?",
  "The plan mobilises lawful sponsorship and contributions from organisations, businesses and individuals (\"nguồn tài "
  "trợ, đóng góp hợp pháp\", section IV), encourages resources outside the state budget (III.6), and the Hội Khuyến học "
  "campaigns among businesses and donors for the Quỹ khuyến học, khuyến tài (III.4).",
  ["nguồn tài trợ, đóng góp hợp pháp", "Quỹ khuyến học, khuyến tài"],
  [("HUE", "huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân"),
   ("HUE", "quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp")])
Q("english", "By how many points should the share of Hà Nội citizens with digital skills rise from 2025 to 2030?",
  "From 50% (\"50% công dân đạt kỹ năng số\", 2025) to 70% (\"70% công dân đạt kỹ năng số\", 2030): a rise of 20 "
  "percentage points.",
  ["50% công dân đạt kỹ năng số", "70% công dân đạt kỹ năng số"],
  [("HN", "50% công dân đạt kỹ năng số"), ("HN", "70% công dân đạt kỹ năng số")])
Q("english", "Who is 'the tourism and culture side' in the Cần Thơ plan and what must it do?",
  "The Department of Culture, Sports and Tourism (Sở Văn hóa, Thể thao và Du lịch, item V.5) leads in spreading lifelong "
  "learning models in libraries, museums, cultural houses and clubs (\"thư viện, bảo tàng, nhà văn hóa, câu lạc bộ\").",
  ["Sở Văn hóa, Thể thao và Du lịch", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"],
  [("CT", "5. Sở Văn hóa, Thể thao và Du lịch"),
   ("CT", "nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ")])
Q("english", "Where do An Lão's communes send their periodic reports?",
  "To the Education and Training Office: communes \"định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và "
  "Đào tạo\", which compiles them for the district People's Committee (item III.9). The plan does not say how often.",
  ["Phòng Giáo dục và Đào tạo", "định kỳ báo cáo"],
  [("AL", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")])
Q("english", "What does the Hà Nội plan ask of the veterans', farmers', elderly and retired teachers' associations?",
  "Item V.15.e (Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố): guide their branches "
  "to organise study-promotion activities in the spirit of socialising education, and mobilise members for technology "
  "transfer, start-up support and spreading knowledge (\"chuyển giao công nghệ\").",
  ["Hội Người cao tuổi", "chuyển giao công nghệ"],
  [("HN", "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"),
   ("HN", "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp")])

# ---------------------------------------------------------------- follow_up (3-5-turn histories)
F_ML, F_HN, F_CT, F_HUE, F_AL = ("[001_7bafa58816a5de75.txt]", "[002_797e8de6131c77f9.txt]", "[003_1a817ee72b993e3e.txt]",
                                 "[000_4550be4bb11189cd.txt]", "[004_b1b28019b71edc03.txt]")
Q("follow_up", "Thế còn người cao tuổi?",
  "Mỹ Lộc nêu người cao tuổi ở mục III.4.a: cơ sở giáo dục nghề nghiệp đẩy mạnh đào tạo vừa làm vừa học, đào tạo từ xa, "
  "tự học có hướng dẫn để người lao động, đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi "
  "dễ dàng tiếp cận với giáo dục nghề nghiệp.",
  ["người cao tuổi", "giáo dục nghề nghiệp"],
  [("ML", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp")],
  H("u: Kế hoạch Mỹ Lộc có gì cho người khuyết tật?",
    f"a: Mỹ Lộc có chính sách hỗ trợ người hết tuổi lao động, người nội trợ, người khuyết tật học tập suốt đời (mục III.3.đ), và Phòng LĐ-TB&XH hỗ trợ đào tạo cho người khuyết tật (mục V.2.c) {F_ML}.",
    "u: ok"
    , "a: Anh/chị cần tra thêm nhóm nào nữa không ạ?"))
Q("follow_up", "Mấy lần một năm, hạn ngày nào?",
  "Mỗi năm một lần: tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình "
  "hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo (mục III.8).",
  ["trước ngày 30 tháng 11 hằng năm", "Phòng Giáo dục và Đào tạo"],
  [("ML", "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  H("u: Mục kiểm tra, giám sát của Mỹ Lộc nói gì?",
    f"a: Mục III.8 \"Tổ chức kiểm tra, giám sát\": thực hiện đúng chế độ thông tin, báo cáo; Ban chỉ đạo các cấp xây dựng kế hoạch kiểm tra, giám sát hàng năm; và gửi báo cáo định kỳ về Phòng Giáo dục và Đào tạo {F_ML}.",
    "u: Báo cáo định kỳ đó thì sao?"
    , "a: Báo cáo gửi về Phòng Giáo dục và Đào tạo, Thường trực Ban chỉ đạo huyện tổng hợp (mục III.8)."))
Q("follow_up", "Còn ở Hà Nội?",
  "Ở Hà Nội, Hội Khuyến học Thành phố (mục V.15.b): chỉ đạo việc lồng ghép các hoạt động tuyên truyền về Nghị quyết số 23-NQ/TU; nhân rộng "
  "các mô hình học tập (Công dân học tập, Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập); củng cố "
  "tổ chức Hội ở cơ quan, doanh nghiệp, trường học, lực lượng vũ trang; tăng cường xã hội hóa nguồn lực; phối hợp với Sở "
  "Giáo dục và Đào tạo đẩy mạnh hoạt động của trung tâm học tập cộng đồng.",
  ["Hội Khuyến học Thành phố", "lồng ghép các hoạt động tuyên truyền", "lực lượng vũ trang", "trung tâm học tập cộng đồng"],
  [("HN", "b) Hội Khuyến học Thành phố - Chỉ đạo việc lồng ghép các hoạt động tuyên truyền về Nghị quyết"),
   ("HN", "Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang"),
   ("HN", "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  H("u: Hội Khuyến học thành phố Huế được giao gì?",
    f"a: Hội Khuyến học thành phố Huế (mục V.7): chủ trì Kế hoạch số 471/KH-UBND; phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát; củng cố tổ chức Hội; theo dõi mục tiêu \"Công dân học tập\" {F_HUE}.",
    "u: cảm ơn",
    "a: Dạ, anh/chị cần so sánh với địa phương nào khác không?"))
Q("follow_up", "Thế Hội Người cao tuổi có được giao gì không?",
  "Có, Cần Thơ có mục riêng V.12 \"Đề nghị Hội Người cao tuổi thành phố\": hướng dẫn các cấp Hội phối hợp tổ chức tuyên "
  "truyền, tập huấn cho cán bộ, nhà giáo, hội viên nắm vững chủ trương khuyến học, khuyến tài; hỗ trợ ngành Giáo dục và "
  "Đào tạo nâng cao chất lượng giáo dục; mở rộng các hình thức học tập.",
  ["Hội Người cao tuổi thành phố", "hỗ trợ ngành Giáo dục và Đào tạo"],
  [("CT", "12. Đề nghị Hội Người cao tuổi thành phố"),
   ("CT", "hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường")],
  H("u: Cần Thơ có gì cho người cao tuổi đi học không?",
    f"a: Có: mục III.3.a đẩy mạnh đào tạo vừa làm vừa học, từ xa, tự học có hướng dẫn để lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ tiếp cận, nâng cao kỹ năng nghề nghiệp {F_CT}.",
    "u: ừ"))
Q("follow_up", "Còn trung tâm văn hóa thì sao?",
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện (mục III.7): thiết lập các trang thông tin, chuyên mục, chuyên trang, "
  "tăng thời lượng tuyên truyền về nội dung bài viết của Tổng Bí thư, mô hình mới, tấm gương tự học; tuyên truyền kết quả "
  "phong trào \"Học tập suốt đời\" gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
  ["Trung tâm Văn hóa - Thông tin và Thể thao huyện", "bài viết của Tổng Bí thư"],
  [("AL", "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
   ("AL", "tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư")],
  H("u: Phòng văn hóa An Lão làm gì?",
    f"a: Phòng Văn hóa Khoa học và Thông tin (mục III.3) chủ trì tham mưu phong trào \"Bình dân học vụ số\", chính sách khoa học, công nghệ, chuyển đổi số, củng cố thư viện, nhân rộng \"thư viện số\" {F_AL}.",
    "u: ok"))
Q("follow_up", "Hình như nó còn một mục nữa ở dưới phải không?",
  "Đúng. Mỹ Lộc giao cho trung tâm này hai lần: ngoài mục V.3, còn mục V.10 \"Trung tâmVăn hóa- Thể thao và truyền thông "
  "huyện\" (in liền chữ): tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương "
  "điển hình về công tác khuyến học, khuyến tài và xây dựng xã hội học tập.",
  ["Trung tâmVăn hóa- Thể thao và truyền thông huyện", "chuyên trang, chuyên mục"],
  [("ML", "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện"),
   ("ML", "xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về công tác khuyến học")],
  H("u: Trung tâm văn hóa Mỹ Lộc được giao gì?",
    f"a: Trung tâm Văn hóa - Thể thao và Truyền thông (mục V.3): chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 {F_ML}.",
    "u: cảm ơn nhé"))
Q("follow_up", "Trong phần nhiệm vụ, giải pháp có chỗ nào nói riêng về phụ nữ không?",
  "Có, mục III.8 \"Các nhiệm vụ, giải pháp khác\": nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với phổ cập "
  "nghề và giải quyết việc làm, nhất là đối với người dân tộc thiểu số và phụ nữ.",
  ["xoá mù chữ cho người lớn", "người dân tộc thiểu số và phụ nữ"],
  [("HN", "Nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với việc phổ cập nghề và giải quyết việc làm cho người lao động, nhất là đối với người dân tộc thiểu số và phụ nữ.")],
  H("u: Sở Lao động Hà Nội hỗ trợ đào tạo cho những ai?",
    f"a: Sở Lao động - Thương binh và Xã hội (mục V.2) hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động {F_HN}.",
    "u: Phụ nữ có trong đó à",
    "a: Đúng, phụ nữ nằm trong danh sách đối tượng của mục V.2."))
Q("follow_up", "Đến 2030 thì tăng thêm bao nhiêu?",
  "Đến năm 2030 Hà Nội đặt 80% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập, tăng 20 điểm phần trăm so với 60% "
  "của mốc 2025.",
  ["80%", "60%"],
  [("HN", "- 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   ("HN", "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  H("u: Hà Nội đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?",
    f"a: 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập (mục II.2.1.d) {F_HN}.",
    "u: ok"))
Q("follow_up", "Phần kinh phí nói gì?",
  "Mục IV của Cần Thơ: kinh phí được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp "
  "khác; các sở, ban ngành, đoàn thể và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp trong dự toán "
  "ngân sách hàng năm của đơn vị.",
  ["nguồn ngân sách nhà nước", "dự toán ngân sách hàng năm"],
  [("CT", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ"),
   ("CT", "tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị")],
  H("u: Kế hoạch Cần Thơ có mấy phần?",
    f"a: Năm phần: I. Mục đích yêu cầu; II. Mục tiêu; III. Nhiệm vụ và giải pháp; IV. Kinh phí thực hiện; V. Tổ chức thực hiện {F_CT}.",
    "u: Phần I nói gì",
    f"a: Phần I nêu mục đích (triển khai đúng tiến độ Quyết định 1373/QĐ-TTg, củng cố bộ phận chỉ đạo, xây dựng cơ chế phối hợp) và ba yêu cầu {F_CT}."))
Q("follow_up", "Nếu là con công nhân nhà nghèo thì quỹ đó có hỗ trợ không?",
  "Có: quỹ khuyến học, khuyến tài do công đoàn vận động thành lập còn hỗ trợ con công nhân, người lao động hiếu học có "
  "hoàn cảnh khó khăn, nghèo (mục V.9.d, Liên đoàn Lao động huyện).",
  ["con công nhân, người lao động hiếu học", "khó khăn, nghèo"],
  [("ML", "hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo")],
  H("u: Doanh nghiệp ở Mỹ Lộc muốn lập quỹ khuyến học cho công nhân thì làm với ai?",
    f"a: Với Liên đoàn Lao động huyện: công đoàn hướng dẫn công đoàn cơ sở vận động người sử dụng lao động thành lập quỹ khuyến học, khuyến tài (mục V.9.d) {F_ML}.",
    "u: hiểu rồi"))
Q("follow_up", "Thế còn mặt trận?",
  "Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên (mục V.9.a): phát động các cuộc vận động, phong trào thi đua "
  "về khuyến học, khuyến tài, xây dựng xã hội học tập sâu rộng trong huyện; phối hợp tham gia giám sát việc triển khai "
  "thực hiện Kế hoạch.",
  ["Ủy ban Mặt trận Tổ quốc huyện", "tham gia giám sát"],
  [("ML", "a) Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên phát động các cuộc vận động"),
   ("ML", "Phối hợp với với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch.")],
  H("a: Chào anh/chị, tôi có thể giúp tra cứu kế hoạch xây dựng xã hội học tập.",
    "u: Bên công an với quân sự ở Mỹ Lộc làm gì?",
    f"a: Mục V.6 giao chung Công an huyện, Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện {F_ML}."))
Q("follow_up", "And the finance department?",
  "Huế's Department of Finance (Sở Tài chính, item V.4): on the basis of proposals from agencies and the budget's "
  "balancing capacity, it advises the City People's Committee on allocating funds (\"bố trí kinh phí\") under the State "
  "Budget Law.",
  ["Sở Tài chính", "bố trí kinh phí"],
  [("HUE", "4. Sở Tài chính"),
   ("HUE", "tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước")],
  H("u: What does Huế's Department of Home Affairs do under the 2026 plan?",
    f"a: Sở Nội vụ (item V.3) carries out tasks to reach the training targets for cadres and civil servants and tracks the targets on people's basic capacities and qualifications {F_HUE}.",
    "u: thanks"))
Q("follow_up", "What about the women's union there?",
  "Cần Thơ's Women's Union (Hội Liên hiệp Phụ nữ thành phố, item V.11.d) keeps urging members to send children to school "
  "at the right age, applies the campaign \"Xây dựng gia đình 5 không 3 sạch\", and supports women's families and children "
  "in hardship so that the children can go to school.",
  ["Hội Liên hiệp Phụ nữ thành phố", "5 không 3 sạch"],
  [("CT", "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ"),
   ("CT", "Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”")],
  H("u: What must Cần Thơ's Youth Union do?",
    f"a: The Youth Union (Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ, item V.11.c) tracks the number of members of school age and brings drop-outs back to class {F_CT}.",
    "u: ok"))
Q("follow_up", "Mấy lần một năm phải lập dự toán?",
  "Hằng năm: UBND xã, thị trấn tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến "
  "học, khuyến tài, xây dựng xã hội học tập (mục III.9).",
  ["Tổng hợp dự toán hàng năm"],
  [("AL", "- Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học")],
  H("u: Ủy ban xã ở An Lão phải làm những gì?",
    f"a: UBND xã, thị trấn (mục III.9): xây dựng kế hoạch phong trào tại địa phương, đẩy mạnh các mô hình học tập, tăng nguồn lực cho trung tâm học tập cộng đồng, tuyên truyền, kiểm tra, báo cáo và lo ngân sách {F_AL}.",
    "u: phần ngân sách là sao"
    , "a: Xã tự tổng hợp dự toán, bố trí và phân bổ ngân sách cho công tác khuyến học tại địa phương (mục III.9)."))
Q("follow_up", "Bao lâu thì khen một lần?",
  "Kế hoạch không đặt chu kỳ cố định: Ban Thi đua - Khen thưởng phối hợp tham mưu khen thưởng nhân dịp sơ kết, tổng kết "
  "các giai đoạn của Đề án (mục V.7).",
  ["nhân dịp sơ kết, tổng kết các giai đoạn của Đề án"],
  [("HN", "xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  H("u: Ở Hà Nội ai lo khen thưởng cho tập thể, cá nhân làm tốt xã hội học tập?",
    f"a: Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu UBND Thành phố khen thưởng (mục V.7) {F_HN}.",
    "u: ok"))
Q("follow_up", "Chỉ tiêu đó năm 2026 là bao nhiêu?",
  "Huế năm 2026 đặt 40% công dân đạt danh hiệu công dân học tập (mục II.4).",
  ["40% công dân đạt danh hiệu công dân học tập"],
  [("HUE", "- 40% công dân đạt danh hiệu công dân học tập.")],
  H("u: Hội Khuyến học Huế theo dõi mục tiêu nào?",
    f"a: Hội Khuyến học thành phố theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về \"Công dân học tập\" (mục V.7) {F_HUE}.",
    "u: à"))
Q("follow_up", "Thế bên thông tin ở quận, huyện là những đơn vị nào?",
  "Sở Thông tin và Truyền thông Cần Thơ cung cấp thông tin cho báo, đài và cho Phòng Văn hóa và Thông tin, Trung tâm Văn "
  "hóa - Thể thao và Truyền thanh quận, huyện để tuyên truyền về xây dựng xã hội học tập (mục V.4).",
  ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện"],
  [("CT", "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập")],
  H("u: Sở thông tin Cần Thơ làm gì?",
    f"a: Sở Thông tin và Truyền thông (mục V.4) chỉ đạo, cung cấp thông tin cho báo, đài và các đơn vị tuyên truyền; phối hợp với Sở Giáo dục và Đào tạo triển khai chuyển đổi số {F_CT}.",
    "u: ừ"))
Q("follow_up", "Từ giờ đến mốc đó còn mấy năm?",
  "Mốc là \"đến năm 2030\" (mục V.3.b: hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030); từ tháng 12/2026 còn "
  "khoảng hơn 3 năm.",
  ["đến năm 2030", "viễn thông công ích"],
  [("ML", "thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030")],
  H("u: Trung tâm VH-TT và Truyền thông Mỹ Lộc có việc gì gắn với mốc thời gian không?",
    f"a: Có: chủ trì, phối hợp hỗ trợ cung cấp dịch vụ viễn thông công ích cho các đối tượng theo quy định, có mốc (mục V.3.b) {F_ML}.",
    "u: mốc nào"
    , "a: Kế hoạch ghi mốc năm, không ghi ngày cụ thể (mục V.3.b)."))
Q("follow_up", "And how much higher is it by 2030?",
  "Hà Nội: 50% of units recognised as learning units (\"50% đơn vị được công nhận là đơn vị học tập\") by 2025 and 70% "
  "(\"70% đơn vị được công nhận là đơn vị học tập\") by 2030 — 20 percentage points higher.",
  ["50% đơn vị được công nhận là đơn vị học tập", "70% đơn vị được công nhận là đơn vị học tập"],
  [("HN", "- 50% đơn vị được công nhận là đơn vị học tập;"), ("HN", "- 70% đơn vị được công nhận là đơn vị học tập;")],
  H("u: What is Hanoi's 2025 target for learning units?",
    f"a: 50% of units recognised as \"đơn vị học tập\" (item II.2.1.d) {F_HN}.",
    "u: ok"))
Q("follow_up", "Các hội xã hội có nằm trong mục đó không?",
  "Có: tiêu đề mục V.6 là \"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các "
  "Hội xã hội\" — cùng được đề nghị tổ chức vận động cán bộ, hội viên và Nhân dân tham gia học tập thường xuyên, học tập "
  "suốt đời.",
  ["các Hội xã hội", "vận động"],
  [("HUE", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội"),
   ("HUE", "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia")],
  H("u: mặt trận Huế làm gì trong kế hoạch 2026",
    f"a: Mục V.6 đề nghị Ủy ban MTTQ Việt Nam thành phố và các đoàn thể tổ chức vận động Nhân dân tham gia, hưởng ứng học tập suốt đời, phong trào thi đua khuyến học {F_HUE}.",
    "u: ok"))
Q("follow_up", "Các phòng, ban, ngành thì báo cáo bao lâu một lần?",
  "Kế hoạch không đặt chu kỳ cho các phòng, ban, ngành: họ \"báo cáo kết quả thực hiện phong trào theo yêu cầu\" (mục "
  "III.8).",
  ["báo cáo kết quả thực hiện phong trào theo yêu cầu"],
  [("AL", "báo cáo kết quả thực hiện phong trào theo yêu cầu")],
  H("u: Xã ở An Lão báo cáo gửi đâu?",
    f"a: Xã định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo UBND huyện (mục III.9) {F_AL}.",
    "u: ok"))
Q("follow_up", "Họ có phải kiểm tra thường xuyên không?",
  "Có: Ban Tuyên giáo Thành ủy được đề nghị chủ trì, phối hợp với Sở Giáo dục và Đào tạo thường xuyên hướng dẫn, kiểm "
  "tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch (mục V.10).",
  ["thường xuyên hướng dẫn, kiểm tra, đôn đốc"],
  [("CT", "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc")],
  H("a: Xin chào, anh/chị muốn tra kế hoạch nào?",
    "u: bên tuyên giáo ở Cần Thơ có vai trò gì",
    f"a: Ban Tuyên giáo Thành ủy (mục V.10) được đề nghị chủ trì hướng dẫn, đôn đốc triển khai Kế hoạch và chỉ đạo các cơ quan báo chí tăng cường tuyên truyền {F_CT}."))

# ---------------------------------------------------------------- unanswerable: near misses (probe = what would have to be there)


def U(q, a, rx, about, history=()):
    Q("unanswerable", q, a, [], [], history, (rx, about))


# cadence the plan does not set
U("Hội Khuyến học Huế phải báo cáo kết quả \"Công dân học tập\" mấy lần một năm?",
  "Kế hoạch Huế chỉ giao Hội Khuyến học thành phố \"theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu "
  "về 'Công dân học tập'\", không nói mấy lần một năm hay theo quý, tháng; hạn duy nhất có ngày là của xã, phường (trước "
  "15/12/2026).",
  r"hang quy|hang thang|moi quy|6 thang mot lan|sau thang|lan (mot|moi|trong) nam|\d+ lan", ["HUE"])
U("Cần Thơ bao lâu sơ kết một lần?",
  "Kế hoạch Cần Thơ chỉ giao Sở Giáo dục và Đào tạo \"tổ chức sơ kết, tổng kết các hoạt động theo quy định\", không đặt "
  "chu kỳ hay mốc năm sơ kết.",
  r"so ket (hang|moi|dinh ky|vao|giua|nam)|hang quy|6 thang|sau thang", ["CT"])
U("Xã ở An Lão báo cáo định kỳ mấy tháng một lần, hạn ngày nào?",
  "Kế hoạch An Lão chỉ ghi xã \"định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo\", không nói "
  "chu kỳ (tháng, quý, năm) hay ngày hạn.",
  r"hang quy|hang thang|6 thang|sau thang|truoc ngay|thang mot lan", ["AL"])
U("Mỹ Lộc có bắt báo cáo theo quý không, quý nào nộp?",
  "Kế hoạch Mỹ Lộc không có báo cáo quý; các hạn báo cáo đều là hằng năm (30 tháng 11, 10 tháng 12, 15 tháng 12).",
  r"hang quy|theo quy (i|ii|iii|iv)\b|quy (i|ii|iii|iv|1|2|3|4)\b|6 thang", ["ML"])
U("Ban Chỉ đạo thành phố Cần Thơ họp mấy lần một năm?",
  "Kế hoạch Cần Thơ không quy định lịch họp của Ban Chỉ đạo thành phố; chỉ nói khó khăn, vướng mắc phản ánh về Sở Giáo "
  "dục và Đào tạo (Thường trực Ban Chỉ đạo) để tham mưu Ban Chỉ đạo xem xét.",
  r"hop (ban chi dao|dinh ky|thuong ky)|phien hop|cuoc hop|hop \d", ["CT"])
U("How often must Cần Thơ's Department of Education report to the city?",
  "The Cần Thơ plan does not set a reporting frequency or date: it only asks the Department to advise the City People's "
  "Committee on inspection, assessment, compiling and reporting, and to hold reviews \"theo quy định\".",
  r"hang nam bao cao|bao cao hang nam|truoc ngay|dinh ky hang|hang quy|6 thang", ["CT"])
# groups a plan does not name
U("Kế hoạch Huế có gì cho người khuyết tật?",
  "Kế hoạch Huế không nêu người khuyết tật; gần nhất là ưu tiên đào tạo nghề cho người chấp hành xong hình phạt tù, "
  "thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và \"các nhóm lao động yếu thế\".",
  r"khuyet tat|tan tat|khiem thi", ["HUE"])
U("Huế có hoạt động gì dành riêng cho phụ nữ không?",
  "Kế hoạch Huế không có dòng nào dành riêng cho phụ nữ và không giao việc cho Hội Liên hiệp Phụ nữ (chỉ có mục chung "
  "\"các Đoàn thể chính trị - xã hội\").",
  r"phu nu", ["HUE"])
U("An Lão có chính sách gì cho người cao tuổi học tập?",
  "Kế hoạch An Lão không nêu người cao tuổi (cũng không có Hội Người cao tuổi); nó chỉ nói chung \"mọi đối tượng, mọi "
  "tầng lớp nhân dân\", \"không ai bị bỏ lại phía sau\".",
  r"cao tuoi|nguoi gia|het tuoi lao dong", ["AL"])
U("Kế hoạch An Lão có gì cho đồng bào dân tộc thiểu số?",
  "Kế hoạch An Lão không nhắc dân tộc thiểu số hay vùng đồng bào.",
  r"dan toc", ["AL"])
U("Cần Thơ có hỗ trợ học tập cho người sau cai nghiện không?",
  "Kế hoạch Cần Thơ không nêu người sau cai nghiện; nhóm gần nhất là trại viên, phạm nhân, học viên trong trại giam, cơ "
  "sở giáo dục bắt buộc, trường giáo dưỡng (Công an thành phố).",
  r"cai nghien|ma tuy|hiv", ["CT"])
U("Hà Nội có chương trình gì cho người khiếm thị học chữ nổi không?",
  "Kế hoạch Hà Nội không nêu người khiếm thị hay chữ nổi; chỉ nói chung người khuyết tật (mục III.6, V.2).",
  r"khiem thi|chu noi|nguoi mu", ["HN"])
U("Mỹ Lộc có gì cho lao động đi làm ăn xa, lao động di cư?",
  "Kế hoạch Mỹ Lộc không nêu lao động di cư hay đi làm ăn xa; các nhóm được nêu là lao động nông thôn, người khuyết tật, "
  "người dân tộc thiểu số, phụ nữ, người hết tuổi lao động, người nội trợ, người cao tuổi.",
  r"di cu|lam an xa|lao dong tu do|xuat khau lao dong", ["ML"])
U("What does the An Lão plan offer people with disabilities?",
  "Nothing specific: the An Lão plan does not mention people with disabilities; it speaks only of equal access for "
  "\"mọi đối tượng\" and \"không ai bị bỏ lại phía sau\".",
  r"khuyet tat|tan tat", ["AL"])
U("Kế hoạch Hà Nội có gì cho trẻ mồ côi không?",
  "Kế hoạch Hà Nội không nêu trẻ mồ côi; gần nhất là hỗ trợ học sinh, học viên, sinh viên có hoàn cảnh khó khăn (Đoàn "
  "Thanh niên) và con công nhân hiếu học (Liên đoàn Lao động).",
  r"mo coi", ["HN"])
# informal names for bodies the plan does not have
U("Ngành y tế ở Cần Thơ được giao gì trong kế hoạch này?",
  "Kế hoạch Cần Thơ không giao việc cho ngành y tế (không có Sở Y tế) và cũng không có mục \"các sở, ngành khác\" để "
  "xếp vào.",
  r"y te", ["CT"])
U("Bên công an ở Huế được giao gì?",
  "Kế hoạch Huế không giao việc cho công an; chữ \"công an\" chỉ xuất hiện trong \"thanh niên hoàn thành nghĩa vụ quân "
  "sự, nghĩa vụ công an\" (nhóm được ưu tiên đào tạo nghề).",
  r"cong an (thanh pho|tinh|huyen)|\d+\. cong an", ["HUE"])
U("Bên quân sự ở Huế làm gì trong kế hoạch 2026?",
  "Kế hoạch Huế không giao việc cho Bộ Chỉ huy Quân sự; \"quân sự\" chỉ có trong \"thanh niên hoàn thành nghĩa vụ quân "
  "sự\".",
  r"chi huy quan su|bo tu lenh|luc luong vu trang", ["HUE"])
U("Bên nông nghiệp ở Cần Thơ có việc gì trong kế hoạch này?",
  "Kế hoạch Cần Thơ không giao việc cho ngành nông nghiệp (không có Sở Nông nghiệp và cũng không có mục \"các sở, ngành "
  "khác\"); chỉ có Hội Nông dân thành phố (cùng Hội Cựu chiến binh, mục V.11.đ).",
  r"nong nghiep|cac so, nganh khac", ["CT"])
U("Ngành tài nguyên môi trường ở Cần Thơ được giao gì?",
  "Kế hoạch Cần Thơ không nêu ngành tài nguyên và môi trường; \"tài nguyên\" chỉ xuất hiện trong \"tài nguyên giáo dục "
  "mở\".",
  r"tai nguyen va moi truong|tai nguyen moi truong|cac so, nganh khac", ["CT"])
U("Does the Cần Thơ plan give the transport department any task?",
  "No: the Cần Thơ plan has no item for a transport department (\"giao thông\") and no catch-all item for other "
  "departments.",
  r"giao thong|cac so, nganh khac", ["CT"])
# sanctions
U("Nếu xã ở Mỹ Lộc không hoàn thành chỉ tiêu thì bị xử lý thế nào?",
  "Kế hoạch Mỹ Lộc không nói đến hình thức xử lý khi không đạt chỉ tiêu; chỉ có khen thưởng và chế độ báo cáo.",
  r"xu ly|ky luat|che tai (xu|hanh)|phe binh|khien trach", ["ML"])
U("Xã, phường ở Huế nộp báo cáo trễ hạn 15/12/2026 thì bị gì?",
  "Kế hoạch Huế không quy định hậu quả khi nộp báo cáo trễ; chỉ ghi hạn trước ngày 15/12/2026.",
  r"xu ly|ky luat|che tai|phe binh|tre han|cham tre", ["HUE"])
U("Quận, huyện Cần Thơ không đạt 55,55% đơn vị học tập thì có bị kỷ luật không?",
  "Kế hoạch Cần Thơ không quy định kỷ luật hay xử lý khi không đạt chỉ tiêu.",
  r"xu ly|ky luat|che tai|phe binh|kiem diem", ["CT"])
# places with no loaded plan
U("Tóm tắt kế hoạch xây dựng xã hội học tập của Đà Nẵng.",
  "Không có kế hoạch của Đà Nẵng trong các văn bản đã nạp (chỉ có Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão).",
  r"da nang", ALL)
U("Huyện Nam Trực báo cáo kết quả xây dựng xã hội học tập mấy lần một năm?",
  "Không có kế hoạch của huyện Nam Trực trong các văn bản đã nạp (Mỹ Lộc cùng tỉnh Nam Định có kế hoạch riêng).",
  r"nam truc", ALL)
U("Kế hoạch của huyện Thủy Nguyên có gì cho người cao tuổi?",
  "Không có kế hoạch của Thủy Nguyên trong các văn bản đã nạp (chỉ có An Lão của Hải Phòng).",
  r"thuy nguyen", ALL)
U("Give me a summary of Ho Chi Minh City's learning-society plan.",
  "There is no Ho Chi Minh City plan among the loaded documents (only Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão).",
  r"ho chi minh city|thanh pho ho chi minh|tp\.? ?hcm", ALL)
# figures for years / indicators not set
U("An Lão đặt chỉ tiêu tăng bao nhiêu phần trăm công dân học tập từ 2025 đến 2030?",
  "Kế hoạch An Lão không có chỉ tiêu phần trăm nào (không có phần Mục tiêu), nên không tính được mức tăng.",
  r"\d ?%", ["AL"])
U("Mỹ Lộc đặt chỉ tiêu cho năm 2026 là bao nhiêu phần trăm công dân học tập?",
  "Kế hoạch Mỹ Lộc chỉ có mốc 2025 (40%) và 2030 (60%), không có chỉ tiêu riêng năm 2026.",
  r"2026", ["ML"])
U("Còn bao nhiêu năm nữa đến mốc 2035 của kế hoạch Cần Thơ?",
  "Kế hoạch Cần Thơ không có mốc 2035; chỉ có chỉ tiêu năm 2024 và mục tiêu chung đến năm 2030.",
  r"2035", ["CT"])
U("Huế đặt chỉ tiêu năng lực công nghệ thông tin năm 2026 cao hơn năm 2025 bao nhiêu điểm?",
  "Kế hoạch Huế chỉ có chỉ tiêu năm 2026 (87%), không có chỉ tiêu năm 2025 để so sánh.",
  r"(nam )?2025.{0,80}\d ?%|\d ?%.{0,80}nam 2025", ["HUE"])
# summaries of documents only cited
U("Tóm tắt nội dung Thông tư 25/2023 — công nhận Cộng đồng học tập gồm mấy tiêu chí?",
  "Các kế hoạch chỉ trích dẫn tên Thông tư số 25/2023/TT-BGDĐT, không tóm tắt nội dung hay số tiêu chí của nó.",
  r"(gom|co) \d+ tieu chi|\d+ tieu chi", ["HUE", "AL"])
U("Kế hoạch 288/KH-UBND của Huế đặt những chỉ tiêu gì cho thư viện, bảo tàng?",
  "Kế hoạch Huế chỉ nêu tên Kế hoạch số 288/KH-UBND (Chương trình phục vụ học tập suốt đời trong thư viện, bảo tàng, "
  "trung tâm văn hóa) mà không nêu chỉ tiêu của nó.",
  r"\d ?%.{0,60}(thu vien|bao tang)|(thu vien|bao tang).{0,60}\d ?%", ["HUE"])
U("Summarise the targets of Hải Phòng's Plan No. 108.",
  "The An Lão plan only cites Hải Phòng's Plan No. 108/KH-UBND of 06/5/2025 as its basis; it does not summarise that "
  "plan's targets.",
  r"\d ?%", ["AL"])
# conditional / amount not given
U("Nếu muốn xin hỗ trợ từ Quỹ khuyến học ở Huế thì mức hỗ trợ mỗi người bao nhiêu tiền?",
  "Kế hoạch Huế không nêu mức hỗ trợ bằng tiền; chỉ nói quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài, công khai, "
  "minh bạch và mức chi theo Nghị quyết 16/2025/NQ-HĐND (không trích con số).",
  r"(trieu|nghin|ngan) dong|\d+\.\d{3} ?d|vnd|muc ho tro", ["HUE"])
# follow-ups that move into a gap
U("Thế còn Sở Giáo dục thì báo cáo mấy lần một năm?",
  "Kế hoạch Huế không nói: Sở Giáo dục và Đào tạo chỉ \"định kỳ báo cáo\" và dự thảo văn bản gửi Bộ, không có số lần hay "
  "ngày hạn.",
  r"hang quy|hang thang|6 thang mot lan|lan (mot|moi|trong) nam|bao cao hang nam", ["HUE"],
  H("u: Xã, phường ở Huế nộp báo cáo hạn nào?",
    "a: Trước ngày 15/12/2026, gửi về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND thành phố (mục V.9) [000_4550be4bb11189cd.txt].",
    "u: ok"))
U("Bên y tế thì sao?",
  "Kế hoạch Cần Thơ không giao việc cho ngành y tế (không có Sở Y tế, cũng không có mục \"các sở, ngành khác\").",
  r"y te|cac so, nganh khac", ["CT"],
  H("u: Ở Cần Thơ bên nội vụ làm gì?",
    "a: Sở Nội vụ xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức (mục V.2) [003_1a817ee72b993e3e.txt].",
    "u: còn bên lao động",
    "a: Sở Lao động - Thương binh và Xã hội triển khai đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động (mục V.3)."))
U("Còn Đề án đó thì hạn trình khi nào?",
  "Kế hoạch Huế giao Sở Giáo dục và Đào tạo xây dựng Đề án \"Tạo môi trường học tập suốt đời và xây dựng xã hội học tập\" "
  "trình UBND thành phố nhưng không đặt hạn trình.",
  r"tao moi truong hoc tap suot doi.{0,250}(truoc ngay|quy (i|ii|iii|iv)|thang \d+ nam|trong nam)", ["HUE"],
  H("u: Việc củng cố trung tâm học tập cộng đồng ở Huế hạn khi nào?",
    "a: Hoàn thành trong Quý II năm 2026, bảo đảm mỗi xã, phường có ít nhất một trung tâm (mục III.5) [000_4550be4bb11189cd.txt].",
    "u: ừ"))
U("Còn ở Quảng Nam thì sao?",
  "Không có kế hoạch của Quảng Nam trong các văn bản đã nạp.",
  r"quang nam", ALL,
  H("u: Hà Nội báo cáo hằng năm trước ngày nào?",
    "a: Định kỳ hàng năm, trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo) [002_797e8de6131c77f9.txt].",
    "u: ok"))

# ---------------------------------------------------------------- added in review: priority groups, conditionals
Q("paraphrase", "Những đối tượng nào được kế hoạch Huế ưu tiên?",
  "Huế ghi \"ưu tiên\" ba chỗ: ưu tiên người trong độ tuổi lao động được nâng cao trình độ, kỹ năng nghề nghiệp và kỹ "
  "năng sống (III.5); trong đào tạo kỹ năng nghề, ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa "
  "vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế (V.1); ưu tiên nâng cao chất lượng trung tâm học tập cộng "
  "đồng ở địa bàn khó khăn, vùng đồng bào dân tộc thiểu số và miền núi (III.5).",
  ["người trong độ tuổi lao động", "người chấp hành xong hình phạt tù", "vùng đồng bào dân tộc thiểu số và miền núi"],
  [("HUE", "ưu tiên người trong độ tuổi lao động được nâng cao trình độ, kỹ năng nghề nghiệp và kỹ năng sống"),
   ("HUE", "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự"),
   ("HUE", "ưu tiên nâng cao chất lượng hoạt động tại các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi")])
Q("no_diacritics", "my loc uu tien doi tuong nao duoc hoc tap nang cao trinh do",
  "Mục III.6.a của Mỹ Lộc: các phòng, ban, ngành, đoàn thể, doanh nghiệp khuyến khích người dân học tập, ưu tiên người "
  "trong độ tuổi lao động có cơ hội được học tập nâng cao trình độ, kỹ năng sống.",
  ["ưu tiên người trong độ tuổi lao động"],
  [("ML", "ưu tiên người trong độ tuổi lao động có cơ hội được học tập nâng cao trình độ, kỹ năng sống")])
Q("agency_tasks", "Nếu thư viện quận ở Hà Nội muốn làm mô hình học tập suốt đời thì sở nào chủ trì?",
  "Sở Văn hóa và Thể thao (mục V.4): chủ trì, phối hợp với các Sở, ngành, UBND quận, huyện, thị xã nhân rộng các mô hình "
  "học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…).",
  ["Sở Văn hóa và Thể thao", "thiết chế văn hóa cơ sở"],
  [("HN", "4. Sở Văn hóa và Thể thao"),
   ("HN", "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…)")])
Q("paraphrase", "Tôi là giáo viên ở trung tâm học tập cộng đồng ở Huế, kế hoạch có cho đi tập huấn không?",
  "Có: mục III.5 tăng cường tập huấn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên, báo cáo "
  "viên, cộng tác viên làm công tác tại các trung tâm học tập cộng đồng.",
  ["tập huấn, bồi dưỡng chuyên môn, nghiệp vụ", "giáo viên, báo cáo viên, cộng tác viên"],
  [("HUE", "Tăng cường công tác tập huấn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên, báo cáo viên, cộng tác viên làm công tác tại các trung tâm học tập cộng đồng")])
U("Kế hoạch Huế năm 2026 có việc nào phải làm hằng năm không?",
  "Kế hoạch Huế là kế hoạch một năm (2026) và không có dòng nào ghi \"hằng năm\"; nó chỉ ghi \"định kỳ\" (báo cáo định kỳ và "
  "đột xuất) và một hạn có ngày (trước 15/12/2026).",
  r"hang nam|moi nam", ["HUE"])
U("Cần Thơ có ưu tiên gì cho thanh niên hoàn thành nghĩa vụ quân sự không?",
  "Kế hoạch Cần Thơ không nêu thanh niên hoàn thành nghĩa vụ quân sự (nhóm này chỉ có trong kế hoạch Huế).",
  r"nghia vu quan su|xuat ngu", ["CT"])
