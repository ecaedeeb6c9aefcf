"""Shapes of held-out set 31 on a plan of our own: "họ" opening a follow-up whose object is another body ("họ phải
tham mưu UBND thành phố gì?" after "Ai là thường trực …?"); "… của kế hoạch đó" asking the same plan something else;
"trích dẫn giúp mình câu đó trong kế hoạch"; "có chỉ tiêu … không?" answered by a target line without a figure;
and the year of an annual plan, which names the plan, not a line — real readers, model and index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_ANNUAL = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Phòng, ngày 20 tháng 02 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập thành phố Hải Phòng năm 2025

Căn cứ Kế hoạch số 301/KH-BCĐ ngày 10/01/2025 của Ban Chỉ đạo xây dựng xã hội học tập Trung ương;
Ủy ban nhân dân thành phố ban hành Kế hoạch xây dựng xã hội học tập năm 2025 như sau:

I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao dân trí, bảo đảm mọi người dân trên địa bàn thành phố có cơ hội học tập suốt đời, đáp ứng yêu cầu chuyển đổi số.
2. Mục tiêu cụ thể
- 72% hộ gia đình đạt danh hiệu "Gia đình học tập".
- Thành phố được công nhận danh hiệu thành phố học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Củng cố mạng lưới trung tâm học tập cộng đồng
Rà soát 145 trung tâm học tập cộng đồng của thành phố; phân bổ kinh phí theo chỉ tiêu cụ thể được giao cho từng huyện.
2. Phát triển học liệu số
Xây dựng kho học liệu số dùng chung cho người dân tự học trên địa bàn thành phố.

III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
a) Là cơ quan thường trực; chủ trì triển khai Kế hoạch.
b) Tham mưu Ủy ban nhân dân thành phố khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào khuyến học.
c) Tham mưu Ủy ban nhân dân thành phố tổ chức hội nghị sơ kết phong trào học tập suốt đời.
2. Sở Thông tin và Truyền thông
Hướng dẫn các cơ quan báo chí tuyên truyền về học tập suốt đời.

Trên đây là Kế hoạch xây dựng xã hội học tập năm 2025 của thành phố Hải Phòng; Ủy ban nhân dân thành phố yêu cầu Sở Giáo dục
và Đào tạo tham mưu tổng hợp báo cáo kết quả thực hiện Kế hoạch năm 2025./.

Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Khoa
"""


