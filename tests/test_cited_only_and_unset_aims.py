"""Plain refusals: a document asked by its bare digits that no loaded plan is but one cites in full ("Kế hoạch 108
… giao gì?" when only a plan citing "Kế hoạch số 108/KH-UBND" is loaded), and the aims of a year a plan keying its
targets by other years never names ("mục tiêu gì cho năm 2027?" of a plan with 2025 and 2030 targets), and a
comparison with what came before the plan that it states nothing of. Real index over the bundled plans."""

from __future__ import annotations

from tests.conftest import ANLAO


def test_a_cited_only_plan_asked_by_its_digits_is_not_answered_from_the_citing_plan(assistant):
    ans = assistant.ask("Kế hoạch 108 đặt ra nhiệm vụ gì cho các trường học?")
    assert ans.refused and not ans.citations, ans.answer
    assert "108" in ans.answer and "chưa được nạp" in ans.answer, ans.answer
    own = assistant.ask("Kế hoạch của huyện An Lão đặt ra nhiệm vụ gì cho các trường học?")
    assert not own.refused and ANLAO in {c.doc for c in own.citations}, own.answer


def test_aims_of_a_year_the_plan_does_not_key_are_refused(assistant):
    ans = assistant.ask("Huyện Mỹ Lộc đặt mục tiêu gì cho năm 2027?")
    assert ans.refused and not ans.citations, ans.answer
    assert "2025" in ans.answer and "2030" in ans.answer, ans.answer


def test_a_comparison_with_what_came_before_the_plan_is_refused(assistant):
    """A year before the period, a previous period, a plan it replaces that is not loaded: nothing to compare with."""
    ans = assistant.ask("Mỹ Lộc: so với năm 2019, tỷ lệ công dân học tập năm 2025 tăng hay giảm?")
    assert ans.refused and not ans.citations and "2019" in ans.answer, ans.answer
    ans = assistant.ask("Kế hoạch của Hà Nội nâng những chỉ tiêu nào so với Kế hoạch 17?")
    assert ans.refused and not ans.citations, ans.answer
    # two of the plan's own milestones compared: answered
    own = assistant.ask("Tỷ lệ công dân học tập của Hà Nội năm 2030 so với năm 2025 tăng bao nhiêu?")
    assert not own.refused and "70%" in own.answer, own.answer
