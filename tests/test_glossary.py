"""The bilingual glossary: English variants meet one key; longest term first; answer glosses unchanged."""

from __future__ import annotations

import pytest

from index.glossary import TERMS, VI_TO_EN, en_key, english_terms, glosses


@pytest.mark.parametrize("typed, key", [
    ("Community-Learning Centres", "community learning center"),
    ("community learning centers", "community learning center"),
    ("Women's Unions", "woman union"),
    ("People's Committees", "people committee"),
    ("labour & invalids", "labor and invalid"),
    ("companies", "company"),
    ("branches", "branch"),
    ("programmes", "program"),
])
def test_variants_meet_one_key(typed, key):
    assert en_key(typed) == key


@pytest.mark.parametrize("question, wording", [
    ("Which companies take part?", "doanh nghiệp"),
    ("Is a business expected to help?", "doanh nghiệp"),
    ("What is piloted?", None),  # a verb form the table does not list stays unmatched, not guessed
    ("Where is the pilot run?", "thí điểm"),
])
def test_question_terms(question, wording):
    found = english_terms(question)
    if wording is None:
        assert "thí điểm" not in found
    else:
        assert any(wording in f for f in found)


def test_longest_term_first_and_no_term_inside_it():
    found = english_terms("What must the Study Promotion Fund and the village heads do?")
    assert "quỹ khuyến học" in found and "quỹ" not in found
    assert any(f.startswith("trưởng thôn") for f in found)
    assert english_terms("hamlet chiefs") == english_terms("Hamlet Chief")


def test_spelling_variants_reach_the_same_wording():
    assert english_terms("the Labour Federation") == english_terms("the labor federations")
    assert english_terms("socialisation of funding")[0] == english_terms("socialization of funding")[0]


def test_table_is_broad_and_glosses_stay_terms():
    assert len(TERMS) >= 400
    assert all(vi.strip() and en.strip() for vi, en, _ in TERMS)
    # answer glosses: the specific term wins over the words inside it
    assert glosses("Thành lập quỹ khuyến học tại doanh nghiệp") == [
        ("quỹ khuyến học", VI_TO_EN["quỹ khuyến học"]), ("doanh nghiệp", VI_TO_EN["doanh nghiệp"])]


def test_a_name_is_glossed_only_as_a_name():
    """"Chăm" the people, not "chăm sóc" (care); a quarter ("Quý II/2026", "01 lần/quý") is glossed."""
    from index.glossary import glosses

    assert ("Chăm", "Cham") not in glosses("Phối hợp tổ chức chuyên đề chăm sóc sức khỏe 01 lần/quý.")
    assert ("quý", "quarter") in glosses("Phối hợp tổ chức chuyên đề chăm sóc sức khỏe 01 lần/quý.")
    assert ("Chăm", "Cham") in glosses("Mở lớp dạy tiếng Chăm cho đồng bào.")


def test_an_office_named_by_its_field_after_of(assistant):
    """"the District Office of Home Affairs" is the district's home affairs office (Phòng Nội vụ), not a "Văn phòng";
    a name the glossary already reads whole ("Office of Labour, Invalids and Social Affairs") stays as it is."""
    analyzer = assistant.retriever.analyzer
    _, _, notes = analyzer.normalise("I'm at the An Lao District Office of Home Affairs. What must we do?")
    terms = next(n for n in notes if n.startswith("english-terms:")).split(":", 1)[1].split(",")
    assert "Phòng Nội vụ" in terms and "Văn phòng" not in terms, terms
    _, _, notes = analyzer.normalise("What does the Office of Labour, Invalids and Social Affairs do in My Loc?")
    assert "Phòng Lao động - Thương binh và Xã hội" in notes[0], notes


def test_military_command_abbreviation(assistant):
    """"BTL Thủ đô có nv gì?": BTL is the Bộ Tư lệnh (the command), read in full as the other bodies' initials are."""
    text, _, notes = assistant.retriever.analyzer.normalise("BTL Thủ đô có nv gì trong KH thực hiện NQ 23-NQ/TU?")
    assert text.startswith("Bộ Tư lệnh Thủ đô") and "nhiệm vụ" in text, (text, notes)
