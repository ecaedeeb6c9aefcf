"""English words typed inside a Vietnamese question read as the plans' Vietnamese wording; English questions,
abbreviations, syllables and names are left as typed. Real glossary; the last test asks the real index."""

from __future__ import annotations

import pytest

from index.codeswitch import vietnamese_words


@pytest.mark.parametrize(("typed", "read"), [
    ("budget cho plan Huế lấy từ đâu?", "ngân sách cho kế hoạch Huế lấy từ đâu?"),
    ("deadline nộp report của Phòng GD&ĐT Mỹ Lộc là khi nào?", "thời hạn nộp báo cáo của Phòng GD&ĐT Mỹ Lộc là khi nào?"),
    ("KPI về công dân học tập của Hà Nội?", "KPI về công dân học tập của Hà Nội?"),  # capitals: an abbreviation
    ("nhóm Zalo của xã có gửi kế hoạch không?", "nhóm Zalo của xã có gửi kế hoạch không?"),  # a name
    ("Please list the nhiệm vụ of the Hội Liên hiệp Phụ nữ huyện in the My Loc plan.",
     "Please list the nhiệm vụ of the Hội Liên hiệp Phụ nữ huyện in the My Loc plan."),  # an English question
    ("File KH-58-UBND-2026-signed.pdf đính kèm có phụ lục không?", "File KH-58-UBND-2026-signed.pdf đính kèm có phụ lục không?"),
])
def test_english_words_in_a_vietnamese_question(typed, read):
    assert vietnamese_words(typed) == read


def test_a_code_switched_question_is_answered_as_its_vietnamese(assistant):
    ans = assistant.ask("budget cho plan Huế lấy từ đâu?")
    assert not ans.refused and ans.citations and all(c.locality == "Huế" for c in ans.citations), ans.answer
    assert any("KINH PHÍ" in c.section for c in ans.citations), ans.citations
