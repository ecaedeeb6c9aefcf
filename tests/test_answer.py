"""Extractive answers: grouped by plan, verbatim quotes, markers that resolve, refusals that cite nothing."""

from __future__ import annotations

import re

import pytest

from ingest.textnorm import squash_spaces

from .conftest import ANLAO, CANTHO, HANOI, HUE, MYLOC


def _markers(text):
    return {int(n) for n in re.findall(r"\[(\d+)\]", text)}


def test_every_marker_resolves_and_quotes_are_verbatim(assistant):
    for q in ["Sở Nội vụ phải làm gì?", "Chỉ tiêu kỹ năng sống của Cần Thơ năm 2024?",
              "Các xã, thị trấn ở Mỹ Lộc phải gửi báo cáo trước ngày nào hằng năm?"]:
        ans = assistant.ask(q)
        assert not ans.refused
        by_n = {c.n: c for c in ans.citations}
        assert _markers(ans.answer) == set(by_n), q
        for line in ans.answer.splitlines():
            m = re.match(r"^- (.*) \[(\d+)\]$", line)
            if m:  # each quoted line is a verbatim piece of the passage it cites
                assert squash_spaces(m.group(1)) in squash_spaces(by_n[int(m.group(2))].text), line


def test_cross_plan_agency_answer_counts_and_groups_plans(assistant):
    ans = assistant.ask("Sở Nội vụ phải làm gì?")
    assert ans.answer.startswith("Có 3 kế hoạch giao nhiệm vụ cho Sở Nội vụ")
    for loc in ("Huế", "Hà Nội", "Cần Thơ"):
        assert f"**{loc}**" in ans.answer
    assert "vị trí việc làm" in ans.answer and "bồi dưỡng" in ans.answer


def test_target_answer_leads_with_the_figure(assistant):
    ans = assistant.ask("Hà Nội đặt chỉ tiêu bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập đến năm 2025?")
    first_quote = next(line for line in ans.answer.splitlines() if line.startswith("- "))
    assert first_quote.startswith("- 50% công dân đạt danh hiệu công dân học tập")
    assert {c.doc for c in ans.citations} == {HANOI}


def test_comparison_is_a_table_with_a_citation_per_cell(assistant):
    ans = assistant.ask("So sánh chỉ tiêu người trong độ tuổi lao động được trang bị năng lực thông tin "
                        "giữa Mỹ Lộc và Hà Nội đến năm 2025.")
    rows = [ln for ln in ans.answer.splitlines() if ln.startswith("| ") and "[" in ln]
    assert len(rows) == 2
    assert all(re.search(r"\[\d+\] \|$", r) for r in rows)
    assert {c.doc for c in ans.citations} == {HANOI, MYLOC}


def test_refusal_names_the_plans_searched(assistant):
    ans = assistant.ask("Giáo viên dạy xóa mù chữ ở Cần Thơ được hưởng phụ cấp bao nhiêu?")
    assert ans.refused and not ans.citations
    assert "Cần Thơ" in ans.answer


def test_english_question_gets_english_framing(assistant):
    ans = assistant.ask("What must Hanoi's Department of Home Affairs do under the plan?")
    assert ans.language == "en" and not ans.refused
    assert {c.doc for c in ans.citations} == {HANOI}
    ref = assistant.ask("What does the plan of Quang Ninh province say about hospitals?")
    assert ref.refused and ref.answer.startswith("No plan of Quảng Ninh is loaded")  # says why, in English


def test_answers_stream_in_parts_then_final(assistant):
    events = list(assistant.ask_stream("Sở Tài chính Huế phải làm gì?"))
    assert events[-1].kind == "final" and events[-1].answer.citations
    assert any(e.kind == "delta" and e.text for e in events[:-1])
    assert {c.doc for c in events[-1].answer.citations} == {HUE}
    assert CANTHO not in {c.doc for c in events[-1].answer.citations}


