"""What a document the plans only cite sets is not in the loaded plans: a ministry's number with its year
("16/2025/NQ-HĐND", "Circular 44/2014/TT-BGDĐT") or a coordination programme ("Chương trình phối hợp 07/CTPH-…")
asked what it sets is refused plainly, naming it. Real index and plans."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "named"), [
    ("Nghị quyết 16/2025/NQ-HĐND của Huế quy định mức chi bao nhiêu cho mỗi lớp xóa mù chữ?", "16/2025/NQ-HĐND"),
    ("What criteria does Circular 25/2023/TT-BGDĐT set for recognising a learning community?", "25/2023/TT-BGDĐT"),
    ("Chương trình phối hợp 07/CTPH-BGDĐT-HKHVN quy định những nội dung phối hợp nào?", "07/CTPH-BGDĐT-HKHVN"),
])
def test_what_a_cited_document_sets_is_refused(assistant, question, named):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations and named in ans.answer, ans.answer
