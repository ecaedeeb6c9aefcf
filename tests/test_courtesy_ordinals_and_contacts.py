"""Shapes of held-out sets 34-36 on a plan of our own: a question wrapped in greetings and thanks, typed in
capitals or in a regional dialect; a body named with a ward of three words ("Công an phường Nam Nha Trang");
the money of "cả giai đoạn"; items asked by their position ("nhiệm vụ thứ 3", "cơ quan được nêu đầu tiên",
"cái thứ hai" after a listed answer); the plan's recipients (Nơi nhận); contact details no plan holds — real
readers, model and index."""

from __future__ import annotations

import pytest

from index.courtesy import courtesy_only, plain_question
from tests.conftest import assistant_over

_WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG NAM NHA TRANG
Số: 23/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Nha Trang, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn phường Nam Nha Trang giai đoạn 2026 - 2030

Căn cứ Kế hoạch số 410/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa;
Ủy ban nhân dân phường ban hành Kế hoạch như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng phường Nam Nha Trang thành cộng đồng học tập, mỗi người dân đều có cơ hội học tập suốt đời.
2. Chỉ tiêu
- Năm 2026: 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
- Năm 2030: 85% hộ gia đình đạt danh hiệu "Gia đình học tập".
3. Mục tiêu đến năm 2030
- 100% tổ dân phố có tủ sách cộng đồng.
- 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.
- 90% cán bộ, công chức phường được bồi dưỡng kỹ năng số.
- 80% lao động làm du lịch được bồi dưỡng ngoại ngữ giao tiếp.
- 60% công dân đạt danh hiệu "Công dân học tập".

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền về học tập suốt đời
Tuyên truyền trên hệ thống loa truyền thanh của phường và trang thông tin điện tử phường.
2. Củng cố trung tâm học tập cộng đồng
Kiện toàn Ban Giám đốc trung tâm học tập cộng đồng phường; mở lớp tiếng Anh cho người làm du lịch.
3. Chuyển đổi số trong học tập
a) Xây dựng kho học liệu số của phường phục vụ chuyển đổi số trong học tập;
b) Hướng dẫn người dân dùng dịch vụ công trực tuyến tại trung tâm học tập cộng đồng.
4. Huy động nguồn lực
Vận động doanh nghiệp du lịch tài trợ học bổng cho học sinh khó khăn.

III. KINH PHÍ
Dự kiến kinh phí thực hiện giai đoạn 2026 - 2030 (đơn vị tính: triệu đồng):
| Nguồn | Năm 2026 | Năm 2028 | Năm 2030 | Tổng cộng |
|---|---|---|---|---|
| Ngân sách phường | 300 | 320 | 340 | 1.600 |
| Xã hội hóa | 100 | 120 | 140 | 600 |
Ngân sách phường bố trí kinh phí cho hoạt động của trung tâm học tập cộng đồng phường 30 triệu đồng/năm.
Phân kỳ theo năm: năm 2026 là 400 triệu đồng; năm 2027 là 420 triệu đồng.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
Là cơ quan thường trực; tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; tổng hợp báo cáo trước ngày 10/12 hằng năm.
Các tổ dân phố gửi báo cáo về hộp thư vhxh.namnhatrang@khanhhoa.gov.vn.
2. Phòng Kinh tế, Hạ tầng và Đô thị
Bố trí địa điểm cho các lớp học tập cộng đồng tại các tổ dân phố; không để tổ dân phố nào thiếu nơi sinh hoạt học tập.
3. Công an phường
Tuyên truyền pháp luật về an toàn giao thông cho người dân tại trung tâm học tập cộng đồng.
4. Trạm Y tế phường
Mở lớp chăm sóc sức khỏe người cao tuổi tại trung tâm học tập cộng đồng.