def test_topic_answer_quotes_the_whole_outline_section(assistant):
    """Mỹ Lộc's "IV. KINH PHI THỰC HIỆN" (sic) holds two one-paragraph items: both are the answer."""
    ans = assistant.ask("Kinh phí thực hiện kế hoạch của huyện Mỹ Lộc được lấy từ những nguồn nào?")
    first = ans.citations[0]
    assert first.doc == MYLOC and first.section == "IV. KINH PHI THỰC HIỆN" and first.id.endswith("#s60")
    assert "ngân sách nhà nước theo phân cấp" in ans.answer and "Huy động từ các nguồn tài trợ" in ans.answer
    # the citation is the section's exact text, resolvable like any passage
    chunk = assistant.chunk(first.id)
    assert chunk is not None and chunk.text == first.text and chunk.start == first.start


def test_one_citation_per_quoted_section(assistant):
    """A long agency section split into several chunks is quoted and cited once, in full."""
    ans = assistant.ask("Phòng Giáo dục và Đào tạo huyện Mỹ Lộc có những nhiệm vụ gì?")
    assert len(ans.citations) == 1 and ans.citations[0].section == "V. TỔ CHỨC THỰC HIỆN › 1. Phòng Giáo dục và Đào tạo"
    for item in ("a) Chủ trì", "c) Xây dựng quy chế", "e) Tổ chức kiểm tra"):
        assert f"- {item}" in ans.answer
    assert set(re.findall(r"\[(\d+)\]", ans.answer)) == {"1"}


def test_comparison_cells_quote_the_asked_indicator(assistant):
    """Word order matters: "công dân học tập" is the learning-citizen target, not any line with "công" and "học tập"."""
    ans = assistant.ask("So sánh chỉ tiêu công dân học tập giữa Huế và Hà Nội")
    rows = [ln for ln in ans.answer.splitlines() if ln.startswith("| ") and "[" in ln]
    assert len(rows) == 2 and "công dân đạt danh hiệu công dân học tập" in ans.answer.splitlines()[0]
    assert ans.citations and all("công dân đạt danh hiệu công dân học tập" in c.text for c in ans.citations)


def test_requirements_are_their_own_section(assistant):
    ans = assistant.ask("Yêu cầu của kế hoạch Huế là gì?")
    assert [(c.doc, c.section) for c in ans.citations] == [(HUE, "I. MỤC ĐÍCH, YÊU CẦU › 2. Yêu cầu")]
    ans = assistant.ask("Kế hoạch của Cần Thơ có những mục đích, yêu cầu gì?")
    assert {c.section.split(" › ")[-1] for c in ans.citations} == {"1. Mục đích", "2. Yêu cầu"}


def test_plan_number_and_issue_date_are_cited_from_the_header(assistant):
    ans = assistant.ask("Kế hoạch 74/KH-BCĐ được ban hành ngày nào?")
    assert "- Cần Thơ, ngày 04 tháng 5 năm 2024 [1]" in ans.answer and ans.citations[0].doc == CANTHO
    assert assistant.ask("Kế hoạch của Huế ban hành ngày nào?").refused  # Huế's header carries no date


def test_who_signed_the_plan_is_cited_from_the_signature(assistant):
    ans = assistant.ask("Ai ký kế hoạch của Cần Thơ?")
    assert not ans.refused and "Nguyễn Thực Hiện ký [1]" in ans.answer
    assert [c.id for c in ans.citations] == [f"{CANTHO}#sig"]
    assert assistant.chunk(f"{CANTHO}#sig").text == ans.citations[0].text
    every = assistant.ask("who signed the plan?")
    assert len(every.citations) == len(assistant.documents()) and every.language == "en"


# ---- issue 11: one answerability check, per kind of failure (real model, real index) -------------------


def test_a_place_no_loaded_plan_covers_is_refused_by_name(assistant):
    for q, place in [("Kế hoạch của huyện Hải Hậu giao Phòng Nội vụ những việc gì?", "Hải Hậu"),
                     ("TP Nha Trang phấn đấu bao nhiêu phần trăm công dân học tập?", "Nha Trang"),
                     ("What does Binh Dinh province's plan ask the Department of Finance to do?", "Bình Định")]:
        ans = assistant.ask(q)
        assert ans.refused and not ans.citations, q
        assert place in ans.answer, ans.answer  # says plainly which place has no loaded plan


