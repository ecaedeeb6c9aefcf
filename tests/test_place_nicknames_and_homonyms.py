"""Places asked by another name ("Tây Đô", "đất Tổ", "the former imperial capital"), a place of the same name in
another province ("An Lão, tỉnh Bình Định" when An Lão of Hải Phòng is loaded), and a province named only inside
another word of a plan ("Chính phủ thông qua" names no Phú Thọ). Real bundled plans, model and index."""

from __future__ import annotations

import pytest

from index.gazetteer import by_own_names


def test_nicknames_name_their_place_but_not_a_units_own_name():
    assert by_own_names("Thế ở Tây Đô năm 2024?") == "Thế ở Cần Thơ năm 2024?"
    assert by_own_names("Thủ đô kháng chiến giao Sở Nội vụ gì?").startswith("Tuyên Quang")
    assert by_own_names("Bộ Tư lệnh Thủ đô làm gì?") == "Bộ Tư lệnh Thủ đô làm gì?"  # a body's name
    assert by_own_names("Công an phường Kinh Bắc làm gì?") == "Công an phường Kinh Bắc làm gì?"  # a unit's own name
    assert by_own_names("phải hoàn thành Nam Định") == "phải hoàn thành Nam Định"
    assert by_own_names("Trưởng ấp ở Đất Mũi làm gì?", lambda n: n.lower() == "đất mũi") == \
        "Trưởng ấp ở Đất Mũi làm gì?"  # a loaded plan's own commune


@pytest.mark.parametrize("question", [
    "Thế ở Tây Đô năm 2024 chỉ tiêu Công dân học tập là bao nhiêu?",
    "What is the former imperial capital's 2026 target for learning units?",
])
def test_a_nickname_of_a_loaded_place_asks_its_plan(assistant, question):
    query, _ = assistant.retriever.analyzer.analyse(question, [])
    assert query.plans and len(query.plans) == 1
    assert assistant.retriever.documents[query.plans[0]].locality in ("Cần Thơ", "Huế")


@pytest.mark.parametrize("question, place", [
    ("Ở đất Tổ, Hội Khuyến học tỉnh được giao những việc gì?", "Phú Thọ"),
    ("Xứ Thanh đặt mục tiêu bao nhiêu % người lao động có kỹ năng sống đến năm 2030?", "Thanh Hóa"),
    ("Kế hoạch của huyện An Lão, tỉnh Bình Định giao Phòng Nội vụ làm gì?", "An Lão (Bình Định)"),
])
def test_a_place_no_plan_covers_is_refused_plainly(assistant, question, place):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations
    assert f"Chưa nạp kế hoạch nào của {place}" in ans.answer


def test_a_province_of_the_same_merged_group_keeps_the_plan(assistant):
    # Nam Định joined Ninh Bình in 2025: Mỹ Lộc's plan is still the one asked
    query, _ = assistant.retriever.analyzer.analyse("Huyện Mỹ Lộc, tỉnh Ninh Bình giao Phòng Nội vụ làm gì?", [])
    assert [assistant.retriever.documents[d].locality for d in query.plans or []] == ["Mỹ Lộc"]
    query, _ = assistant.retriever.analyzer.analyse("Huế, Mỹ Lộc, Cần Thơ có nhắc Tuần lễ học tập suốt đời không?", [])
    assert len(query.plans or []) == 3  # a list of places, not a place and its province


def test_a_head_word_before_a_verb_is_no_body(assistant):
    query, _ = assistant.retriever.analyzer.analyse(
        "Tỷ lệ khoa, phòng đạt danh hiệu Khoa, phòng học tập là bao nhiêu?", [])
    assert query.agency is None and query.unknown_agency is None


_COMMUNE = """ỦY BAN NHÂN DÂN XÃ YÊN HÒA
Số: 09/KH-UBND                      Yên Hòa, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập năm 2026
I. CHỈ TIÊU
1. Chỉ tiêu chung
- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Chỉ tiêu giao từng thôn
Khu vực xã Yên Bình cũ

| TT | Thôn | Gia đình học tập (%) | Dòng họ học tập (%) |
|---|---|---|---|
| 1 | Thôn Đông Sơn | 66 | 52 |
| 2 | Thôn Tây Sơn | 61 | 47 |

II. TỔ CHỨC THỰC HIỆN
1. Trưởng thôn các thôn
- Tổ chức thực hiện chỉ tiêu giao cho thôn; báo cáo kết quả trước ngày 20/11/2026.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    from tests.conftest import assistant_over

    home = tmp_path_factory.mktemp("villages")
    (home / "plans").mkdir()
    (home / "plans" / "yenhoa_09.md").write_text(_COMMUNE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_village_of_the_table_is_answered_by_its_row(commune):
    ans = commune.ask("Nhà tôi ở thôn Tây Sơn, thôn mình phải đạt bao nhiêu phần trăm gia đình học tập?")
    assert not ans.refused and "61" in ans.answer
    assert all("Tây Sơn" in c.section for c in ans.citations)
    query, _ = commune.retriever.analyzer.analyse("Khu vực xã Yên Bình cũ có những thôn nào?", [])
    assert query.plans == ["yenhoa_09.md"]  # a former commune the table groups its villages under


def test_going_back_to_the_first_body_named_by_its_kind():
    from chat.refocus import refocused
    from chat.types import Turn

    turns = [Turn(role="user", content="Ở Hà Nội, Sở Thông tin và Truyền thông làm gì?"),
             Turn(role="assistant", content="Mục V.5: phối hợp triển khai văn hóa đọc …"),
             Turn(role="user", content="Đài Phát thanh và Truyền hình Hà Nội có mục riêng không?"),
             Turn(role="assistant", content="Có: mục V.12 …")]
    rest, kept = refocused("Quay lại sở đầu tiên anh nhắc: sở đó phối hợp với những sở nào?", turns)
    assert rest == "sở đó phối hợp với những sở nào?" and kept == turns[:2]
    rest, kept = refocused("Going back to the first one: which programme does that plan implement?", turns)
    assert rest.startswith("which programme") and kept == turns[:2]


def test_two_offices_are_no_city(assistant):
    # "hai phòng" (two offices) loses its accents the way "Hải Phòng" does; typed with accents, it is no place
    query, _ = assistant.retriever.analyzer.analyse("Trong hai phòng anh vừa nêu, phòng nào được giao nghiên cứu chính sách?", [])
    assert not any(n.startswith("unknown-place") for n in query.notes)
    query, _ = assistant.retriever.analyzer.analyse("Thành phố Hải Phòng giao gì cho Sở Nội vụ?", [])
    assert any(n.startswith("unknown-place") for n in query.notes)  # its parent only: no plan of the city loaded


def test_a_village_the_plan_never_names_is_refused(commune):
    ans = commune.ask("Thôn Bắc Hà của xã Yên Hòa được giao chỉ tiêu gì?")
    assert ans.refused and not ans.citations and "thôn Bắc Hà" in ans.answer
