"""Cite only what answers (issue 11): which lines of a plan an answer quotes, on a commune plan written for
these tests (tests/data), through the real ingest, embedding model, index and answer composer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import assistant_over

PLAN = Path(__file__).parent / "data" / "hoaphong_line_choice.md"


@pytest.fixture(scope="module")
def commune(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("line-choice")
    plans = home / "plans"
    plans.mkdir()
    shutil.copy2(PLAN, plans / PLAN.name)
    return assistant_over(home, embedder)


def _quoted(answer: str) -> list[str]:
    return [ln for ln in answer.splitlines() if ln.startswith("- ")]


def _sections(ans) -> list[str]:
    return [c.section.split(" › ")[-1] for c in ans.citations]


def test_a_date_asked_for_a_body_quotes_that_body_s_dated_line(commune):
    ans = commune.ask("Công chức Văn hóa - Xã hội xã Hòa Phong phải báo cáo Ủy ban nhân dân huyện trước ngày nào?")
    assert not ans.refused and "15/12/2026" in ans.answer
    # not the reporting section, where the same body is named only as the one the villages report through
    assert _sections(ans) == ["1. Công chức Văn hóa - Xã hội"]
    assert all("15/12/2026" in ln for ln in _quoted(ans.answer))


def test_a_list_asked_on_a_topic_quotes_that_section_whole(commune):
    ans = commune.ask("Về tủ sách, kế hoạch của xã Hòa Phong đưa ra những giải pháp nào?")
    assert not ans.refused and len(ans.citations) == 1
    assert "Phát triển tủ sách và thư viện cộng đồng" in ans.citations[0].section
    assert len(_quoted(ans.answer)) == 3 and "300 đầu sách" in ans.answer and "21 tháng 4" in ans.answer


def test_funding_answer_adds_no_agency_line_that_only_shares_its_words(commune):
    ans = commune.ask("Kinh phí thực hiện kế hoạch của xã Hòa Phong lấy từ nguồn nào?")
    assert not ans.refused and "40 triệu đồng" in ans.answer
    assert _sections(ans) == ["IV. KINH PHÍ THỰC HIỆN"]  # not "2. Công chức Tài chính - Kế toán"


def test_a_commune_official_is_an_agency_and_its_section_answers(commune):
    ans = commune.ask("Trưởng thôn ở xã Hòa Phong cần làm gì để thực hiện kế hoạch?")
    assert not ans.refused and _sections(ans) == ["4. Trưởng thôn"]
    assert "20/3/2026" in ans.answer and "Ngày hội đọc sách tại nhà văn hóa thôn" in ans.answer


def test_a_follow_up_pointing_back_swaps_the_official_and_keeps_the_plan(commune):
    hist = [{"role": "user", "content": "Theo kế hoạch của xã Hòa Phong, công chức Văn hóa - Xã hội làm gì?"},
            {"role": "assistant", "content": "Là đầu mối tham mưu Ủy ban nhân dân xã …"}]
    ans = commune.ask("Còn công chức Tài chính - Kế toán ở đó thì sao?", history=hist)
    assert not ans.refused and _sections(ans) == ["2. Công chức Tài chính - Kế toán"]
    assert "dự toán ngân sách xã" in ans.answer and "quỹ khuyến học của các thôn" in ans.answer  # its whole task list
