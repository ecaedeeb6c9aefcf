"""A question dictated to a phone (numbers in words, filler sounds, no punctuation) and a question that corrects
itself ("Sở Nội vụ Cần Thơ, à nhầm, Hà Nội …") ask what the typed question asks — real model and index."""

from __future__ import annotations

from index.correction import corrected
from index.courtesy import plain_question
from index.spoken import spoken_numbers


def test_spoken_numbers_are_read_into_digits():
    assert spoken_numbers("năm hai nghìn không trăm ba mươi") == "năm 2030"
    assert spoken_numbers("năm hai không ba mươi") == "năm 2030"
    assert spoken_numbers("năm hai lăm") == "năm 2025"
    assert spoken_numbers("bảy mươi phần trăm") == "70%"
    assert spoken_numbers("kế hoạch số bảy tư") == "kế hoạch số 74"
    assert spoken_numbers("một nghìn ba trăm tám mươi triệu đồng") == "1.380 triệu đồng"
    assert spoken_numbers("trước ngày ba mươi tháng sáu năm hai không hai sáu") == "trước ngày 30 tháng 6 năm 2026"
    assert spoken_numbers("hoàn thành trong quý tư") == "hoàn thành trong quý IV"


def test_words_that_are_only_like_numbers_stay_words():
    for text in ("Sở Kế hoạch và Đầu tư", "quận Hai Bà Trưng", "huyện Ba Vì", "một số nhiệm vụ", "năm năm tới",
                 "hàng trăm người", "có hai nhiệm vụ", "nhiệm vụ thứ ba", "huyện Tháp Mười làm gì", "xã Năm Căn",
                 "kỹ năng số năm 2026"):
        assert spoken_numbers(text) == text


def test_english_numbers_in_words():
    assert plain_question("does can tho aim for fifty five point five five percent learning units in twenty twenty "
                          "four?") == "does can tho aim for 55,55% learning units in 2024?"
    assert plain_question("Which Hanoi indicator is set at ninety six percent for 2030?") == \
        "Which Hanoi indicator is set at 96% for 2030?"


def test_a_dictated_question_reads_as_typed():
    assert plain_question("ờ cho tôi hỏi chỉ tiêu năm hai không ba mươi của hà nội là bao nhiêu phần trăm") == \
        "chỉ tiêu năm 2030 của hà nội là bao nhiêu phần trăm"
    assert plain_question("Huế có chỉ tiêu này à?") == "Huế có chỉ tiêu này à?"
    assert plain_question("Đà Lạt đặt chỉ tiêu gì?") == "Đà Lạt đặt chỉ tiêu gì?"  # no "Dạ," opening it


def test_a_question_that_corrects_itself_keeps_the_correction():
    assert corrected("Sở Nội vụ Cần Thơ, à nhầm, Hà Nội phải làm gì?") == "Sở Nội vụ Hà Nội phải làm gì?"
    assert corrected("chỉ tiêu năm 2025 à không năm 2030 ở Huế") == "chỉ tiêu năm 2030 ở Huế"
    assert corrected("sở nội vụ mỹ lộc à nhầm an lão phải làm gì") == "sở nội vụ an lão phải làm gì"
    assert corrected("chỉ tiêu ở Cần Thơ năm 2024, à nhầm, Hà Nội") == "chỉ tiêu ở Hà Nội năm 2024"
    assert corrected("Phòng Nội vụ An Lão, xin lỗi, Phòng Văn hóa và Thông tin An Lão làm gì?") == \
        "Phòng Văn hóa và Thông tin An Lão làm gì?"
    assert corrected("What does Hue's, sorry, I mean Can Tho's police do?") == "What does Can Tho's police do?"
    assert corrected("Hội Khuyến học Mỹ Lộc, à nhầm, huyện Xuân Trường làm gì?") == "Hội Khuyến học huyện Xuân Trường làm gì?"
    for text in ("Xin lỗi, cho hỏi Sở Nội vụ Huế làm gì?", "Có nhầm lẫn gì không?", "Huế có chỉ tiêu này à không?",
                 # "à không" inside words is no correction: "và không", "mà không", "Bắc Hà không"
                 "Tỷ lệ người tiếp tục học và không tái mù chữ?", "Ai bảo vệ cán bộ dám làm mà không thành?",
                 "Xã nào ở Bắc Hà không đạt chỉ tiêu?", "Duy Tiên có xây dựng thư viện số không?"):
        assert corrected(text) == text and spoken_numbers(text) == text


