"""A plan named by how it is described, not by its place or number (``index/described.py``): its date of issue
(day, month or year, "để trống ngày" aside), its period, its vision year, the one year it is for, a steering
committee as issuer, or the name its title quotes. The question is asked of the plans that fit; when none fits it is
refused plainly, listing what each loaded plan prints. Real index over the bundled plans."""

from __future__ import annotations

import pytest

from index.described import described_plans, description
from tests.conftest import ANLAO, CANTHO, HANOI, HUE, MYLOC


@pytest.mark.parametrize(("question", "facts"), [
    ("Kế hoạch ký ngày 04 tháng 5 năm 2024 giao ai làm gì?", {"day": 4, "month": 5, "issued_year": 2024}),
    ("ke hoach ban hanh thang 11/2023 noi gi ve kinh phi", {"month": 11, "issued_year": 2023}),
    ("Bản kế hoạch được ban hành năm 2022 có mấy mục?", {"issued_year": 2022}),
    ("The plan signed on 4 May 2024: who reports?", {"day": 4, "month": 5, "issued_year": 2024}),
    ("Kế hoạch cho giai đoạn 2021 - 2030 nói gì về thư viện?", {"period": (2021, 2030)}),
    ("Kế hoạch có tầm nhìn đến năm 2045 giao Sở Y tế gì?", {"vision": 2045}),
    ("Kế hoạch riêng năm 2026 có chỉ tiêu gì?", {"annual": 2026}),
    ("What does the 2025 plan ask of schools?", {"annual": 2025}),
    ("Kế hoạch do Ban Chỉ đạo ban hành giao Sở Y tế gì?", {"steering": True}),
])
def test_descriptions_are_read(question, facts):
    desc = description(question)
    assert desc is not None, question
    got = {k: getattr(desc, k) for k in facts}
    assert got == facts, (question, desc)
    assert question[desc.start:desc.end] == desc.phrase


@pytest.mark.parametrize("question", [
    "Sở Nội vụ báo cáo trước ngày 15/12/2024 những gì?",  # a deadline, not a plan's date of issue
    "Chỉ tiêu năm 2025 là bao nhiêu?",
    "Kế hoạch của Huế giao Sở Y tế việc gì?",
])
def test_other_dates_and_years_describe_no_plan(question):
    assert description(question) is None


def test_each_fact_is_checked_against_the_plans(assistant):
    docs = {d.doc: d for d in assistant.documents()}
    assert described_plans("Kế hoạch ban hành năm 2024 giao gì?", docs)[1] == [HANOI, CANTHO]
    # two plans described, each by its own facts
    assert described_plans("Kế hoạch ban hành năm 2022 và kế hoạch riêng năm 2026 giao gì?", docs)[1] == [MYLOC, HUE]
    assert described_plans("Kế hoạch ban hành ngày 04/5/2024 giao gì?", docs)[1] == [CANTHO]  # (Hà Nội: day blank)
    assert described_plans("Kế hoạch giai đoạn 2021-2030 giao gì?", docs)[1] == [MYLOC]
    assert described_plans("Kế hoạch làm riêng cho năm 2026 giao gì?", docs)[1] == [HUE]
    assert described_plans("Kế hoạch về phong trào “Học tập suốt đời” giao gì?", docs)[1] == [ANLAO]
    assert described_plans("Kế hoạch ban hành tháng 9/2025 giao gì?", docs)[1:] == ([], "Kế hoạch ban hành tháng 9/2025")


def test_the_question_is_asked_of_the_plan_that_fits(assistant):
    ans = assistant.ask("Trong kế hoạch ký ngày 04/5/2024, Sở Tài chính phải làm gì?")
    assert not ans.refused, ans.answer
    assert {c.doc for c in ans.citations} == {CANTHO}, [c.doc for c in ans.citations]


def test_a_description_no_plan_fits_is_refused_plainly(assistant):
    ans = assistant.ask("Kế hoạch ban hành tháng 9/2025 giao Sở Tài chính những việc gì?")
    assert ans.refused and not ans.citations, ans.answer
    assert "tháng 9/2025" in ans.answer and "Cần Thơ" in ans.answer and "04/05/2024" in ans.answer, ans.answer
    en = assistant.ask("What does the plan issued on 2 March 2021 ask the Department of Finance to do?")
    assert en.refused and not en.citations and "None of the loaded plans fits" in en.answer, en.answer


def test_a_place_named_wins_over_the_description(assistant):
    ans = assistant.ask("Kế hoạch của Huế ban hành tháng 9/2025 giao Sở Tài chính những việc gì?")
    assert "khớp với mô tả" not in ans.answer, ans.answer
