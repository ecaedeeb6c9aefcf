"""Shapes of held-out sets 27–30 on a plan of our own: an item asked by its number ("mục 2 phần giải pháp",
"nhiệm vụ thứ ba", "item 3 of the solutions part") or by its heading's words ("nói gì về …"), a terse English
question beside a place typed without accents, and an English answer naming the body it quotes in English —
real readers, model and index."""

from __future__ import annotations

from tests.conftest import assistant_over

_PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 10 tháng 4 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Kon Tum giai đoạn 2025 - 2030

I. MỤC TIÊU
1. Đến năm 2027
- 60% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 88% người dân tộc thiểu số trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2.
2. Đến năm 2030
- 75% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 94% người dân tộc thiểu số trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đổi mới công tác tuyên truyền
Tuyên truyền trên Đài Phát thanh - Truyền hình tỉnh về học tập suốt đời.
2. Phát triển mạng lưới thư viện cơ sở
a) Luân chuyển sách giữa thư viện tỉnh và các tủ sách làng.
b) Xây dựng 40 tủ sách cộng đồng tại các làng đồng bào dân tộc thiểu số.
3. Nâng cao hiệu quả hoạt động của các Trung tâm học tập cộng đồng
a) Mở lớp xóa mù chữ bằng song ngữ Việt - Ba Na cho người lớn.
b) Tổ chức chuyên đề trồng cà phê, sâm Ngọc Linh theo nhu cầu người dân.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 6,5 tỷ đồng từ ngân sách tỉnh.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Là cơ quan thường trực; tổng hợp báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.
2. Sở Tài chính
Tham mưu bố trí kinh phí trong dự toán ngân sách hằng năm để thực hiện Kế hoạch.
3. Sở Văn hóa, Thể thao và Du lịch
Chỉ đạo Thư viện tỉnh luân chuyển sách về các làng.
4. Ủy ban nhân dân các huyện, thành phố
Ban hành kế hoạch thực hiện trên địa bàn trước ngày 30/6/2025; báo cáo kết quả về Sở Giáo dục và Đào tạo.
5. Bộ Chỉ huy Quân sự tỉnh
Phối hợp mở lớp xóa mù chữ cho chiến sĩ và già làng ở các xã biên giới.
6. Sở Lao động - Thương binh và Xã hội
Chủ trì đào tạo nghề cho lao động nông thôn, người khuyết tật.
7. Cơ quan thông tấn, báo chí của tỉnh
Mở chuyên mục tuyên truyền về học tập suốt đời.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
A Pớt
"""


def _cited_sections(ans) -> set[str]:  # noqa: ANN001
    return {c.section for c in ans.citations}


def test_an_item_asked_by_its_number_or_its_heading_is_quoted_whole(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kontum_77.txt").write_text(_PROVINCE, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    ans = a.ask("Nội dung mục 2 phần giải pháp của Kon Tum?")
    assert not ans.refused and "40 tủ sách" in ans.answer and "Luân chuyển sách" in ans.answer
    assert all("2. Phát triển mạng lưới thư viện" in s for s in _cited_sections(ans))

    ans = a.ask("Nhiệm vụ thứ ba trong KH Kon Tum là gì?")
    assert "song ngữ Việt - Ba Na" in ans.answer and "sâm Ngọc Linh" in ans.answer

    ans = a.ask("KH Kon Tum nói gì về nâng cao hiệu quả hoạt động của TT học tập cộng đồng?")
    assert "song ngữ Việt - Ba Na" in ans.answer and "sâm Ngọc Linh" in ans.answer
    assert "IV. TỔ CHỨC" not in ans.answer

    ans = a.ask("What does item 1 of the solutions part of Kon Tum's plan say?")
    assert "Đài Phát thanh - Truyền hình" in ans.answer and "Sở Giáo dục" not in ans.answer

    # an item number the plan does not have: no item answer made up from another part — refused plainly
    ans = a.ask("Nội dung mục 9 phần giải pháp của Kon Tum?")
    assert ans.refused and not ans.citations and "không có mục thứ 9" in ans.answer, ans.answer


def test_terse_english_beside_an_unaccented_place_and_english_body_names(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kontum_77.txt").write_text(_PROVINCE, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)
    from index.query import QueryAnalyzer

    analyzer = QueryAnalyzer(a.retriever.documents)
    assert analyzer.normalise("Kon Tum ethnic minority literacy target 2027?")[1] == "en"
    assert analyzer.normalise("Kon Tum chi tieu biet chu 2027")[1] == "vi"

    ans = a.ask("Kon Tum ethnic minority literacy target 2027?")
    assert not ans.refused and "88%" in ans.answer

    ans = a.ask("In Kon Tum, which department must put the money in the annual budget?")
    assert not ans.refused and "Sở Tài chính" in ans.answer and "Department of Finance" in ans.answer


def test_a_lower_level_asked_by_its_units_after_a_refused_turn(tmp_path, embedder):
    """"Vậy kế hoạch của tỉnh … giao gì cho các huyện?" after a refused question on a place not loaded: a whole
    question of its own (the refused place does not come along), asking the districts' People's Committees' tasks."""
    from chat.types import Turn

    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kontum_77.txt").write_text(_PROVINCE, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)
    history = [Turn("user", "Kế hoạch xã hội học tập của huyện Đăk Hà có chỉ tiêu gì?"),
               Turn("assistant", "Các kế hoạch đã nạp không có thông tin này.")]
    ans = a.ask("Vậy kế hoạch của tỉnh Kon Tum giao gì cho các huyện?", history)
    assert not ans.refused and "30/6/2025" in ans.answer and "Đăk Hà" not in ans.answer
    assert all("Ủy ban nhân dân các huyện" in c.section for c in ans.citations)
    ans = a.ask("Cấp huyện ở Kon Tum phải làm gì?")
    assert "30/6/2025" in ans.answer and all("Ủy ban nhân dân các huyện" in c.section for c in ans.citations)


_DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN ĐĂK GLEI
Số: 31/KH-UBND
Đăk Glei, ngày 02 tháng 02 năm 2026

KẾ HOẠCH
Xây dựng xã hội học tập huyện Đăk Glei năm 2026

I. MỤC TIÊU
1. Năm 2026
- 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
- Có ít nhất 12 đơn vị được công nhận "Đơn vị học tập".

II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
Tham mưu UBND huyện tổng hợp báo cáo trước ngày 20/11/2026.
2. Ủy ban nhân dân các xã
Bố trí ngân sách xã cho Trung tâm học tập cộng đồng; báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 10/11/2026.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Ngọc
"""


def _two_plans(tmp_path, embedder):  # noqa: ANN001, ANN202
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kontum_77.txt").write_text(_PROVINCE, encoding="utf-8")
    (tmp_path / "plans" / "dakglei_31.txt").write_text(_DISTRICT, encoding="utf-8")
    return assistant_over(tmp_path, embedder)


def test_follow_ups_that_ask_again_swap_plan_or_name_local_bodies(tmp_path, embedder):
    """"chi tiết hơn" / "nguồn ở đâu?" answer the previous question again, citing the plan by its number; "còn
    Kon Tum?" after a 2026 question on a plan of 2026 drops the year Kon Tum sets no target for; "and the
    communes?" asks the communes' People's Committees; "số lượng hay phần trăm" asks whichever the plan sets."""
    from chat.types import Turn

    a = _two_plans(tmp_path, embedder)
    first = "Đăk Glei năm 2026 phấn đấu bao nhiêu % hộ gia đình đạt Gia đình học tập?"
    history = [Turn("user", first), Turn("assistant", "70%.")]
    for again in ("nguồn ở đâu?", "chi tiết hơn", "trích nguyên văn đoạn đó"):
        ans = a.ask(again, history)
        assert not ans.refused and "70%" in ans.answer and "31/KH-UBND" in ans.answer

    ans = a.ask("còn Kon Tum?", history)
    assert not ans.refused and "60%" in ans.answer and "75%" in ans.answer

    history = [Turn("user", "When must Dak Glei's Office of Culture and Society report to the district?"),
               Turn("assistant", "Before 20 November 2026.")]
    ans = a.ask("and the communes?", history)
    assert not ans.refused and "10/11/2026" in ans.answer
    assert all("Ủy ban nhân dân các xã" in c.section for c in ans.citations)

    ans = a.ask("Chỉ tiêu Đơn vị học tập của Đăk Glei năm 2026 tính theo số lượng hay phần trăm, cụ thể bao nhiêu?")
    assert not ans.refused and "12 đơn vị" in ans.answer

    # "Hải Phòng" holds no body ("Phòng"): the question after it stands on its own, asking the communes' tasks
    history = [Turn("user", "Thành phố Hải Phòng chi bao nhiêu tiền cho học tập suốt đời năm 2026?"),
               Turn("assistant", "Các kế hoạch đã nạp không có thông tin này.")]
    ans = a.ask("vậy UBND các xã ở Đăk Glei phải làm gì về ngân sách?", history)
    assert not ans.refused and "Bố trí ngân sách xã" in ans.answer and "Hải" not in ans.answer


