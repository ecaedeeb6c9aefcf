"""Evaluation metrics on synthetic cases: no index, model or other stage needed."""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pytest

from eval.dataset import DatasetError, Evidence, load_cases
from eval.metrics import (
    aggregate,
    answer_metrics,
    citation_precision,
    evidence_found,
    key_fact_coverage,
    lcs_length,
    normalize,
    overlaps_span,
    percentile,
    plan_accuracy,
    plan_coverage,
    refusal_correct,
    retrieval_metrics,
    span_found,
)

DOC_A = "000_a.txt"
DOC_B = "001_b.txt"
SPAN = "tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch"  # 16 word tokens


@dataclass
class P:
    doc: str
    text: str


@dataclass
class Case:
    type: str
    docs: list[str]
    evidence: list[Evidence]
    key_facts: list[str] = field(default_factory=list)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def words(s: str) -> list[str]:
    return s.split()


# --------------------------------------------------------------------------- normalisation / span matching


def test_normalize_drops_marks_and_collapses_whitespace():
    assert normalize("  **KẾ  HOẠCH**\n\n## 1. Mục\tđích  ") == "KẾ HOẠCH 1. Mục đích"
    assert normalize(nfd("Ủy ban")) == unicodedata.normalize("NFC", "Ủy ban")


def test_span_found_as_substring_across_bold_marks_and_line_breaks():
    passage = "Sở Tài chính:\n**tham mưu Ủy ban nhân dân\nthành phố** bố trí   kinh phí thực hiện\r\nKế hoạch theo quy định."
    assert span_found(SPAN, passage)
    assert span_found(nfd(SPAN), passage)  # NFD span vs NFC passage
    assert span_found(SPAN, passage, fuzzy=False)


def test_span_found_80_percent_in_order_rule():
    toks = words(SPAN)
    assert len(toks) == 16  # 80% of 16 = 12.8 -> 13 tokens must occur in order
    # chunk boundary cut the last 3 tokens: 13/16 = 0.81
    assert span_found(SPAN, "Nội dung khác. " + " ".join(toks[:13]))
    # boundary cut the first 3 tokens instead
    assert span_found(SPAN, " ".join(toks[3:]) + ". Nội dung khác")
    # only 12/16 = 0.75 left: not found
    assert not span_found(SPAN, "Nội dung khác. " + " ".join(toks[:12]))
    # 13 tokens present and in order, with foreign words in between: found
    assert span_found(SPAN, " ".join(t + " xx" for t in toks[:13]))
    # every token present but in reverse order: the longest in-order run is far below 80%
    assert not span_found(SPAN, " ".join(reversed(toks)))
    # strict mode refuses anything that is not a substring
    assert not span_found(SPAN, " ".join(toks[:13]), fuzzy=False)


def test_span_found_exact_ratio_boundary():
    span = "a1 a2 a3 a4 a5 a6 a7 a8 a9 a10"
    assert span_found(span, "a1 a2 a3 a4 a5 a6 a7 a8")  # exactly 0.8
    assert not span_found(span, "a1 a2 a3 a4 a5 a6 a7")  # 0.7


def test_span_must_come_from_its_own_doc():
    ev = Evidence(DOC_A, SPAN)
    assert evidence_found(ev, P(DOC_A, SPAN + "."))
    assert not evidence_found(ev, P(DOC_B, SPAN + "."))


def test_lcs_length_matches_dynamic_programming():
    def dp(a, b):
        prev = [0] * (len(a) + 1)
        for y in b:
            cur = [0]
            for i, x in enumerate(a):
                cur.append(prev[i] + 1 if x == y else max(prev[i + 1], cur[i]))
            prev = cur
        return prev[-1]

    rng = random.Random(7)
    for _ in range(500):
        a = [rng.choice("abcd") for _ in range(rng.randint(0, 70))]  # > 64 bits on purpose
        b = [rng.choice("abcde") for _ in range(rng.randint(0, 90))]
        assert lcs_length(a, b) == dp(a, b)


