"""A district's office ("Phòng Nội vụ") asked of a province's plan that tasks only the province's Sở is a body the
plan never names: refused plainly, not answered with the Sở's tasks; a district plan's "Sở" slip still finds its
Phòng, and "the corresponding body" carried over to a province's plan is that plan's Sở. Real index and plans."""

from __future__ import annotations


def test_a_district_office_asked_of_a_province_plan_is_refused(assistant):
    ans = assistant.ask("Phòng Nội vụ Hà Nội được giao gì trong kế hoạch thực hiện Nghị quyết 23?")
    assert ans.refused and not ans.citations and "Phòng Nội vụ" in ans.answer, ans.answer


def test_the_corresponding_body_carried_over_is_the_provinces_own(assistant):
    history = [{"role": "user", "content": "Mỹ Lộc: Phòng LĐ-TB&XH làm gì?"},
               {"role": "assistant", "content": "Chủ trì phối hợp với Phòng GD&ĐT triển khai đào tạo nghề."}]
    ans = assistant.ask("thế còn ở Hà Nội, cơ quan tương ứng làm gì?", history=history)
    assert not ans.refused and any(c.locality == "Hà Nội" for c in ans.citations), ans.answer