def test_a_targets_table_split_over_two_pages_is_one_table(tmp_path):
    """A converter's .docx makes one table per page: the second repeats the header, and a row the page break
    split goes on in a row with no number that opens in lower case — read as one row with its figures."""
    import docx

    from ingest.load import load_plan

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Xây dựng xã hội học tập tỉnh Kon Tum giai đoạn 2026 - 2030")
    d.add_paragraph("I. MỤC TIÊU")
    head = ["STT", "Chỉ tiêu", "Năm 2026", "Năm 2030"]
    first = [head, ["1", "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập", "60%", "75%"],
             ["2", "Tỷ lệ người lao động trong các doanh nghiệp được tham gia", "", ""]]
    second = [head, ["", "học tập nâng cao kỹ năng nghề nghiệp", "65%", "80%"],
              ["3", "Tỷ lệ người dân có kỹ năng số cơ bản", "50%", "75%"]]
    for rows in (first, second):
        t = d.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
                if r == 0:
                    t.cell(r, c).paragraphs[0].runs[0].bold = True
        d.add_paragraph("")
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    path = tmp_path / "kontum.docx"
    d.save(path)
    text = load_plan(path).text
    assert "được tham gia học tập nâng cao kỹ năng nghề nghiệp | Năm 2026: 65% | Năm 2030: 80%" in text
    assert text.count("STT: 3") == 1 and "Chỉ tiêu: Tỷ lệ người dân có kỹ năng số cơ bản" in text


_COMMUNE = """ỦY BAN NHÂN DÂN
XÃ ĐẤT MŨI
Số: 36/KH-UBND
Đất Mũi, ngày 09 tháng 02 năm 2026

KẾ HOẠCH
Xây dựng xã hội học tập xã Đất Mũi giai đoạn 2026 - 2030

Căn cứ Tờ trình số 12/TTr-VHXH ngày 01/02/2026 của Phòng Văn hóa - Xã hội.

I. CHỈ TIÊU
1. Năm 2026: 65% hộ gia đình đạt danh hiệu "Gia đình học tập".
2. Năm 2028: 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
3. Hằng năm, Trung tâm học tập cộng đồng xã tổ chức ít nhất 8 chuyên đề về nuôi trồng thủy sản.

II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng xã: bố trí điểm học tại ấp Khai Long; kết nối với Cổng học tập trực tuyến của tỉnh từ năm 2027.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: tham mưu sơ kết giữa kỳ trong quý IV năm 2028; báo cáo Ủy ban nhân dân xã và Sở Giáo dục và Đào tạo tỉnh trước ngày 30/11 hằng năm.
2. Trung tâm học tập cộng đồng xã: mở lớp xóa mù chữ tại ấp Rạch Tàu.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lý Hoàng Nghĩa
"""