# --------------------------------------------------------------------------- retrieval


def _ranked(texts: list[tuple[str, str]]) -> list[P]:
    return [P(doc, text) for doc, text in texts]


def test_hit_recall_mrr():
    span2 = "50% công dân đạt danh hiệu công dân học tập"
    evidence = [Evidence(DOC_A, SPAN), Evidence(DOC_B, span2)]
    filler = "nội dung không liên quan"
    passages = _ranked(
        [
            (DOC_B, SPAN),  # right text, wrong doc: must not count
            (DOC_A, filler),
            (DOC_A, "... " + SPAN + " ..."),  # rank 3: span 1
            (DOC_A, filler),
            (DOC_A, filler),
            (DOC_A, filler),
            (DOC_B, "Chỉ tiêu: " + span2),  # rank 7: span 2
            (DOC_A, filler),
        ]
    )
    m = retrieval_metrics(evidence, passages)
    assert m["first_hit_rank"] == 3
    assert m["span_ranks"] == [3, 7]
    assert (m["hit@1"], m["hit@3"], m["hit@5"], m["hit@10"]) == (False, True, True, True)
    assert (m["recall@1"], m["recall@3"], m["recall@5"], m["recall@10"]) == (0.0, 0.5, 0.5, 1.0)
    assert m["mrr@10"] == pytest.approx(1 / 3)


def test_retrieval_beyond_depth_and_without_evidence():
    passages = _ranked([(DOC_A, "khác")] * 10 + [(DOC_A, SPAN)])  # rank 11 is past MRR@10
    m = retrieval_metrics([Evidence(DOC_A, SPAN)], passages)
    assert m["first_hit_rank"] is None and m["mrr@10"] == 0.0 and m["hit@10"] is False
    empty = retrieval_metrics([], passages)
    assert empty["hit@5"] is None and empty["mrr@10"] is None and empty["recall@5"] is None


# --------------------------------------------------------------------------- answers


def test_key_fact_coverage_normalised_and_case_insensitive():
    answer = "Sở Tài chính **tham mưu** BỐ TRÍ\nKINH   PHÍ theo luật ngân sách [1]."
    assert key_fact_coverage(["bố trí kinh phí", "Luật Ngân sách"], answer) == 1.0
    assert key_fact_coverage([nfd("bố trí kinh phí"), "dự toán"], answer) == 0.5
    assert key_fact_coverage(["60%"], "đạt 50% công dân") == 0.0
    assert key_fact_coverage([], answer) is None


def test_refusal_accuracy_and_false_refusal():
    cite = P(DOC_A, SPAN)
    assert refusal_correct(True, [])
    assert not refusal_correct(True, [cite])
    assert not refusal_correct(False, [])

    unanswerable = Case("unanswerable", [], [])
    m = answer_metrics(unanswerable, "Các kế hoạch không đề cập.", True, [], [])
    assert m["refusal_accuracy"] is True and m["false_refusal"] is None and m["empty_retrieval"] is True
    m = answer_metrics(unanswerable, "Có [1].", False, [cite], [cite])
    assert m["refusal_accuracy"] is False and m["empty_retrieval"] is False and m["citation_precision"] is None

    answerable = Case("target", [DOC_A], [Evidence(DOC_A, SPAN)], ["kinh phí"])
    m = answer_metrics(answerable, "Không có thông tin.", True, [], [])
    assert m["false_refusal"] is True and m["refusal_accuracy"] is None and m["wrongly_cut"] is True
    assert m["key_fact_coverage"] == 0.0 and m["missing_key_facts"] == ["kinh phí"]