Nơi nhận:
- UBND tỉnh Khánh Hòa (b/c);
- Sở Giáo dục và Đào tạo tỉnh;
- Các tổ dân phố;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hải
"""


def test_greetings_thanks_capitals_and_regional_words_are_read_away():
    assert plain_question("Dạ em chào ad, cho em hỏi Công an phường làm gì ạ? Em cảm ơn ạ.") == "Công an phường làm gì?"
    assert plain_question("Hello,\nwhich office leads it?\nBest regards,\nAnna") == "which office leads it?"
    assert plain_question("CÔNG AN PHƯỜNG LÀM GÌ") == "công an phường làm gì"
    assert plain_question("Kế hoạch căn cứ vô văn bản mô rứa?") == "Kế hoạch căn cứ vào văn bản nào vậy?"
    assert plain_question("còn Hội Khuyến học phường thì sao?") == "còn Hội Khuyến học phường thì sao?"
    assert plain_question("Mô hình học tập có mấy loại?") == "Mô hình học tập có mấy loại?"
    assert courtesy_only("Chào bạn!") and not courtesy_only("Chào bạn, Công an phường làm gì?")


@pytest.fixture(scope="module")
def ward(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("namnhatrang")
    (home / "plans").mkdir()
    (home / "plans" / "namnhatrang_23.txt").write_text(_WARD, encoding="utf-8")
    return assistant_over(home, embedder)


def _history(*turns: str) -> list[dict]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


def test_a_polite_or_shouted_question_gets_the_plain_questions_answer(ward):
    plain = ward.ask("Trạm Y tế phường Nam Nha Trang làm gì?")
    for asked in ("Chào anh chị, cho em hỏi Trạm Y tế phường Nam Nha Trang làm gì ạ? Em cảm ơn.",
                  "TRẠM Y TẾ PHƯỜNG NAM NHA TRANG LÀM GÌ"):
        ans = ward.ask(asked)
        assert not ans.refused and "người cao tuổi" in ans.answer, ans.answer
        assert [c.section for c in ans.citations] == [c.section for c in plain.citations]
    after_greeting = ward.ask("còn Công an phường Nam Nha Trang?", history=_history(
        "Chào bạn!", "Chào bạn, bạn cần hỏi gì về các kế hoạch?"))
    assert not after_greeting.refused and "an toàn giao thông" in after_greeting.answer, after_greeting.answer


def test_a_body_of_a_ward_named_in_three_words_keeps_the_ward_out_of_its_name(ward):
    analyzer = ward.retriever.analyzer
    assert analyzer.agency_phrase("Công an phường Nam Nha Trang có nhiệm vụ gì?") == "Công an phường"
    ans = ward.ask("Còn Trạm Y tế phường?", history=_history(
        "Công an phường Nam Nha Trang có nhiệm vụ gì?", "Tuyên truyền pháp luật về an toàn giao thông."))
    assert not ans.refused and "người cao tuổi" in ans.answer, ans.answer


def test_the_money_of_the_whole_period_is_the_total(ward):
    ans = ward.ask("Ngân sách phường Nam Nha Trang dự kiến bố trí bao nhiêu cho cả giai đoạn 2026 - 2030?")
    assert not ans.refused and "1.600" in ans.answer, ans.answer


def test_an_item_asked_by_its_place_in_a_part(ward):
    first = ward.ask("Cơ quan được nêu đầu tiên trong phần Tổ chức thực hiện của kế hoạch phường Nam Nha Trang là "
                     "cơ quan nào, phải làm gì?")
    assert not first.refused and "Phòng Văn hóa - Xã hội" in first.answer and "cơ quan thường trực" in first.answer
    last = ward.ask("Ý cuối cùng của phần Nhiệm vụ và giải pháp trong kế hoạch phường Nam Nha Trang là gì?")
    assert not last.refused and "tài trợ học bổng" in last.answer, last.answer
    third = ward.ask("Nhiệm vụ thứ 3 trong phần Nhiệm vụ và giải pháp của phường Nam Nha Trang là gì?")
    assert "kho học liệu số" in third.answer and "tài trợ học bổng" not in third.answer, third.answer


def test_a_place_beyond_the_end_of_the_list_is_refused(ward):
    ans = ward.ask("Cơ quan thứ 9 trong mục Tổ chức thực hiện của kế hoạch phường Nam Nha Trang là cơ quan nào?")
    assert ans.refused and not ans.citations and "4 mục" in ans.answer, ans.answer


def test_an_item_asked_by_its_place_in_the_list_the_previous_turn_was_about(ward):
    second = ward.ask("cái thứ hai làm gì?", history=_history(
        "Mục Tổ chức thực hiện của kế hoạch phường Nam Nha Trang gồm những cơ quan nào?",
        "1. Phòng Văn hóa - Xã hội; 2. Phòng Kinh tế, Hạ tầng và Đô thị; 3. Công an phường; 4. Trạm Y tế phường."))
    assert not second.refused and "Bố trí địa điểm" in second.answer, second.answer
    assert {c.section for c in second.citations} == {"IV. TỔ CHỨC THỰC HIỆN › 2. Phòng Kinh tế, Hạ tầng và Đô thị"}
    last = ward.ask("đơn vị cuối cùng trong danh sách đó làm gì?", history=_history(
        "Phần Tổ chức thực hiện của kế hoạch phường Nam Nha Trang có mấy đầu mục?", "4 đầu mục."))
    assert "người cao tuổi" in last.answer, last.answer


def test_the_plans_recipients_are_quoted_from_its_noi_nhan_list(ward):
    ans = ward.ask("Nơi nhận của kế hoạch phường Nam Nha Trang gồm những ai?")
    assert not ans.refused and "Sở Giáo dục và Đào tạo tỉnh" in ans.answer and "Các tổ dân phố" in ans.answer
    assert [c.section for c in ans.citations] == ["Nơi nhận"], ans.citations
    assert ans.citations[0].text.startswith("Nơi nhận:")
    follow = ward.ask("And who are its recipients?", history=_history(
        "Who signed the Nam Nha Trang plan?", "Trần Văn Hải, Chairman."))
    assert "UBND tỉnh Khánh Hòa" in follow.answer, follow.answer
    # the list is never an answer passage: a body named only there is not given the plan's tasks
    tasks = ward.ask("Sở Giáo dục và Đào tạo tỉnh Khánh Hòa có nhiệm vụ gì trong kế hoạch phường Nam Nha Trang?")
    assert all(c.section != "Nơi nhận" for c in tasks.citations), tasks.answer


def test_contact_details_the_plan_does_not_print_are_refused(ward):
    for asked in ("Số điện thoại của Phòng Văn hóa - Xã hội phường Nam Nha Trang là số nào?",
                  "What is the website address of Nam Nha Trang ward's portal?"):
        ans = ward.ask(asked)
        assert ans.refused and not ans.citations, ans.answer
    printed = ward.ask("Các tổ dân phố ở Nam Nha Trang gửi báo cáo qua địa chỉ email nào?")
    assert not printed.refused and "vhxh.namnhatrang@khanhhoa.gov.vn" in printed.answer, printed.answer
    smart = ward.ask("Người dân Nam Nha Trang được hướng dẫn dùng dịch vụ công trực tuyến trên điện thoại ở đâu?")
    assert not smart.refused, smart.answer


def test_funding_typed_as_keywords_is_the_funding_part_and_an_assignment_asked_yes_or_no(ward):
    query, _ = ward.retriever.analyzer.analyse("kinh phí nam nha trang", [], None)
    assert query.intent == "funding" and query.value is None, (query.intent, query.value)
    ans = ward.ask("kinh phí nam nha trang")
    assert not ans.refused and "1.600" in ans.answer, ans.answer
    asked = ward.ask("Phường Nam Nha Trang có giao Công an phường việc gì không?")
    assert not asked.refused and "an toàn giao thông" in asked.answer, asked.answer
    assert {c.section for c in asked.citations} == {"IV. TỔ CHỨC THỰC HIỆN › 3. Công an phường"}, asked.answer


def test_a_change_to_a_year_the_plan_does_not_cover_is_refused(ward):
    ans = ward.ask("Tỷ lệ Gia đình học tập ở Nam Nha Trang tăng bao nhiêu điểm phần trăm từ 2026 đến 2035?")
    assert ans.refused and "2035" in ans.answer and not ans.citations, ans.answer
    both = ward.ask("Tỷ lệ Gia đình học tập ở Nam Nha Trang tăng bao nhiêu điểm phần trăm từ 2026 đến 2030?")
    assert not both.refused and "70%" in both.answer and "85%" in both.answer, both.answer


def test_what_a_cited_regulation_or_decision_says_is_refused(ward):
    for asked in ("Quy định số 144-QĐ/TW nêu những chuẩn mực đạo đức nào?",
                  "What targets does Decision 1268/QĐ-TTg set for workers?"):
        ans = ward.ask(asked)
        assert ans.refused and not ans.citations and ("144-QĐ/TW" in ans.answer or "1268" in ans.answer), ans.answer


def test_an_amount_asked_for_a_year_is_the_line_stating_that_years_amount(ward):
    ans = ward.ask("Năm 2027 phường Nam Nha Trang bố trí bao nhiêu kinh phí cho kế hoạch?")
    assert not ans.refused and "420 triệu đồng" in ans.answer, ans.answer
    assert "30 triệu đồng/năm" not in ans.answer, ans.answer


def test_a_year_asked_after_whether_a_target_is_set_asks_that_years_figure(ward):
    ans = ward.ask("Năm 2028 thì bao nhiêu?", history=_history(
        "Nam Nha Trang có chỉ tiêu Gia đình học tập không?", "Có: 70% năm 2026 và 85% năm 2030."))
    assert ans.refused and not ans.citations, ans.answer


def test_a_district_named_in_english_with_its_accents_is_a_place_not_loaded(ward):
    ans = ward.ask("How much is Thọ Xuân district spending on its learning-society plan?")
    assert ans.refused and "Thọ Xuân" in ans.answer and not ans.citations, ans.answer


def test_english_keywords_beside_a_name_read_as_english(ward):
    ans = ward.ask("Nam Nha Trang police tasks")
    assert not ans.refused and ans.language == "en" and "an toàn giao thông" in ans.answer, ans.answer
    assert ward.retriever.analyzer._language("P.VH-XH xã KL bc UBND xã trc ngày nào?") == "vi"


def test_a_year_the_plan_never_names_outside_its_period_is_refused(ward):
    ans = ward.ask("Tầm nhìn đến năm 2040 của kế hoạch phường Nam Nha Trang là gì?")
    assert ans.refused and "2040" in ans.answer and not ans.citations, ans.answer
    assert not ward.ask("Mục tiêu chung của kế hoạch phường Nam Nha Trang đến năm 2030 là gì?").refused


def test_a_goal_figure_asked_for_a_named_indicator_is_its_line_not_the_years_list(ward):
    ans = ward.ask("Nam Nha Trang đặt mục tiêu công dân học tập năm 2030 là bao nhiêu?")
    assert not ans.refused and "60% công dân" in ans.answer, ans.answer
    assert "kỹ năng số cơ bản" not in ans.answer, ans.answer


def test_a_task_named_by_its_heading_words_is_quoted_whole_with_its_points(ward):
    from chat.outline_answers import _titled_item

    asked = "Phần chuyển đổi số trong học tập của kế hoạch Nam Nha Trang gồm mấy ý, nói gì?"
    query, _ = ward.retriever.analyzer.analyse(asked, [], None)
    doc = ward.retriever.documents[query.plans[0]]
    assert [s.title for s in _titled_item(query, doc)] == ["Chuyển đổi số trong học tập"]
    ans = ward.ask(asked)
    assert not ans.refused and "kho học liệu số" in ans.answer and "dịch vụ công trực tuyến" in ans.answer, ans.answer
