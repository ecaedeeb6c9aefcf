"""A consequence the plans never set ("có bị giải thể / cắt kinh phí không?", "ai bồi thường?") is a sanction asked:
refused plainly, not answered with the lines about the thing it would befall. Real index, model and plans."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Trung tâm học tập cộng đồng ở Huế bị đánh giá không đạt thì có bị giải thể không?",
    "Ở Mỹ Lộc, xã nào không giữ được chuẩn phổ cập THCS mức độ 3 thì có bị cắt kinh phí không?",
    "Nếu An Lão không có trung tâm học tập cộng đồng sau sáp nhập xã thì ai chịu trách nhiệm bồi thường?",
])
def test_a_consequence_no_plan_sets_is_refused(assistant, question):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations, ans.answer
