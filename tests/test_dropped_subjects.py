"""Vietnamese drops what the conversation already holds: a follow-up opening on a task verb ("Phối hợp với ai?",
"Báo cáo khi nào?") asks of the body asked before, and a lettered item under a body's heading ("d) … trước ngày 10
tháng 12 …" under "11. UBND các xã, thị trấn") is that body's line though it never names it. Real analyser, model
and index over the bundled plans."""

from __future__ import annotations

_MY_LOC = "001_7bafa58816a5de75.txt"


def _turns(*pairs: str) -> list[dict[str, str]]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(pairs)]


def test_a_task_verb_without_subject_asks_of_the_previous_body(assistant):
    hist = _turns("Ở Mỹ Lộc, Hội Liên hiệp Phụ nữ huyện được đề nghị gì?",
                  f"Mục V.9.e: phối hợp với Phòng GD&ĐT tuyên truyền Kế hoạch. [{_MY_LOC}]")
    ans = assistant.ask("Phối hợp với ai?", hist)
    assert ans.query["text"].startswith("Hội Liên hiệp Phụ nữ huyện phối hợp"), ans.query["text"]
    assert ans.citations and all("Hội Liên hiệp Phụ nữ huyện" in c.section for c in ans.citations), ans.citations
    hist = _turns("Phòng GD&ĐT Mỹ Lộc phải làm gì?", f"Mục V.1 … [{_MY_LOC}]")
    ans = assistant.ask("Báo cáo khi nào?", hist)
    assert "15 tháng 12" in ans.answer and all("Phòng Giáo dục" in c.section for c in ans.citations), ans.answer


def test_a_sentence_capital_is_no_place_once_a_body_comes_first(assistant):
    hist = _turns("Ở Mỹ Lộc, Hội Liên hiệp Phụ nữ huyện được đề nghị gì?", f"Mục V.9.e … [{_MY_LOC}]",
                  "Phối hợp với ai?", f"Với Phòng Giáo dục và Đào tạo (mục V.9.e). [{_MY_LOC}]")
    ans = assistant.ask("Thế còn Liên đoàn Lao động huyện?", hist)
    assert not any(n.startswith("unloaded-place") for n in ans.query["notes"]), ans.query["notes"]
    assert not ans.refused and "Chưa nạp" not in ans.answer, ans.answer


def test_a_lettered_item_under_a_body_dates_that_body(assistant):
    for q in ("UBND xã, thị trấn ở Mỹ Lộc hạn báo cáo ngày nào?",
              "Thế UBND các xã, thị trấn ở Mỹ Lộc thì sao, hạn báo cáo ngày nào?"):
        ans = assistant.ask(q)
        assert not ans.refused and "10 tháng 12" in ans.answer, ans.answer


def test_the_askers_body_named_turns_back(assistant):
    hist = _turns("Tôi ở Phòng Giáo dục và Đào tạo huyện An Lão. Phòng Nội vụ huyện được giao gì vậy?",
                  "Phòng Nội vụ (mục III.2): chủ trì tham mưu … [004_b1b28019b71edc03.txt]")
    ans = assistant.ask("Thế đơn vị tôi có phải lo hợp tác quốc tế không?", hist)
    assert "Phòng Giáo dục và Đào tạo" in ans.query["text"], ans.query["text"]
    assert ans.citations and all("Phòng Giáo dục" in c.section for c in ans.citations), ans.citations


def test_a_long_messages_errand_is_no_part_of_the_ask(assistant):
    ans = assistant.ask("Chào anh chị, em là văn thư mới về UBND một phường ở Huế, tuần này phường em đang dọn kho, sắp "
                        "xếp lại hồ sơ lưu trữ, lại thêm đợt tiêm chủng nên ai cũng bận. Chủ tịch phường nhờ em tra "
                        "giúp: kế hoạch năm 2026 của thành phố có bắt phường tự cân đối ngân sách cho việc xây dựng xã "
                        "hội học tập không? Em cảm ơn, chúc anh chị cuối tuần vui vẻ.")
    assert "dọn kho" not in ans.query["text"] and "Huế" in ans.query["text"], ans.query["text"]
    assert "cân đối, bố trí ngân sách" in ans.answer, ans.answer
