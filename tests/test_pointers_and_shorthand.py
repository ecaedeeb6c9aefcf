"""A follow-up pointing into the previous answer's list by position ("ý e nói gì?", "cái thứ hai …", "the first
one") is asked about the item it points to; a pointer the list cannot resolve, or one into the plan's own numbering
("mục 9", "điểm b khoản 2 Mục III"), leaves the question as typed. Chat shorthand typed on a phone ("sở nv", "lm j
z", "BTG HU") reads as the words it stands for. A why-question the cited lines give no reason for is refused.
Real analyser, model and index over the bundled plans."""

from __future__ import annotations

from index.ordinals import point_into
from index.query import expand_abbreviations

_LISTED = ("Mục V.9 kế hoạch Mỹ Lộc đề nghị: a) Ủy ban Mặt trận Tổ quốc huyện; b) Hội Khuyến học huyện; "
           "c) Đoàn TNCS Hồ Chí Minh huyện; d) Liên đoàn Lao động huyện; e) Hội Liên hiệp Phụ nữ huyện.")
_BULLETS = "**Huế**\n_V. TỔ CHỨC THỰC HIỆN_\n- 1. Sở Giáo dục và Đào tạo [1]\n- 2. Sở Văn hóa và Thể thao [2]\n- 3. Sở Nội vụ [3]"


def test_a_pointer_is_replaced_by_the_item():
    hist = [("user", "Mục 9 phần tổ chức thực hiện của kế hoạch Mỹ Lộc gồm những ai?"), ("assistant", _LISTED)]
    assert point_into("ý e nói gì?", hist) == "Hội Liên hiệp Phụ nữ huyện nói gì?"
    assert point_into("cái thứ hai phải làm gì?", hist) == "Hội Khuyến học huyện phải làm gì?"
    assert point_into("cái cuối cùng phải làm gì?", hist) == "Hội Liên hiệp Phụ nữ huyện phải làm gì?"
    hist = [("user", "Kế hoạch Huế giao việc cho những cơ quan nào?"), ("assistant", _BULLETS)]
    assert point_into("What does the third one do?", hist) == "What does Sở Nội vụ do?"
    # pointers the list cannot resolve, or into the plan's own numbering, are left as typed
    assert point_into("ý g nói gì?", hist) == "ý g nói gì?"
    assert point_into("Nội dung điểm b khoản 2 Mục III là gì?", hist) == "Nội dung điểm b khoản 2 Mục III là gì?"
    assert point_into("ý e nói gì?", []) == "ý e nói gì?"


def test_a_pointer_asks_about_the_item_over_the_real_index(assistant):
    hist = [{"role": "user", "content": "Mục 9 phần tổ chức thực hiện của kế hoạch Mỹ Lộc gồm những ai?"},
            {"role": "assistant", "content": _LISTED}, {"role": "user", "content": "ok"}]
    ans = assistant.ask("ý e nói gì?", hist)
    assert not ans.refused and "Phụ nữ tích cực học tập" in ans.answer, ans.answer


def test_chat_shorthand():
    assert expand_abbreviations("sở nv hà nội lm j z") == "sở Nội vụ hà nội làm gì vậy"
    assert expand_abbreviations("sở gdđt huế đc giao j k?") == "sở Giáo dục và Đào tạo huế được giao gì không?"
    assert expand_abbreviations("BTG HU Mỹ Lộc có nv gì") == "Ban Tuyên giáo Huyện ủy Mỹ Lộc có nhiệm vụ gì"
    assert expand_abbreviations("các phòng ban") == "các phòng ban"  # no shorthand after a head unless known
    assert expand_abbreviations("Nghị quyết 23-NQ/TU") == "Nghị quyết 23-NQ/TU"  # a document's symbol stays
    assert expand_abbreviations("điểm k khoản 2") == "điểm k khoản 2"


def test_a_why_the_lines_give_no_reason_for_is_refused(assistant):
    ans = assistant.ask("Tại sao Hà Nội phải thay thế Kế hoạch 290/KH-UBND năm 2021?")
    assert ans.refused and not ans.citations, ans.answer
    ans = assistant.ask("Tại sao Huế phải xây dựng xã hội học tập?")
    assert not ans.refused and any("Mục đích" in c.section for c in ans.citations), ans.citations


def test_the_bodies_of_one_kind_given_tasks(assistant):
    ans = assistant.ask("Kế hoạch Huế giao việc cho những sở nào?")  # ("sở nào" is no "số nào": not its number)
    assert not ans.refused and "4 sở" in ans.answer and "Sở Tài chính" in ans.answer, ans.answer
    ans = assistant.ask("liệt kê tất cả các hội được giao việc trong kế hoạch xây dựng xã hội học tập của Cần Thơ")
    assert not ans.refused and "Hội Nông dân thành phố" in ans.answer and "chỉ đạo" not in ans.answer, ans.answer
    ans = assistant.ask("kế hoạch Mỹ Lộc giao việc cho bao nhiêu đoàn thể, tổ chức xã hội ở mục 9? kể tên")
    assert "9 đoàn thể" in ans.answer and "Hội Cựu giáo chức huyện" in ans.answer, ans.answer


def test_two_bodies_asked_in_one_question_are_answered_each(assistant):
    ans = assistant.ask("Ở Huế, Sở Nội vụ làm gì, còn Sở Tài chính làm gì?")
    sections = " ".join(c.section for c in ans.citations)
    assert not ans.refused and "Sở Nội vụ" in sections and "Sở Tài chính" in sections, ans.citations


def test_a_role_holder_and_a_result_asked(assistant):
    ans = assistant.ask("Thường trực Ban Chỉ đạo xã hội học tập Cần Thơ là cơ quan nào?")
    assert not ans.refused and "Sở Giáo dục và Đào tạo" in ans.answer, ans.answer
    ans = assistant.ask("Năm 2024 Cần Thơ đã đạt bao nhiêu % đơn vị học tập?")  # a result, not the 55,55% target
    assert ans.refused and not ans.citations, ans.answer
    ans = assistant.ask("Kế hoạch của Cần Thơ hướng tới điều gì?")
    assert not ans.refused and any("MỤC ĐÍCH" in c.section for c in ans.citations), ans.citations


def test_why_something_is_absent_is_answered_from_the_lines(assistant):
    # (the plan's reason is a parenthesis, "(có kế hoạch riêng)", no reason word: not refused for lacking one)
    ans = assistant.ask("Vì sao kế hoạch năm 2026 của Huế không đặt chỉ tiêu phổ cập giáo dục?")
    assert not ans.refused and "kế hoạch riêng" in ans.answer, ans.answer
