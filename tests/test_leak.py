"""eval.leak: citation leak into look-alike plans, on hand-made eval reports."""

from __future__ import annotations

from eval.leak import compare


def _report(cited: dict[str, list[str]], precision: dict[str, float]) -> dict:
    questions = [
        {"id": "a", "question": "Sở Nội vụ Cần Thơ phải làm gì?", "docs": ["ct.txt"]},
        {"id": "b", "question": "So Noi vu Can Tho phai lam gi?", "docs": ["ct.txt"]},
        {"id": "c", "question": "Sở Nội vụ phải làm gì?", "docs": ["ct.txt"]},  # names no place: not counted
    ]
    for q in questions:
        q["product"] = {"answerable": True, "citation_precision": precision[q["id"]], "cited_docs": cited[q["id"]]}
    return {"questions": questions}


def test_compare_counts_only_questions_naming_their_place_and_catches_a_leak():
    five = _report({"a": ["ct.txt"], "b": ["ct.txt"], "c": ["ct.txt"]}, {"a": 1.0, "b": 1.0, "c": 1.0})
    many = _report({"a": ["ct.txt", "syn1.txt"], "b": ["ct.txt"], "c": ["syn2.txt"]}, {"a": 0.5, "b": 1.0, "c": 0.0})
    out = compare(five, many, {"ct.txt": "Cần Thơ"})
    assert out["questions"] == 2
    assert out["citation_precision"] == {"five": 1.0, "many": 0.75}
    assert out["citations_in_asked_plan"] == {"five": 1.0, "many": 0.75}
    assert [r["id"] for r in out["changed"]] == ["a"]
