"""A region asked as a plan's place ("vùng Tây Nguyên", "Mekong Delta") is no loaded province's plan, and a part a
plan does not have — an annex it neither holds nor names, an article ("Điều 2") of a plan not divided into
articles — is refused plainly instead of quoting the plan's body. Real bundled plans, model and index."""

from __future__ import annotations

import pytest

from index.gazetteer import named_regions


def test_regions_are_read_by_their_usual_names_and_not_inside_a_bodys_name():
    assert named_regions("Các tỉnh Đồng bằng sông Cửu Long đặt chỉ tiêu gì?")[0] == ["vùng Đồng bằng sông Cửu Long"]
    assert named_regions("ke hoach cua cac tinh tay nguyen")[0] == ["vùng Tây Nguyên"]
    assert named_regions("What do Mekong Delta provinces set?")[0] == ["vùng Đồng bằng sông Cửu Long"]
    assert named_regions("Trường Đại học Tây Nguyên làm gì?")[0] == []  # a body's name
    assert named_regions("đồng bào vùng dân tộc thiểu số và miền núi")[0] == []  # a kind of area, not a region
    # the region blanked out: "các tỉnh Đồng bằng …" names no province "Đồng"
    assert "Đồng" not in named_regions("Các tỉnh Đồng bằng sông Cửu Long")[1]


@pytest.mark.parametrize("question, region", [
    ("Kế hoạch xây dựng xã hội học tập của vùng Tây Nguyên giao Ban Dân tộc làm gì?", "vùng Tây Nguyên"),
    ("Các tỉnh Đồng bằng sông Cửu Long đặt chỉ tiêu gì về trung tâm học tập cộng đồng?",
     "vùng Đồng bằng sông Cửu Long"),
])
def test_a_region_no_plan_covers_is_refused_plainly(assistant, question, region):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations
    assert f"Chưa nạp kế hoạch nào của {region}" in ans.answer


def test_a_loaded_place_said_with_its_region_keeps_its_plan(assistant):
    ans = assistant.ask("Cần Thơ, thành phố trung tâm vùng Đồng bằng sông Cửu Long, đặt chỉ tiêu gì năm 2024?")
    assert not ans.refused and ans.citations
    assert {c.locality for c in ans.citations} == {"Cần Thơ"}


@pytest.mark.parametrize("question, said", [
    ("Tóm tắt Phụ lục kèm theo kế hoạch Hà Nội.", "không nhắc tới phụ lục"),
    ("Does Can Tho's 2024 plan attach an annex table of tasks and deadlines?", "has no annex"),
    ("Điều 2 của kế hoạch Mỹ Lộc quy định trách nhiệm thi hành của ai?", "không có Điều 2"),
])
def test_a_part_the_plan_does_not_have_is_refused(assistant, question, said):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations
    assert said in ans.answer


def test_an_annex_the_plan_names_and_a_laws_article_are_not_refused(assistant):
    # Mỹ Lộc names its annex ("Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch"): not "no annex"
    ans = assistant.ask("Kế hoạch Mỹ Lộc có nhắc đến Phụ lục; Phụ lục đó là gì?")
    assert "không nhắc tới phụ lục" not in ans.answer
    # an article of a law the question names is no article of the plan
    ans = assistant.ask("Theo Điều 2 Luật Giáo dục, kế hoạch Mỹ Lộc giao gì cho Phòng GD&ĐT?")
    assert "không chia thành các điều" not in ans.answer


@pytest.mark.parametrize("question, said", [
    ("Tôi là chủ doanh nghiệp ở Cần Thơ, có phải kế hoạch miễn thuế cho doanh nghiệp tài trợ khuyến học không?",
     "không nói đến thuế"),
    ("Giáo viên dạy xóa mù chữ ở Cần Thơ được hưởng phụ cấp bao nhiêu?", "không nói đến phụ cấp"),
    ("Which body handles health insurance education in the Hanoi plan?", "says nothing of insurance"),
])
def test_a_matter_no_asked_plan_names_is_refused(assistant, question, said):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations and said in ans.answer


def test_vay_typed_for_vay_is_no_loan(assistant):
    ans = assistant.ask("hoi khuyen hoc huyen an lao dc giao lam gi vay")
    assert not ans.refused


def test_a_course_credit_and_food_are_no_loan_or_pay():
    from chat.scope import _MATTERS

    assert not any(ask.search("How many credits does the course give?") for ask, _ in _MATTERS.values())
    assert not any(ask.search("an ninh lương thực") for ask, _ in _MATTERS.values())
