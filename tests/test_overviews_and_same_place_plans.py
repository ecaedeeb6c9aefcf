"""A plan's targets asked as a whole ("Mỹ Lộc có những chỉ tiêu gì đến năm 2025?") or for one group of its
objectives, answered from the targets table: every target of that year, each line cited. Real index and model.
"""

from __future__ import annotations


def test_the_targets_of_a_year_are_listed_and_cited(assistant):
    ans = assistant.ask("Mỹ Lộc có những chỉ tiêu gì đến năm 2025?")
    assert not ans.refused and ans.answer.startswith("Các chỉ tiêu kế hoạch đặt ra cho năm 2025: 11.")
    for figure in ("40% công dân đạt danh hiệu công dân học tập", "Khoảng 50% dân số", "70%"):
        assert figure in ans.answer
    assert "90%" not in ans.answer  # the 2030 figure of the centres is not a 2025 target
    assert all(c.locality == "Mỹ Lộc" and "MỤC TIÊU" in c.section for c in ans.citations)


def test_a_group_of_objectives_by_its_heading(assistant):
    ans = assistant.ask("Các chỉ tiêu về xóa mù chữ và phổ cập giáo dục của Hà Nội năm 2030?")
    assert "“a) Xóa mù chữ và phổ cập giáo dục”" in ans.answer.split("\n")[0]
    assert "99,6% người trong độ tuổi 15-60 biết chữ" in ans.answer
    assert "công dân học tập" not in ans.answer  # another group's target


def test_one_indicator_or_one_figure_is_not_a_list(assistant):
    ans = assistant.ask("Chỉ tiêu công dân học tập năm 2025 ở Mỹ Lộc là gì?")
    assert not ans.answer.startswith("Các chỉ tiêu") and "40%" in ans.answer
    ans = assistant.ask("Kế hoạch 74 của Cần Thơ có bao nhiêu chỉ tiêu đặt ở mức 90% cho năm 2024? Đó là những chỉ tiêu nào?")
    assert not ans.answer.startswith("Các chỉ tiêu") and "55,55%" not in ans.answer