def test_citation_precision():
    evidence = [Evidence(DOC_A, SPAN)]
    toks = words(SPAN)
    citations = [
        P(DOC_A, "Sở Tài chính " + SPAN + " theo quy định."),  # contains the span
        P(DOC_A, "Sở Nội vụ tổ chức tập huấn cho cán bộ."),  # right plan, unrelated passage
        P(DOC_B, SPAN),  # span text but from a plan outside docs
        P(DOC_A, " ".join(toks[6:]) + " theo Luật Ngân sách."),  # chunk holds the last 10 of 16 tokens
    ]
    assert citation_precision(citations, [DOC_A], evidence) == pytest.approx(2 / 4)
    assert citation_precision([], [DOC_A], evidence) is None
    # a shared stock phrase (< 8 tokens) is not an overlap
    assert not overlaps_span(SPAN, "Ủy ban nhân dân thành phố ban hành quyết định khác về nhân sự.")
    assert overlaps_span(SPAN, " ".join(toks[6:]))


def test_plan_accuracy_and_cross_plan_coverage():
    docs = [DOC_A, DOC_B, "002_c.txt"]
    assert plan_accuracy([DOC_A, DOC_B], docs) is True
    assert plan_accuracy([DOC_A, "009_x.txt"], docs) is False
    assert plan_accuracy([], docs) is False
    assert plan_accuracy([DOC_A], []) is None
    assert plan_coverage([DOC_A, DOC_B, DOC_A], docs) == pytest.approx(2 / 3)
    case = Case("cross_plan", docs, [Evidence(d, SPAN) for d in docs])
    m = answer_metrics(case, "…", False, [P(DOC_A, SPAN), P(DOC_B, "khác")], [P(DOC_A, SPAN)])
    assert m["cross_plan_coverage"] == pytest.approx(2 / 3) and m["plan_accuracy"] is True
    assert m["citation_precision"] == 0.5


# --------------------------------------------------------------------------- aggregation


def test_aggregate_by_type_skips_not_applicable():
    rows = [
        {"type": "target", "hit@5": True, "mrr@10": 1.0, "refusal_accuracy": None, "e2e_ms": 10.0},
        {"type": "target", "hit@5": False, "mrr@10": 0.0, "refusal_accuracy": None, "e2e_ms": 30.0},
        {"type": "deadline", "hit@5": True, "mrr@10": 0.5, "refusal_accuracy": None, "e2e_ms": 20.0},
        {"type": "unanswerable", "hit@5": None, "mrr@10": None, "refusal_accuracy": True, "e2e_ms": 40.0},
        {"type": "unanswerable", "hit@5": None, "mrr@10": None, "refusal_accuracy": False, "e2e_ms": 50.0},
    ]
    agg = aggregate(rows, ["hit@5", "mrr@10", "refusal_accuracy"], ["e2e_ms"])
    overall = agg["overall"]
    assert overall["n"] == 5
    assert overall["hit@5"] == pytest.approx(2 / 3)  # answerable rows only
    assert overall["mrr@10"] == pytest.approx(0.5)
    assert overall["refusal_accuracy"] == 0.5
    assert overall["support"]["hit@5"] == 3
    assert overall["e2e_ms_p50"] == 30.0
    assert list(agg["by_type"]) == ["target", "deadline", "unanswerable"]
    assert agg["by_type"]["target"]["hit@5"] == 0.5
    assert agg["by_type"]["target"]["e2e_ms_p95"] == pytest.approx(np.percentile([10.0, 30.0], 95))
    assert agg["by_type"]["unanswerable"]["hit@5"] is None
    assert agg["by_type"]["deadline"]["refusal_accuracy"] is None


def test_percentile_matches_numpy():
    xs = [5.0, 1.0, 9.0, 3.0, 7.0, 2.0]
    for q in (0, 50, 95, 100):
        assert percentile(xs, q) == pytest.approx(np.percentile(xs, q))
    assert percentile([], 50) is None


# --------------------------------------------------------------------------- dataset


def _line(**over):
    obj = {
        "id": "x1", "question": nfd("Sở Nội vụ làm gì?"), "type": "agency_tasks", "docs": [DOC_A],
        "evidence": [{"doc": DOC_A, "span": SPAN}], "answer": "…", "key_facts": ["tập huấn"],
        "history": [{"role": "user", "content": "Hà Nội?"}],
    }
    obj.update(over)
    return json.dumps(obj, ensure_ascii=False)


