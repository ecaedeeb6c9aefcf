"""A list of bodies the asker gives to be checked against a plan ("Trong các cơ quan sau đây: A, B, C — cơ quan nào
có mục riêng …?", "Which of these appear …: the X, the Y, the Z?"): each body is asked on its own and the answer
quotes the sections of those the plan names, then says of each other one that the plan does not name it. Real
index, model and reader over the bundled plans."""

from __future__ import annotations

from chat.compound import listed_asks

HUE = "000_4550be4bb11189cd.txt"


def test_the_list_is_read_into_one_ask_per_body():
    bodies, asks = listed_asks("Trong các cơ quan sau đây: Sở Nội vụ, Sở Tài chính, Sở Y tế, Liên đoàn Lao động thành "
                               "phố — cơ quan nào có mục riêng trong kế hoạch Huế?")
    assert bodies == ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Liên đoàn Lao động thành phố"], bodies
    assert asks[2] == "Sở Y tế có mục riêng trong kế hoạch Huế?", asks
    # a body whose name has "và" or "and" in it stays whole; two bodies are no list (``split_asks`` has them)
    bodies, _ = listed_asks("Which of these have a task in the Hanoi plan: the Department of Health, the Department "
                            "of Home Affairs, the Department of Industry and Trade?")
    assert bodies[-1] == "the Department of Industry and Trade", bodies
    assert listed_asks("Sở Nội vụ, Sở Tài chính phải làm gì?") is None


def test_each_listed_body_is_answered_or_said_unnamed(assistant):
    ans = assistant.ask("Trong các cơ quan sau đây: Sở Nội vụ, Sở Tài chính, Sở Y tế — cơ quan nào có mục riêng "
                        "trong phần Tổ chức thực hiện của kế hoạch Huế?")
    assert not ans.refused and {c.doc for c in ans.citations} == {HUE}, ans.answer
    assert "Sở Nội vụ" in ans.answer and "Sở Tài chính" in ans.answer, ans.answer
    assert "Về Sở Y tế:" in ans.answer, ans.answer  # the plan gives the health department no item of its own
