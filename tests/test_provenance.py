"""Where a pasted line comes from, on the bundled plans: the plan and the part (a body's heading for a task) that
hold the quoted line — typed with or without accents —, a quote no plan holds refused plainly, and a phrase many
lines share left to the ordinary answer. Real index, model and plans."""

from __future__ import annotations


def test_a_pasted_task_line_names_its_plan_and_body(assistant):
    ans = assistant.ask('Đoạn "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập" là nhiệm '
                        'vụ của ai, trong kế hoạch nào?')
    lead = ans.answer.split("\n\n")[0]
    assert not ans.refused and "Mỹ Lộc" in lead and "Đoàn TNCS Hồ Chí Minh huyện" in lead, ans.answer
    assert len(ans.citations) == 1 and "vận động gây quỹ hỗ trợ thanh niên" in ans.citations[0].text, ans.citations


def test_a_quote_typed_without_accents_finds_its_line(assistant):
    ans = assistant.ask('"khong ai bi bo lai phia sau" la cua ke hoach nao, muc nao?')
    assert not ans.refused and "An Lão" in ans.answer.split("\n\n")[0], ans.answer
    assert "không ai bị bỏ lại phía sau" in ans.citations[0].text, ans.citations


def test_a_quote_no_plan_holds_is_refused(assistant):
    ans = assistant.ask('Câu "mỗi người dân đọc ít nhất 4 cuốn sách mỗi năm" nằm ở kế hoạch nào?')
    assert ans.refused and not ans.citations and "4 cuốn sách" in ans.answer, ans.answer


def test_a_phrase_many_lines_use_is_no_single_source(assistant):
    ans = assistant.ask("Những kế hoạch nào giao Liên đoàn Lao động vận động người sử dụng lao động “thành lập quỹ "
                        "khuyến học, khuyến tài”?")
    assert not ans.refused and {c.locality for c in ans.citations} >= {"Hà Nội", "Mỹ Lộc"}, ans.answer
