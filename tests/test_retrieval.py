"""Retrieval on the real index: agencies across plans, no diacritics, abbreviations, filters, refusals."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from chat.types import Turn
from index.diacritics import DiacriticRestorer
from index.lexical import BM25
from index.query import expand_abbreviations
from index.segment import tokenize

from .conftest import ANLAO, CANTHO, HANOI, HUE, MYLOC, ROOT


def _top(assistant, q, k=5, **kw):
    ans = assistant.ask(q, **kw)
    return ans, [(c.doc, c.section) for c in ans.passages[:k]]


def test_agency_question_returns_each_plans_own_section(assistant):
    ans, top = _top(assistant, "Sở Nội vụ phải làm gì?")
    assert {d for d, _ in top[:4]} >= {HUE, HANOI, CANTHO}
    sections = {(d, s.split(" › ")[-1]) for d, s in top}
    assert (HUE, "3. Sở Nội vụ") in sections and (CANTHO, "2. Sở Nội vụ") in sections
    assert (HANOI, "3. Sở Nội vụ") in sections
    cited = {c.doc for c in ans.citations}
    assert cited >= {HUE, HANOI, CANTHO} and ANLAO not in cited  # exact unit first; Phòng only as passage


def test_no_diacritics_matches_accented_query(assistant):
    _, plain = _top(assistant, "so noi vu ha noi phai lam gi", k=1)
    _, accented = _top(assistant, "Sở Nội vụ Hà Nội phải làm gì", k=1)
    assert plain == accented == [(HANOI, "V. TỔ CHỨC THỰC HIỆN › 3. Sở Nội vụ")]
    _, mixed = _top(assistant, "Sở noi vu Hà Nội phai lam gi", k=1)
    assert mixed == accented


def test_abbreviations_expand_on_both_sides(assistant):
    _, top = _top(assistant, "Sở VHTT&DL Cần Thơ có nhiệm vụ gì?", k=1)
    assert top[0] == (CANTHO, "V. TỔ CHỨC THỰC HIỆN › 5. Sở Văn hóa, Thể thao và Du lịch")
    assert expand_abbreviations("UBND các xã") == "Ủy ban nhân dân các xã"
    assert expand_abbreviations("Kế hoạch 74/KH-BCĐ") == "Kế hoạch 74/KH-BCĐ"  # plan numbers untouched


def test_plan_number_and_locality_restrict_retrieval(assistant):
    ans, top = _top(assistant, "Kế hoạch 74/KH-BCĐ giao Sở Tài chính việc gì?", k=10)
    assert {d for d, _ in top} == {CANTHO}
    ans, top = _top(assistant, "Chỉ tiêu công dân học tập năm 2025 ở Mỹ Lộc?", k=10)
    assert {d for d, _ in top} == {MYLOC}
    assert "40%" in ans.answer
    # an explicit plans filter overrides detection
    _, top = _top(assistant, "Sở Nội vụ Hà Nội phải làm gì?", k=10, plans=[HUE])
    assert {d for d, _ in top} == {HUE}


def test_follow_up_keeps_the_conversation_context(assistant):
    history = [Turn("user", "Theo kế hoạch của Hà Nội, Sở Nội vụ có nhiệm vụ gì?"), Turn("assistant", "…")]
    ans, top = _top(assistant, "Còn Sở Tài chính thì sao?", k=1, history=history)
    assert top == [(HANOI, "V. TỔ CHỨC THỰC HIỆN › 6. Sở Tài chính")]


@pytest.mark.parametrize("question, reason", [
    ("Kế hoạch của tỉnh Quảng Ninh giao Sở Giáo dục và Đào tạo những nhiệm vụ gì?", "Chưa nạp kế hoạch nào của Quảng Ninh"),
    ("Sở Y tế Hà Nội được giao nhiệm vụ gì?", "không nhắc đến Sở Y tế"),
    ("Mỗi trung tâm học tập cộng đồng ở Mỹ Lộc được cấp bao nhiêu tiền mỗi năm?", "không nêu số tiền"),
])
def test_questions_the_plans_do_not_answer_retrieve_nothing(assistant, question, reason):
    ans = assistant.ask(question)
    assert ans.refused and ans.citations == [] and ans.passages == []
    assert reason in ans.answer  # the refusal says plainly why


@pytest.mark.parametrize("question", [
    "Thời tiết Hà Nội hôm nay thế nào?",  # no content word of it occurs in the plans
    "Giá vé xe buýt ở Huế là bao nhiêu?",  # nothing is close in meaning
    "Sở Khoa học và Công nghệ Cần Thơ được giao nhiệm vụ gì?",  # the topic occurs, the agency does not
    "Tổng kinh phí thực hiện kế hoạch năm 2026 của Huế là bao nhiêu tỷ đồng?",  # no plan states an amount
    "Huyện An Lão đặt chỉ tiêu bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập?",  # no % in it
])
def test_off_topic_and_unstated_things_retrieve_nothing(assistant, question):
    ans = assistant.ask(question)
    assert ans.refused and ans.citations == [] and ans.passages == [], ans.answer[:200]


def test_agency_named_inside_another_agencys_section(assistant):
    """Hà Nội: "8. Lực lượng vũ trang › - Công an Thành phố: …"; Cần Thơ: "d) Đề nghị Hội Liên hiệp Phụ nữ … chỉ đạo"."""
    ans = assistant.ask("Những kế hoạch nào giao nhiệm vụ cho Công an?")
    assert {c.doc for c in ans.citations} == {HANOI, CANTHO, MYLOC}
    hanoi = next(c for c in ans.citations if c.doc == HANOI)
    assert "Lực lượng vũ trang" in hanoi.section
    assert "- Công an Thành phố: chủ trì" in ans.answer and "Bộ Tư lệnh Thủ đô" not in ans.answer
    ans = assistant.ask("hoi lien hiep phu nu can tho duoc de nghi lam gi")
    assert [c.doc for c in ans.citations] == [CANTHO]
    assert ans.citations[0].section.split(" › ")[-1].startswith("d) Đề nghị Hội Liên hiệp Phụ nữ thành phố")
    assert "đúng độ tuổi" in ans.answer


def test_commune_level_is_not_the_district_level(assistant):
    ans = assistant.ask("Những kế hoạch nào giao nhiệm vụ cho Ủy ban nhân dân cấp xã?")
    assert {c.doc for c in ans.citations} == {HUE, MYLOC, ANLAO}


def test_follow_up_inherits_the_plan_of_the_conversation(assistant):
    history = [Turn("user", "Theo kế hoạch của Huế, Sở Nội vụ có nhiệm vụ gì?"), Turn("assistant", "…")]
    ans = assistant.ask("Vậy Sở Tài chính thì được giao việc gì?", history=history)
    assert [(c.doc, c.section) for c in ans.citations] == [(HUE, "V. TỔ CHỨC THỰC HIỆN › 4. Sở Tài chính")]
    ans = assistant.ask("Những kế hoạch nào giao nhiệm vụ cho Sở Tài chính?", history=history)
    assert {c.doc for c in ans.citations} == {HUE, HANOI, CANTHO}  # "which plans" starts afresh


def test_which_plans_lists_only_plans_that_say_it(assistant):
    ans = assistant.ask("Những kế hoạch nào đề ra việc tham gia mạng lưới thành phố học tập của UNESCO?")
    assert {c.doc for c in ans.citations} == {MYLOC, HANOI, CANTHO}


def test_english_question_with_vietnamese_names(assistant):
    ans = assistant.ask("What does Cần Thơ's 2024 plan ask the city Military Command (Bộ Chỉ huy Quân sự thành phố) to do?")
    assert ans.language == "en" and not ans.refused
    assert [(c.doc, c.section) for c in ans.citations] == [(CANTHO, "V. TỔ CHỨC THỰC HIỆN › 7. Bộ Chỉ huy Quân sự thành phố")]
    assert "ngoại ngữ" in ans.answer and "foreign languages" in ans.answer


@pytest.mark.parametrize("question, doc, section", [
    # "employers", "companies", "funds", "workers": the plan says người sử dụng lao động, doanh nghiệp, quỹ
    ("In the My Loc plan, who has to get employers at companies to set up study promotion funds for their workers?",
     MYLOC, "V. TỔ CHỨC THỰC HIỆN › 9. Đề nghị Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các… › "
            "d) Liên đoàn Lao động huyện"),
    # few English function words, but "tasks", "piloting", "community" are no Vietnamese syllables
    ("Which of Can Tho's tasks involves piloting a new community learning centre model?",
     CANTHO, "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4. Đẩy mạnh hoạt động của trung tâm học tập cộng đồng"),
])
def test_english_question_in_its_own_words_finds_the_section(assistant, question, doc, section):
    ans, top = _top(assistant, question)
    assert ans.language == "en" and not ans.refused
    assert (doc, section) in top[:2] or any(s.startswith(section) and d == doc for d, s in top[:2])


def test_diacritic_restorer_learns_from_text():
    r = DiacriticRestorer(["Sở Tài chính tham mưu bố trí kinh phí.", "Sở Nội vụ tổ chức bồi dưỡng."])
    assert r.restore("so tai chinh bo tri kinh phi") == "sở tài chính bố trí kinh phí"
    assert r.restore("Sở noi vu") == "Sở nội vụ"


def test_diacritic_restorer_keeps_question_words_on_a_large_corpus():
    """A portal with a hundred plans ("cơ quan", "cơ sở" everywhere) still reads a question's "co … gi" as
    "có … gì": the question-word prior grows with the corpus."""
    from ingest.load import load_plans

    texts = [d.text for d in load_plans(ROOT / "data" / "plans")]
    for copies in (1, 20):
        r = DiacriticRestorer(texts * copies)
        assert r.restore("phong giao duc my loc co nhiem vu gi") == "phòng giáo dục mỹ lộc có nhiệm vụ gì", copies


def test_bm25_and_segmentation():
    docs = [tokenize("Sở Nội vụ tổ chức bồi dưỡng"), tokenize("Sở Tài chính bố trí kinh phí")]
    assert "nội_vụ" in docs[0]
    scores = BM25(docs).scores(tokenize("kinh phí"))
    assert scores[1] > 0 and scores[0] == 0


def test_cli_ask_json(built_settings):
    env = {"PLANQA_HOME": str(built_settings.home), "PLANQA_PLANS_DIR": str(built_settings.plans_dir),
           "PLANQA_INDEX_DIR": str(built_settings.index_dir), "PLANQA_MODEL_DIR": str(built_settings.model_dir),
           "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "planqa.cli", "ask", "Sở Nội vụ phải làm gì?", "--json"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout)
    assert set(data) >= {"answer", "refused", "citations", "passages", "timings_ms"}
    assert data["refused"] is False and len(data["passages"]) <= 10
    c = data["citations"][0]
    assert set(c) >= {"n", "doc", "title", "locality", "section", "text", "start", "end", "score"}
    assert f"[{c['n']}]" in data["answer"]


def test_everyday_words_and_run_together_places(assistant):
    ans = assistant.ask("kinh phi thuc hien ke hoach xhht nam 2024 cua cantho lay tu dau")
    assert {c.doc for c in ans.citations} == {CANTHO}
    assert ans.citations[0].section == "IV. KINH PHÍ THỰC HIỆN"
    ans = assistant.ask("Kế hoạch triển khai NQ 23-NQ/TU của UBND TP Hà Nội thay thế cho kế hoạch nào trước đó?")
    assert "290/KH-UBND" in ans.answer  # "UBND TP" is the issuer, not the districts' UBND section


def test_a_date_no_plan_states_is_refused(assistant):
    ans = assistant.ask("Tuần lễ hưởng ứng học tập suốt đời năm 2026 ở Huế tổ chức từ ngày nào đến ngày nào?")
    assert ans.refused and not ans.citations
    ans = assistant.ask("Các xã ở Mỹ Lộc gửi báo cáo trước ngày nào?")
    assert not ans.refused and "10 tháng 12" in ans.answer


def test_query_analysis_extracts_the_constraints_once(assistant):
    """Issue 11: place, agency, value kind and indicator come out of analysis, for the answerability check."""
    an = assistant.retriever.analyzer
    q, _ = an.analyse("Năm 2024 Cần Thơ đặt chỉ tiêu bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập?")
    assert q.plans == [CANTHO] and q.value == "percent" and "danh hiệu công dân học tập" in q.indicator
    assert "Cần Thơ" not in q.indicator
    q, _ = an.analyse("Huyện Giao Thủy, tỉnh Nam Định phải gửi báo cáo trước ngày nào?")
    assert q.plans == [] and q.missing_places == ["Giao Thủy"] and q.value == "date"
    q, _ = an.analyse("Theo kế hoạch Mỹ Lộc, Sở Y tế làm gì?")
    assert q.unknown_agency and q.unknown_agency.startswith("Sở Y tế")
    q, _ = an.analyse("Hiện có tất cả bao nhiêu trung tâm học tập cộng đồng ở Huế?")
    assert q.value == "count" and "Công an" not in q.text  # "tất cả" holds no "CA"


def test_follow_up_keeps_its_own_topic_and_inherits_place_and_year(assistant):
    an = assistant.retriever.analyzer
    hist = [("user", "Cần Thơ đặt chỉ tiêu gì về cộng đồng học tập năm 2024?"), ("assistant", "…")]
    q, _ = an.analyse("Còn tỷ lệ đơn vị học tập ở đó là bao nhiêu?", hist)
    assert q.plans == [CANTHO] and "đơn vị học tập" in q.text and "2024" in q.text
    hist = [("user", "Hà Nội đặt mục tiêu bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập đến 2025?"),
            ("assistant", "…")]
    q, _ = an.analyse("Thế đến năm 2030 thì tỷ lệ đó là bao nhiêu?", hist)
    assert q.plans == [HANOI] and "công dân học tập" in q.text and "2030" in q.text


def test_conversation_keeps_its_plan_across_questions_that_name_no_place(assistant):
    """Two place-less questions after "Mỹ Lộc …": the latest turn that named a place still sets the plan, and the
    question is read as asked there (not refused for a weak match of the bare wording)."""
    hist = [Turn("user", "Mỹ Lộc đặt mục tiêu gì cho năm 2022?"), Turn("assistant", "…"),
            Turn("user", "Kinh phí lấy từ đâu?"), Turn("assistant", "…")]
    ans = assistant.ask("Ai chịu trách nhiệm tổng hợp báo cáo?", hist)
    assert not ans.refused and {c.doc for c in ans.citations} == {MYLOC}
    assert ans.query["text"].endswith("(Mỹ Lộc)")


def test_follow_up_openers_and_pronouns_point_back(assistant):
    an = assistant.retriever.analyzer
    hist = [("user", "Huế giao nhiệm vụ gì cho Hội Khuyến học?"), ("assistant", "…")]
    q, _ = an.analyse("Họ phải báo cáo cho ai?", hist)  # "họ": the body just asked about
    assert q.plans == [HUE] and "Hội Khuyến học" in q.text
    q, _ = an.analyse("Và hạn báo cáo là khi nào?", [("user", "Hà Nội giao Công an thành phố nhiệm vụ gì?"),
                                                     ("assistant", "…")])
    assert q.plans == [HANOI] and q.intent == "deadline"
    # "dòng họ" (clan) is a topic, not a pronoun: a fresh question about clans stays fresh
    q, _ = an.analyse("Tiêu chí dòng họ học tập ở Cần Thơ là gì?", hist)
    assert q.plans == [CANTHO] and "Hội Khuyến học" not in q.text


def test_follow_up_swaps_the_place_keeps_the_ask_and_the_language(assistant):
    an = assistant.retriever.analyzer
    hist = [("user", "Sở Nội vụ Hà Nội phải làm gì?"), ("assistant", "…")]
    q, _ = an.analyse("Còn ở Huế thì sao?", hist)  # Huế replaces Hà Nội, it is not added to it
    assert q.plans == [HUE] and q.intent == "agency" and "Hà Nội" not in q.text
    # a new topic without an ask of its own keeps the previous ask (a target)
    q, _ = an.analyse("Còn dòng họ học tập thì sao?", [("user", "Mỹ Lộc đặt chỉ tiêu gì về gia đình học tập?"),
                                                        ("assistant", "…")])
    assert q.plans == [MYLOC] and q.intent == "target"
    # too short to tell its language alone: English after an English question
    q, _ = an.analyse("And in Hue?", [("user", "What must the Department of Home Affairs of Hanoi do?"),
                                      ("assistant", "…")])
    assert q.language == "en" and q.plans == [HUE] and q.intent == "agency"
    # the English spelling of the previous place goes too, and the body asked about stays
    q, _ = an.analyse("And what about Hanoi?", [("user", "What must the Hue Study Promotion Association do?"),
                                                ("assistant", "…")])
    assert q.plans == [HANOI] and q.intent == "agency" and "khuyến học" in (q.agency or "").lower()
    ans = assistant.ask("And in Hue?", [Turn("user", "What must the Department of Home Affairs of Hanoi do?"),
                                        Turn("assistant", "…")])
    assert not ans.refused and {c.doc for c in ans.citations} == {HUE}


def test_an_english_body_the_glossary_cannot_translate_is_unknown(assistant):
    an = assistant.retriever.analyzer
    q, _ = an.analyse("What must the Chamber of Commerce do under the Hanoi plan?")
    assert q.unknown_agency == "Chamber of Commerce" and q.plans == [HANOI]
    ans = assistant.ask("What must the Chamber of Commerce do under the Hanoi plan?")
    assert ans.refused and not ans.citations and "Chamber of Commerce" in ans.answer
    # a question word before a head names no body; a translated body is checked as usual
    q, _ = an.analyse("Which Department is in charge of training civil servants in Hanoi?")
    assert q.unknown_agency is None
    q, _ = an.analyse("What must the Department of Home Affairs of Hanoi do?")
    assert q.unknown_agency is None and q.intent == "agency"


def test_everyday_abbreviations_of_offices_and_titles_expand():
    assert expand_abbreviations("Sở KH&ĐT tỉnh phải làm gì?") == "Sở Kế hoạch và Đầu tư tỉnh phải làm gì?"
    assert expand_abbreviations("Phòng VH-XH làm gì theo KH số 31/KH-UBND?") == \
        "Phòng Văn hóa - Xã hội làm gì theo Kế hoạch số 31/KH-UBND?"  # a plan number keeps its letters
    assert expand_abbreviations("Theo QĐ 1373/QĐ-TTg, tỷ lệ GĐHT là bao nhiêu?") == \
        "Theo Quyết định 1373/QĐ-TTg, tỷ lệ Gia đình học tập là bao nhiêu?"
    assert expand_abbreviations("Tủ sách tiếng Khmer") == "Tủ sách tiếng Khmer"