def test_dictated_and_corrected_questions_get_the_typed_answer(assistant):
    typed = assistant.ask("Chỉ tiêu năng lực thông tin năm 2030 của Mỹ Lộc là bao nhiêu?")
    spoken = assistant.ask("ờ chỉ tiêu năng lực thông tin năm hai không ba mươi của mỹ lộc là bao nhiêu phần trăm")
    assert not spoken.refused and "70%" in spoken.answer, spoken.answer
    assert [c.section for c in spoken.citations] == [c.section for c in typed.citations]
    fixed = assistant.ask("Sở Nội vụ Cần Thơ, à nhầm, Hà Nội phải làm gì?")
    assert not fixed.refused and {c.doc for c in fixed.citations} == {"002_797e8de6131c77f9.txt"}, fixed.citations
    assert all("Sở Nội vụ" in c.section for c in fixed.citations)


def test_how_many_bodies_a_plan_gives_tasks_to_is_counted_from_its_outline(assistant):
    hue = assistant.ask("Kế hoạch của Huế giao nhiệm vụ cho bao nhiêu cơ quan?")
    assert not hue.refused and "9 cơ quan" in hue.answer and "Ủy ban nhân dân các xã, phường" in hue.answer, hue.answer
    assert len(hue.citations) == 9 and all("TỔ CHỨC THỰC HIỆN" in c.section for c in hue.citations)
    # an item whose heading sits outside every passage (a group of "Đề nghị" bodies) is still counted and cited
    can_tho = assistant.ask("How many agencies does the Can Tho plan assign tasks to?")
    assert not can_tho.refused and "14 bodies" in can_tho.answer and len(can_tho.citations) == 14, can_tho.answer


def _history(*turns: str) -> list[dict]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


def test_a_question_going_back_to_an_earlier_turn_reads_the_conversation_as_it_stood_then(assistant):
    history = _history("Sở Tài chính thành phố Huế có nhiệm vụ gì?", "Tham mưu bố trí kinh phí thực hiện Kế hoạch.",
                       "Còn Sở Văn hóa và Thể thao?", "Chủ trì xây dựng các thiết chế văn hóa.",
                       "Liên đoàn Lao động thành phố?", "Tuyên truyền, vận động công nhân học tập.")
    back = assistant.ask("Quay lại câu đầu tiên: cơ quan đó bố trí kinh phí theo quy định của luật nào?", history=history)
    assert not back.refused and "Luật Ngân sách Nhà nước" in back.answer, back.answer
    assert all("Sở Tài chính" in c.section for c in back.citations), back.citations


def test_a_turn_opening_with_a_correction_asks_the_previous_question_again(assistant):
    history = _history("Huế năm 2026 có bao nhiêu % người lao động có năng lực công nghệ thông tin?",
                       "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")
    fixed = assistant.ask("À nhầm, em muốn hỏi Cần Thơ năm 2024", history=history)
    assert not fixed.refused and "90%" in fixed.answer, fixed.answer
    assert {c.doc for c in fixed.citations} == {"003_1a817ee72b993e3e.txt"}, fixed.citations


def test_how_many_items_a_part_has_is_said_before_the_items(assistant):
    ans = assistant.ask("Phần nội dung, giải pháp của An Lão có mấy mục?")
    assert not ans.refused and ans.answer.startswith("Phần “II. NỘI DUNG, GIẢI PHÁP” của kế hoạch An Lão có 9 mục"), \
        ans.answer