def test_what_a_commune_plan_does_not_say_and_how_its_figures_are_asked(tmp_path, embedder):
    """Near misses refused: a district office the commune plan only reports past (its Sở is named as a recipient),
    a year its targets skip ("từ năm 2027" starts a task, it sets no 2027 target), a year after its period asked as
    keywords, the content of a submission it only cites. And asked right: "giữa kỳ khi nào" is no date of signing
    ("kỳ" is not "ký"), "ít nhất mấy chuyên đề" counts topics, "… bằng cách nào" asks the task item on the centre."""
    from chat.types import Turn

    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "datmui_36.txt").write_text(_COMMUNE, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    for question in ("Phòng GD&ĐT được giao gì trong kế hoạch của xã Đất Mũi?",
                     "Đất Mũi chỉ tiêu gia đình học tập năm 2027?",
                     "Tờ trình 12/TTr-VHXH đề xuất tổng kinh phí bao nhiêu?"):
        ans = a.ask(question)
        assert ans.refused and not ans.citations, question
    ans = a.ask("Còn năm 2035?", [Turn("user", "Đất Mũi gia đình học tập năm 2028?"), Turn("assistant", "70%.")])
    assert ans.refused

    ans = a.ask("Kế hoạch Đất Mũi sơ kết giữa kỳ khi nào?")
    assert "quý IV năm 2028" in ans.answer and "09 tháng 02" not in ans.answer
    ans = a.ask("Trung tâm học tập cộng đồng xã Đất Mũi mỗi năm tổ chức ít nhất mấy chuyên đề?")
    assert not ans.refused and "8 chuyên đề" in ans.answer
    ans = a.ask("Đất Mũi nâng cao hiệu quả Trung tâm học tập cộng đồng bằng cách nào?")
    assert "Khai Long" in ans.answer and all("NHIỆM VỤ" in c.section for c in ans.citations)


def test_places_pointed_back_to_and_typed_as_initials(tmp_path, embedder):
    """"ở đó" after an answer that named the plan is that plan; a place swapped in drops the earlier plan's number
    ("… trong kế hoạch 31?" then "còn ở Kon Tum …"); a place's initials after a body ("Sở Tài chính CT") are the
    place even where they also abbreviate a document type (CT = Chỉ thị, only before its number)."""
    from chat.types import Turn

    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kontum_77.txt").write_text(_PROVINCE, encoding="utf-8")
    (tmp_path / "plans" / "dakglei_31.txt").write_text(_DISTRICT, encoding="utf-8")
    (tmp_path / "plans" / "cantho_9.txt").write_text(_DISTRICT.replace("HUYỆN ĐĂK GLEI", "THÀNH PHỐ CẦN THƠ").replace(
        "Đăk Glei", "Cần Thơ").replace("huyện Cần Thơ", "thành phố Cần Thơ").replace("Số: 31/", "Số: 9/"),
        encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    history = [Turn("user", "Kế hoạch nào giao Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh luân chuyển sách?"),
               Turn("assistant", "Kế hoạch của Kon Tum (mục IV.3).")]
    ans = a.ask("ở đó Sở Tài chính được giao gì?", history)
    assert not ans.refused and {c.doc for c in ans.citations} == {"kontum_77.txt"}

    history = [Turn("user", "Phòng Văn hóa - Xã hội làm gì trong kế hoạch 31?"), Turn("assistant", "Tổng hợp báo cáo.")]
    ans = a.ask("còn ở Cần Thơ, Phòng Văn hóa - Xã hội được giao gì?", history)
    assert not ans.refused and {c.doc for c in ans.citations} == {"cantho_9.txt"}

    ans = a.ask("UBND các xã CT phải làm gì?")
    assert not ans.refused and {c.doc for c in ans.citations} == {"cantho_9.txt"}


def test_everyday_names_and_questions_past_the_plan(tmp_path, embedder):
    """"Bộ đội" is the plan's military command; "Which office leads …" asks who (no "Văn phòng"); a tuition fee
    and a year's actual results the plan does not give are refused."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kontum_77.txt").write_text(_PROVINCE, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    ans = a.ask("Bộ đội ở Kon Tum làm gì?")
    assert not ans.refused and all("Bộ Chỉ huy Quân sự tỉnh" in c.section for c in ans.citations)
    ans = a.ask("báo chí của Kon Tum có trách nhiệm gì trong kế hoạch này?")  # a body typed without its head
    assert not ans.refused and all("báo chí của tỉnh" in c.section for c in ans.citations)
    ans = a.ask("We are a donor interested in vocational training for rural workers in Kon Tum. Which office leads this?")
    assert not ans.refused and "Sở Lao động - Thương binh và Xã hội" in ans.answer
    for question in ("Thế học phí THCS ở Kon Tum năm học tới là bao nhiêu?",
                     "What did Kon Tum actually achieve in 2024 on family learning?"):
        ans = a.ask(question)
        assert ans.refused and not ans.citations, question