def test_a_figure_the_named_plan_does_not_set_is_refused(assistant):
    # Cần Thơ's 2024 targets have no percentage for learning citizens; Hà Nội's have one
    ans = assistant.ask("Tỷ lệ công dân đạt danh hiệu công dân học tập mà Cần Thơ đặt ra cho năm 2024 là bao nhiêu %?")
    assert ans.refused and not ans.citations
    ans = assistant.ask("Tỷ lệ công dân đạt danh hiệu công dân học tập mà Hà Nội đặt ra đến năm 2025 là bao nhiêu %?")
    assert not ans.refused and "50%" in ans.answer
    ans = assistant.ask("Huyện An Lão xử phạt thế nào những xã chậm báo cáo?")
    assert ans.refused and not ans.citations


def test_an_agency_the_named_plan_does_not_mention_is_refused(assistant):
    ans = assistant.ask("Theo kế hoạch huyện Mỹ Lộc, Ban Dân tộc phải làm gì?")
    assert ans.refused and not ans.citations and "Ban Dân tộc" in ans.answer
    ans = assistant.ask("Theo kế hoạch Cần Thơ, Ban Dân tộc phải làm gì?")  # this plan does name it
    assert not ans.refused and {c.doc for c in ans.citations} == {CANTHO}


def test_a_question_naming_one_place_cites_only_that_plan(assistant):
    for q, doc in [("Ở Hà Nội, Sở Tài chính lo những việc gì?", HANOI),
                   ("Mục đích kế hoạch của Mỹ Lộc là gì?", MYLOC)]:
        ans = assistant.ask(q)
        assert not ans.refused and {c.doc for c in ans.citations} == {doc}, q


def test_reporting_deadline_quotes_the_dated_lines(assistant):
    ans = assistant.ask("Hằng năm các sở, ngành và quận, huyện của Hà Nội báo cáo kết quả về Thành phố trước ngày nào?")
    assert not ans.refused and "01 tháng" in ans.answer
    quoted = [ln for ln in ans.answer.splitlines() if ln.startswith("- ")]
    assert quoted and all(re.search(r"\d", ln) for ln in quoted)  # the quoted lines carry the dates


def test_english_question_retrieves_across_languages_and_answers_in_english(assistant):
    ans = assistant.ask("Where does Can Tho get the money to carry out its 2024 plan?")
    assert not ans.refused and ans.language == "en"
    assert {c.doc for c in ans.citations} == {CANTHO} and "ngân sách nhà nước" in ans.answer
    assert "Key terms" in ans.answer  # English framing, Vietnamese quotes verbatim


def test_follow_ups_resolve_place_agency_and_topic(assistant):
    hist = [{"role": "user", "content": "Kinh phí thực hiện kế hoạch năm 2026 của Huế lấy từ đâu?"},
            {"role": "assistant", "content": "Từ ngân sách nhà nước và các nguồn hợp pháp khác."}]
    ans = assistant.ask("Việc quản lý khoản kinh phí đó theo nghị quyết nào?", history=hist)
    assert not ans.refused and {c.doc for c in ans.citations} == {HUE} and "16/2025/NQ-HĐND" in ans.answer
    hist = [{"role": "user", "content": "Phòng Nội vụ huyện An Lão được giao gì?"},
            {"role": "assistant", "content": "Tham mưu đào tạo, bồi dưỡng cán bộ."}]
    ans = assistant.ask("Còn các phòng, ban khác thì sao?", history=hist)
    assert not ans.refused and {c.doc for c in ans.citations} == {ANLAO}
    assert "Các phòng, ban, ngành huyện" in ans.citations[0].section


# ---- issue 9: a target compared across plans is answered from the targets table --------------------------


def test_target_comparison_is_a_plan_by_value_table_with_one_citation_per_cell(assistant):
    ans = assistant.ask("So sánh chỉ tiêu tỷ lệ công dân học tập giữa các kế hoạch")
    assert not ans.refused
    rows = {line.split("|")[1].strip(): line for line in ans.answer.splitlines() if line.startswith("| ")}
    assert "40%" in rows["Huế"] and "60%" in rows["Mỹ Lộc"] and "50%" in rows["Hà Nội"] and "70%" in rows["Hà Nội"]
    assert "không đặt chỉ tiêu này" in rows["Cần Thơ"] and "[" not in rows["Cần Thơ"]  # no citation for "none"
    markers = re.findall(r"\[(\d+)\]", ans.answer)
    assert sorted(map(int, set(markers))) == [c.n for c in ans.citations]
    for c in ans.citations:  # each cell cites the passage that states its value
        assert c.doc in (HUE, MYLOC, HANOI) and "công dân học tập" in c.text
    en = assistant.ask("Which plans set a learning-citizen target, and how high?")
    assert "sets no such target" in en.answer and {c.doc for c in en.citations} == {HUE, MYLOC, HANOI}