def test_load_cases_nfc_and_errors(tmp_path):
    good = tmp_path / "ok.jsonl"
    good.write_text(_line() + "\n\n" + _line(id="x2", docs=[], evidence=[], key_facts=[]) + "\n", encoding="utf-8")
    cases = load_cases(good)
    assert [c.id for c in cases] == ["x1", "x2"]
    assert cases[0].question == unicodedata.normalize("NFC", "Sở Nội vụ làm gì?")
    assert cases[0].evidence == [Evidence(DOC_A, SPAN)] and cases[0].history[0].role == "user"
    assert cases[0].answerable and not cases[1].answerable

    bad = tmp_path / "bad.jsonl"
    bad.write_text(_line() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.jsonl:2: invalid JSON"):
        load_cases(bad)
    missing = json.loads(_line(id="x3"))
    del missing["key_facts"]
    bad.write_text(_line() + "\n" + json.dumps(missing) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.jsonl:2: missing field 'key_facts'"):
        load_cases(bad)
    bad.write_text(_line() + "\n" + _line() + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="duplicate id"):
        load_cases(bad)


# --------------------------------------------------------------------------- run_eval wiring (fake assistant)


def test_run_eval_with_fake_assistant(tmp_path, monkeypatch):
    import sys
    import types

    from chat.types import Answer, Citation
    from eval.run import run_eval
    from planqa.config import Settings

    def cite(n, doc, text):
        return Citation(n=n, doc=doc, title="t", locality="l", section="V", text=text, start=0, end=0, score=0.9)

    class FakeAssistant:
        calls: list = []

        @classmethod
        def from_settings(cls, settings):
            return cls()

        def ask(self, question, history=(), plans=None):
            self.calls.append((question, [t.role for t in history]))
            if "Quảng Ninh" in question:
                return Answer(answer="Không có trong các kế hoạch.", refused=True, timings_ms={"retrieve": 2.0})
            passages = [cite(1, DOC_A, "khác"), cite(2, DOC_A, "Sở Tài chính " + SPAN)]
            return Answer(answer="Bố trí kinh phí [2].", refused=False, citations=[passages[1]],
                          passages=passages, timings_ms={"retrieve": 3.0})

    monkeypatch.setitem(sys.modules, "chat.pipeline", types.SimpleNamespace(Assistant=FakeAssistant))
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        _line(key_facts=["bố trí kinh phí", "Luật Ngân sách"]) + "\n"
        + _line(id="u1", question="Quảng Ninh?", type="unanswerable", docs=[], evidence=[], key_facts=[], history=[])
        + "\n",
        encoding="utf-8",
    )
    report = run_eval(cases, Settings(), tmp_path / "out", baselines=False, index_build_s=12.5)

    assert FakeAssistant.calls[0][1] == ["user"]  # history passed through as Turns
    prod = report["systems"]["product"]
    assert prod["overall"]["hit@1"] == 0.0 and prod["overall"]["hit@3"] == 1.0
    assert prod["overall"]["mrr@10"] == 0.5 and prod["overall"]["support"]["hit@1"] == 1
    assert prod["overall"]["key_fact_coverage"] == 0.5
    assert prod["overall"]["citation_precision"] == 1.0
    assert prod["by_type"]["unanswerable"]["refusal_accuracy"] == 1.0
    assert report["questions"][0]["product"]["first_hit_rank"] == 2
    assert report["cost"]["index_build_s"] == 12.5
    saved = json.loads((tmp_path / "out" / "eval.json").read_text(encoding="utf-8"))
    assert saved["questions"][0]["product"]["retrieved"][1]["finds"] == [0]
    md = (tmp_path / "out" / "eval.md").read_text(encoding="utf-8")
    assert "| Product | 1 | 0.0% | 100.0% |" in md
    assert "missing: Luật Ngân sách" in md and "## Failed questions (1)" in md