@pytest.fixture(scope="module")
def haiphong(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("haiphong")
    (home / "plans").mkdir()
    (home / "plans" / "haiphong_88.txt").write_text(_ANNUAL, encoding="utf-8")
    return assistant_over(home, embedder)


def _history(*turns: str) -> list[dict]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


def test_they_opening_a_follow_up_is_the_body_the_answer_named_not_the_body_it_advises(haiphong):
    ans = haiphong.ask("họ phải tham mưu UBND thành phố những việc gì?", history=_history(
        "Ai là cơ quan thường trực của kế hoạch xây dựng xã hội học tập năm 2025 ở Hải Phòng?",
        "Sở Giáo dục và Đào tạo (cơ quan thường trực)."))
    assert not ans.refused, ans.answer
    assert {c.section for c in ans.citations} == {"III. TỔ CHỨC THỰC HIỆN › 1. Sở Giáo dục và Đào tạo"}, ans.answer
    assert "khen thưởng các tập thể" in ans.answer and "hội nghị sơ kết" in ans.answer


def test_a_body_advised_by_the_one_asked_is_not_the_body_asked(haiphong):
    analyzer = haiphong.retriever.analyzer
    assert analyzer.agency_phrase("Sở Giáo dục và Đào tạo phải tham mưu Ủy ban nhân dân thành phố những việc gì?") \
        == "Sở Giáo dục và Đào tạo"
    ans = haiphong.ask("Năm 2025 Sở GD&ĐT Hải Phòng phải tham mưu UBND thành phố những việc gì?")
    assert not ans.refused
    assert "khen thưởng các tập thể" in ans.answer and "Trên đây là" not in ans.answer, ans.answer


def test_the_same_plan_pointed_back_to_and_asked_something_else(haiphong):
    ans = haiphong.ask("thế mục tiêu chung của kế hoạch đó là gì?", history=_history(
        "Kế hoạch xây dựng xã hội học tập năm 2025 của Hải Phòng căn cứ văn bản nào?",
        "Kế hoạch số 301/KH-BCĐ ngày 10/01/2025 của Ban Chỉ đạo xây dựng xã hội học tập Trung ương."))
    assert not ans.refused
    assert "Nâng cao dân trí" in ans.answer and "301/KH-BCĐ" not in ans.answer, ans.answer


def test_a_polite_ask_to_quote_the_sentence_repeats_the_previous_question(haiphong):
    ans = haiphong.ask("trích dẫn giúp mình câu đó trong kế hoạch", history=_history(
        "Hải Phòng có chỉ tiêu hộ gia đình đạt danh hiệu gia đình học tập không?",
        "Có, 72% hộ gia đình."))
    assert not ans.refused
    assert "72% hộ gia đình" in ans.answer, ans.answer


def test_a_target_set_without_a_figure_answers_whether_the_plan_sets_one(haiphong):
    ans = haiphong.ask("Hải Phòng có chỉ tiêu thành phố học tập không?")
    assert not ans.refused
    assert "Thành phố được công nhận danh hiệu thành phố học tập" in ans.answer, ans.answer
    assert "145 trung tâm" not in ans.answer and "72% hộ gia đình" not in ans.answer, ans.answer  # no other line


def test_a_ward_inside_the_loaded_city_asked_about_itself_is_refused(haiphong):
    ans = haiphong.ask("Phường Lê Chân thuộc thành phố Hải Phòng được giao những nhiệm vụ gì?")
    assert ans.refused and not ans.citations and "Lê Chân" in ans.answer, ans.answer
    # the city's own bodies stay answerable
    assert not haiphong.ask("Sở Thông tin và Truyền thông thành phố Hải Phòng làm gì?").refused


def test_an_opinion_on_the_plan_is_refused_plainly(haiphong):
    ans = haiphong.ask("Kế hoạch của Hải Phòng có khả thi không? Đánh giá giúp tôi.")
    assert ans.refused and not ans.citations and "khả thi" in ans.answer, ans.answer
    assert haiphong.ask("Is Hai Phong's plan feasible?").refused


def test_an_item_asked_by_its_full_label_and_a_part_the_plan_does_not_have(haiphong):
    ans = haiphong.ask("Mục II.2 kế hoạch Hải Phòng nói gì?")
    assert not ans.refused and "kho học liệu số" in ans.answer, ans.answer
    assert {c.section for c in ans.citations} == {"II. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Phát triển học liệu số"}
    missing = haiphong.ask("Mục VI của kế hoạch Hải Phòng nói gì?")
    assert missing.refused and "mục VI" in missing.answer and not missing.citations, missing.answer


def test_a_body_name_ends_before_what_the_question_says_of_it(haiphong):
    analyzer = haiphong.retriever.analyzer
    assert analyzer.agency_phrase("Kế hoạch có giao gì cho Sở Thông tin và Truyền thông liên quan tuyên truyền "
                                  "không?") == "Sở Thông tin và Truyền thông"


def test_two_asks_in_one_question_are_each_answered_and_cited(haiphong):
    ans = haiphong.ask("Kế hoạch của Hải Phòng căn cứ văn bản nào và do ai ký?")
    assert not ans.refused
    assert "301/KH-BCĐ" in ans.answer and "Trần Minh Khoa" in ans.answer, ans.answer
    assert len({c.n for c in ans.citations}) == len(ans.citations) >= 2  # one number per passage
    en = haiphong.ask("Which document is Hai Phong's plan based on, and who signed it?")
    assert "301/KH-BCĐ" in en.answer and "Trần Minh Khoa" in en.answer, en.answer


def test_a_place_typed_by_its_initials_or_its_other_name(haiphong):
    ans = haiphong.ask("Kinh phí kho học liệu số của tp HP lấy từ đâu?")
    assert {c.doc for c in ans.citations} <= {"haiphong_88.txt"} and "(none)" not in ans.answer
    unloaded = haiphong.ask("Sở Nội vụ TP.HCM phải làm gì?")
    assert unloaded.refused and "Hồ Chí Minh" in unloaded.answer and not unloaded.citations, unloaded.answer


@pytest.fixture(scope="module")
def binhdinh(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    from tests.test_body_asks_and_period import _PROVINCE

    home = tmp_path_factory.mktemp("binhdinh2")
    (home / "plans").mkdir()
    (home / "plans" / "binhdinh_215.txt").write_text(_PROVINCE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_correction_replaces_what_it_names_and_keeps_the_rest(binhdinh):
    ans = binhdinh.ask("nhầm, năm 2030 cơ", history=_history(
        "Chỉ tiêu hộ gia đình học tập năm 2027 của Bình Định?", "65% hộ gia đình đạt danh hiệu."))
    assert not ans.refused and "80% hộ gia đình" in ans.answer and "65%" not in ans.answer, ans.answer
    # read as the previous question with its year replaced, not as a topic of its own ("nhầm", "cơ")
    assert "followup:Chỉ tiêu hộ gia đình học tập năm 2030 của Bình Định?" in ans.query["notes"], ans.query


def test_a_turn_narrowing_the_previous_answer_to_a_part(binhdinh):
    ans = binhdinh.ask("chỉ phần về dòng họ thôi", history=_history(
        "Liệt kê mục tiêu đến năm 2027 của Bình Định.", "65% hộ gia đình; 50% công dân, 30% dòng họ; 40% xã."))
    assert not ans.refused and "30% dòng họ" in ans.answer and "65% hộ gia đình" not in ans.answer, ans.answer
    assert any(n.startswith("followup:") and "2027" in n for n in ans.query["notes"]), ans.query  # the year stays


def test_a_command_asking_for_the_funding_passage_is_no_amount_asked(binhdinh):
    ans = binhdinh.ask("Trích dẫn đoạn nói về nguồn kinh phí trong kế hoạch Bình Định.")
    assert not ans.refused and "Ngân sách tỉnh bảo đảm" in ans.answer, ans.answer


def test_the_body_pointed_back_to_by_its_head_word_is_the_one_the_answer_named(haiphong):
    ans = haiphong.ask("Sở đó còn phải tham mưu tổ chức hội nghị gì?", history=_history(
        "Ủy ban nhân dân thành phố Hải Phòng giao việc khen thưởng cho ai?", "Cho Sở Giáo dục và Đào tạo tham mưu."))
    assert not ans.refused and "hội nghị sơ kết" in ans.answer, ans.answer


def test_a_salary_the_plan_never_states_is_refused(haiphong):
    ans = haiphong.ask("Lương của cán bộ trung tâm học tập cộng đồng Hải Phòng là bao nhiêu?")
    assert ans.refused and not ans.citations, ans.answer


def test_an_annual_plans_count_asked_is_answered_by_its_share_and_a_role_asked(haiphong):
    ans = haiphong.ask("Năm 2025, Hải Phòng muốn bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?")
    assert not ans.refused and "72% hộ gia đình" in ans.answer, ans.answer
    role = haiphong.ask("Sở GD&ĐT Hải Phòng là cơ quan gì trong kế hoạch?")
    assert "cơ quan thường trực" in role.answer, role.answer


def test_a_vietnamese_body_named_inside_an_english_question(haiphong):
    analyzer = haiphong.retriever.analyzer
    assert analyzer.agency_phrase("What does the plan ask the Sở Thông tin và Truyền thông to do?") \
        == "Sở Thông tin và Truyền thông"
    ans = haiphong.ask("What does the Hai Phong plan ask the Sở Thông tin và Truyền thông to carry out? Give the plan "
                       "number.")
    assert not ans.refused and "báo chí tuyên truyền" in ans.answer, ans.answer
    assert {c.section for c in ans.citations} == {"III. TỔ CHỨC THỰC HIỆN › 2. Sở Thông tin và Truyền thông"}


def test_millions_of_learners_are_no_amount_of_money():
    from chat.extractive import states_value
    from index.types import Query

    query = Query(raw="Mỗi năm chi bao nhiêu tiền cho nền tảng học tập?", text="chi bao nhiêu tiền nền tảng học tập",
                  plans=None, agency=None, intent="money", language="vi", years=[], notes=[], value="amount")
    assert not states_value(query, "Chỉ tiêu: Lượt người học trên nền tảng học tập trực tuyến | Năm 2025: 0,5 triệu")
    assert states_value(query, "Kinh phí vận hành nền tảng học tập trực tuyến: 1,2 tỷ đồng mỗi năm")


def test_the_districts_of_the_city_are_no_district_named_like_it_and_a_bracketed_ward_is_inside_it(haiphong):
    analyzer = haiphong.retriever.analyzer
    for asked in ("hạn báo cáo của các sở ngành và quận huyện hải phòng là khi nào",
                  "Hạn báo cáo của các sở ngành và quận, huyện Hải Phòng là khi nào?"):
        plans, notes = analyzer.detect_plans(asked, asked)
        assert plans == ["haiphong_88.txt"] and not any("unknown-place" in n for n in notes), notes
    inner = haiphong.ask("quận Lê Chân (Hải Phòng) giao phòng nào theo dõi học liệu số?")
    assert inner.refused and "Lê Chân" in inner.answer and not inner.citations, inner.answer
