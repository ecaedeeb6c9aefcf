"""The answerability check per kind of failure (issue 11), on a commune plan written for these tests
(tests/data: xã Kim Liên, huyện Nam Đàn) loaded beside a bundled city plan — real ingest, model and index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CANTHO, PLANS, assistant_over

COMMUNE = "kimlien_12-KH-UBND_2025.txt"


@pytest.fixture(scope="module")
def commune(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("commune")
    plans = home / "plans"
    plans.mkdir()
    shutil.copy2(Path(__file__).parent / "data" / COMMUNE, plans / COMMUNE)
    shutil.copy2(PLANS / CANTHO, plans / CANTHO)
    return assistant_over(home, embedder)


def _refused(ans) -> bool:  # noqa: ANN001
    return ans.refused and not ans.citations


# ---- 1. a place no loaded plan covers: the commune's district is not the commune ------------------------

def test_the_district_a_commune_lies_in_has_no_loaded_plan(commune):
    ans = commune.ask("Huyện Nam Đàn phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?")
    assert _refused(ans) and "huyện Nam Đàn" in ans.answer, ans.answer
    ans = commune.ask("Xã Kim Liên phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?")
    assert not ans.refused and "65%" in ans.answer and {c.doc for c in ans.citations} == {COMMUNE}
    # the district qualifying a body of the commune's plan still asks the commune's plan
    from index.query import QueryAnalyzer

    analyzer = QueryAnalyzer({d.doc: d for d in commune.documents()})
    q, _ = analyzer.analyse("Trung tâm Giáo dục thường xuyên huyện Nam Đàn phối hợp với xã mở lớp gì?")
    assert q.plans == [COMMUNE] and not q.missing_places


# ---- 2. a figure the named plan does not state -------------------------------------------------------------

def test_the_present_state_is_not_answered_by_a_target(commune):
    ans = commune.ask("Hiện nay xã Kim Liên có bao nhiêu lớp chuyên đề đang mở?")
    assert _refused(ans), ans.answer
    ans = commune.ask("Năm 2025 Trung tâm học tập cộng đồng xã Kim Liên phải tổ chức bao nhiêu lớp chuyên đề?")
    assert not ans.refused and "10 lớp chuyên đề" in ans.answer, ans.answer
    # whether a figure was reached is a result too; whether the plan sets it is not
    ans = commune.ask("Năm 2025 xã Kim Liên có đạt được 50% công dân học tập không?")
    assert _refused(ans), ans.answer
    ans = commune.ask("Năm 2025 xã Kim Liên có đặt chỉ tiêu 50% công dân học tập không?")
    assert not ans.refused and "50%" in ans.answer, ans.answer


def test_an_amount_for_a_body_the_plan_funds_nothing_for_is_refused(commune):
    ans = commune.ask("Xã Kim Liên bố trí bao nhiêu kinh phí cho Hội Khuyến học xã?")
    assert _refused(ans), ans.answer
    # the body named with its place and year after it is still that body
    ans = commune.ask("Kinh phí cho Trung tâm học tập cộng đồng xã Kim Liên năm 2025 là bao nhiêu?")
    assert not ans.refused and "40 triệu đồng" in ans.answer, ans.answer


def test_a_figure_the_named_plan_sets_is_answered_from_its_target_line(commune):
    ans = commune.ask("ty le cong dan hoc tap xa kim lien nam 2025 la bao nhieu")
    assert not ans.refused and "50%" in ans.answer
    quoted = [ln for ln in ans.answer.splitlines() if ln.startswith("- ")]
    assert all("công dân" in ln.lower() for ln in quoted), quoted  # not the neighbouring targets' lines


# ---- 3. agencies: commune officials' titles ----------------------------------------------------------------

def test_an_official_the_plan_never_names_is_refused_by_title(commune):
    ans = commune.ask("Công chức Tư pháp - Hộ tịch xã Kim Liên được giao nhiệm vụ gì?")
    assert _refused(ans) and "Công chức Tư pháp - Hộ tịch" in ans.answer, ans.answer


def test_the_plans_own_officials_are_quoted_from_their_own_section(commune):
    ans = commune.ask("Công chức Văn hóa - Xã hội xã Kim Liên phải làm gì?")
    assert not ans.refused and ans.citations[0].section.endswith("1. Công chức Văn hóa - Xã hội")
    assert "05/12/2025" in ans.answer and "30/11/2025" not in ans.answer  # not the reporting line naming it
    ans = commune.ask("Trưởng thôn ở xã Kim Liên cần làm gì?")
    assert not ans.refused and ans.citations[0].section.endswith("4. Trưởng thôn") and "31/3/2025" in ans.answer
    hist = [{"role": "user", "content": "Theo kế hoạch xã Kim Liên, công chức Văn hóa - Xã hội làm gì?"},
            {"role": "assistant", "content": "Tham mưu, theo dõi, tổng hợp báo cáo."}]
    ans = commune.ask("Còn công chức Địa chính - Xây dựng ở đó thì sao?", history=hist)
    assert not ans.refused and "Quý II/2025" in ans.answer


def test_a_body_named_by_its_head_and_level_is_unknown_to_a_plan_that_never_writes_it(assistant):
    """"Công an huyện" (or "the district police") in a plan that never writes "công an": no such body, refused;
    a plan that has its police section still answers."""
    from tests.conftest import ANLAO, HANOI

    an = assistant.retriever.analyzer
    for question in ("Kế hoạch An Lão giao Công an huyện làm gì?",
                     "What does the An Lao plan ask the district police to do?"):
        q, _ = an.analyse(question)
        assert q.plans == [ANLAO] and q.unknown_agency, question
        assert assistant.ask(question).refused
    q, _ = an.analyse("Hà Nội giao Công an thành phố nhiệm vụ gì?")
    assert q.plans == [HANOI] and not q.unknown_agency