def test_target_comparison_needs_the_indicator_the_question_names():
    from chat.target_answers import _pick_targets
    from index.types import Query
    from ingest.types import Target

    def target(indicator: str, concept: str) -> Target:
        return Target(id="x#t0", doc="x", indicator=indicator, value="40%", number=40, unit="%", bound="eq",
                      year=2025, scope="", section="II", section_id=1, text=indicator, start=0, end=1, concept=concept)

    family = target("gia đình đạt danh hiệu gia đình học tập", "gia_dinh")
    citizen = target("công dân đạt danh hiệu công dân học tập", "cong_dan")
    q = Query(raw="So sánh tỷ lệ công dân học tập giữa các kế hoạch", text="So sánh tỷ lệ công dân học tập giữa các kế hoạch")
    assert [t.concept for t in _pick_targets(q, [family, citizen], ["x"])["x"]] == ["cong_dan"]
    assert not _pick_targets(q, [family], ["x"])  # sharing "học tập" is not naming the indicator
    # a plan holding the concept under wording the question does not name is still compared, for the asked year
    other = Target(id="y#t0", doc="y", indicator="tỷ lệ người dân được công nhận", value="55%", number=55, unit="%",
                   bound="eq", year=2030, scope="", section="II", section_id=1, text="x", start=0, end=1,
                   concept="cong_dan")
    dated = Query(raw=q.raw + " năm 2025", text=q.text + " năm 2025", years=[2025])
    picked = _pick_targets(dated, [family, citizen, other], ["x", "y"])
    assert [t.doc for ts in picked.values() for t in ts] == ["x", "y"]


def test_refusal_names_a_few_plans_and_counts_the_rest():
    """A portal with many plans: the refusal stays readable (eight named, the rest counted)."""
    from chat.extractive import REFUSAL_PLANS_NAMED, refusal
    from ingest.types import Document

    docs = {f"p{i}.md": Document(doc=f"p{i}.md", title=f"Kế hoạch số {i}", locality=f"Xã Số {i}", level="xã",
                                 number=None, year=2025, period="2025", text="")
            for i in range(30)}
    text = refusal(docs, None)
    assert "Đã tìm trong 30 kế hoạch" in text
    assert text.count("Kế hoạch số") == REFUSAL_PLANS_NAMED
    assert f"và {30 - REFUSAL_PLANS_NAMED} kế hoạch khác" in text
    few = refusal({k: docs[k] for k in list(docs)[:3]}, None)
    assert few.count("Kế hoạch số") == 3 and "khác" not in few


def test_best_indicator_fit_from_postings_equals_a_pass_over_every_line(assistant):
    """The best fit any plan reaches is looked up through postings; it must equal the brute-force maximum."""
    from chat.extractive import _corpus_idf, best_indicator_fit, indicator_fit, states_value
    from index.store import plan_lines
    from index.types import Query

    documents = assistant.retriever.documents
    idf = _corpus_idf(documents)
    lines = [ln for d in documents.values() for _, ln in plan_lines(d)]
    cases = [Query(raw="", text="", value="percent", indicator="công dân học tập"),
             Query(raw="", text="", value="count", indicator="trung tam hoc tap cong dong"),
             Query(raw="", text="", value="amount", indicator="kinh phí", recipient="Hội Khuyến học"),
             Query(raw="", text="", value="date", indicator="báo cáo kết quả")]
    for q in cases:
        brute = max((indicator_fit(q, ln, idf) for ln in lines if states_value(q, ln)), default=0.0)
        assert best_indicator_fit(q, documents, idf) == pytest.approx(brute)
    assert any(best_indicator_fit(q, documents, idf) > 0.5 for q in cases)
