"""Who signed the plan / its number / its date of issue: answered from plan metadata with a citation of the
signature block or the header line. Real plans, real chunks, the real question analyser's Query type."""

from __future__ import annotations

import pytest

from chat.metadata_answers import metadata_answer, metadata_question
from index.types import Query
from ingest.chunk import chunk_document
from ingest.load import load_plans

from .conftest import CANTHO, HUE, PLANS


@pytest.fixture(scope="module")
def corpus():
    docs = {d.doc: d for d in load_plans(PLANS)}
    return docs, [c for d in docs.values() for c in chunk_document(d)]


@pytest.mark.parametrize("question, kind", [
    ("Ai ký kế hoạch này?", "signer"), ("Kế hoạch do ai ký?", "signer"), ("ai ky ke hoach nay", "signer"),
    ("Người ký kế hoạch của Cần Thơ là ai?", "signer"), ("Who signed the plan?", "signer"),
    ("Kế hoạch ban hành ngày nào?", "issued"), ("ngay ban hanh cua ke hoach", "issued"),
    ("When was the Can Tho plan issued?", "issued"),
    ("Số hiệu của kế hoạch là gì?", "number"), ("Kế hoạch số mấy?", "number"), ("What is the plan number?", "number"),
    ("Ai phải báo cáo định kỳ?", None), ("ai phai bao cao dinh ky", None), ("Sở Nội vụ phải làm gì?", None),
    ("Tỷ lệ công dân học tập là bao nhiêu?", None),
    # asked of the document the plan implements, not of the plan
    ("Kế hoạch Mỹ Lộc được ban hành căn cứ kế hoạch số mấy của UBND tỉnh Nam Định?", None),
    ("KH của An Lão ban hành để thực hiện kế hoạch số mấy của UBND TP Hải Phòng, ngày nào?", None),
    ("Quyết định 1373 do ai ký?", None),
])
def test_metadata_questions_are_recognised(question: str, kind: str | None):
    assert metadata_question(question) == kind


def test_signer_of_one_plan_is_cited_from_the_signature_block(corpus):
    docs, chunks = corpus
    ans = metadata_answer(Query(raw="Ai ký kế hoạch này?", text="Ai ký kế hoạch này?", plans=[CANTHO]), docs, chunks)
    assert ans is not None and not ans.refused
    assert ans.answer.endswith("do TRƯỞNG BAN, PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện ký [1].")
    [cite] = ans.citations
    assert cite.id == f"{CANTHO}#sig" and cite.text == docs[CANTHO].signature
    assert docs[CANTHO].text[cite.start:cite.end] == cite.text
    assert all(c.id != cite.id for c in chunks)  # cited, yet not an answer passage


def test_signers_of_every_plan_when_none_is_named(corpus):
    docs, chunks = corpus
    ans = metadata_answer(Query(raw="Kế hoạch do ai ký?", text="Kế hoạch do ai ký?"), docs, chunks)
    assert ans is not None and len(ans.citations) == len(docs) == len(ans.answer.split("\n"))
    assert "**Huế**" in ans.answer and "Nguyễn Thanh Bình ký [1]" in ans.answer
    assert [c.doc for c in ans.citations] == sorted(docs)


def test_number_and_date_of_issue_quote_the_header(corpus):
    docs, chunks = corpus
    ans = metadata_answer(Query(raw="Kế hoạch ban hành ngày nào?", text="", plans=[CANTHO]), docs, chunks)
    assert "ban hành ngày 04/05/2024:\n- Cần Thơ, ngày 04 tháng 5 năm 2024 [1]" in ans.answer
    assert ans.citations[0].doc == CANTHO and "Cần Thơ, ngày 04 tháng 5 năm 2024" in ans.citations[0].text
    ans = metadata_answer(Query(raw="Số hiệu của kế hoạch là gì?", text="", plans=[CANTHO]), docs, chunks)
    assert "có số hiệu 74/KH-BCĐ:\n- Số: 74 /KH-BCĐ [1]" in ans.answer
    # Huế's copy carries no date: said so, nothing cited, a refusal
    ans = metadata_answer(Query(raw="Kế hoạch ban hành ngày nào?", text="", plans=[HUE]), docs, chunks)
    assert ans.refused and not ans.citations and "để trống ngày ban hành" in ans.answer
    # not a metadata question, or a place none of the plans covers: left to the ordinary path
    assert metadata_answer(Query(raw="Sở Nội vụ phải làm gì?", text=""), docs, chunks) is None
    assert metadata_answer(Query(raw="Ai ký kế hoạch của Đà Nẵng?", text="", plans=[]), docs, chunks) is None
