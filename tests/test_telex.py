"""Words typed with the Vietnamese keyboard off (Telex or VNI keys left as letters and digits) are read as the words
meant; valid syllables, English words and abbreviations stay as typed. Real analyser over the bundled plans."""

from __future__ import annotations

from index.telex import untyped


def test_telex_and_vni_words_decode_to_syllables():
    out, changed = untyped("Sowr Nooij vuj Ha Noi phair lamf gif? So73 Giao duc; chuyeenr ddooir soos; nguwowif")
    assert out == "Sở Nội vụ Ha Noi phải làm gì? Sở Giao duc; chuyển đổi số; người", out
    assert "Sowr→Sở" in changed and "So73→Sở" in changed


def test_syllables_english_words_and_abbreviations_stay():
    text = "xoong nồi, deadline nộp report của UBND, GD&ĐT, 74/KH-BCĐ; Which tasks does the town lead? plans, is, as"
    assert untyped(text) == (text, [])
    # a capitalised word inside a name is the name ("Ea Kar", "Ea Bar" would decode to "Kả", "Bả")
    text = "Ban Dân tộc huyện Ea Kar phải làm gì? Xã Ea Bar cạnh xã Ea Tu thì sao?"
    assert untyped(text) == (text, [])


def test_a_question_typed_with_the_keyboard_off_is_answered(assistant):
    ans = assistant.ask("Hooij Khuyeens hocj huyen My Loc dc giao nhung viec gi")
    assert not ans.refused and ans.citations and "Hội Khuyến học huyện" in ans.citations[0].section, ans.answer


def test_a_place_name_typed_without_accents_is_not_telex():
    assert "sả" in untyped("kinh phi xa da sar nam 2025")[0]  # read as Telex when nothing says it is a name
    decoded, changed = untyped("kinh phi xa da sar nam 2025", frozenset({"da", "sar"}))
    assert decoded == "kinh phi xa da sar nam 2025" and not changed
