"""Years counted from today ("2 năm nữa", "cách đây 3 năm", "in 2 years"), claims put forward as "Có phải … không?",
an amount checked that the plan never states, a place named bare after "của / ở" that no plan covers ("kế hoạch
của Cần Giờ"), "phòng GD" for the office of education and training, and an English question naming a plan by its
owner ("the Labour Federation's rubric"). Real bundled plans, model and index, and two small plans of one city."""

from __future__ import annotations

import pytest

from index.query import expand_abbreviations, puts_forward
from index.relative_years import absolute_years


@pytest.mark.parametrize("text, year", [
    ("2 năm nữa Mỹ Lộc phải đạt bao nhiêu %?", "năm 2028"),
    ("hai năm nữa thì sao?", "năm 2028"),
    ("Cách đây 3 năm Mỹ Lộc đặt chỉ tiêu gì?", "năm 2023"),
    ("What will Hue target in 2 years?", "in 2028"),
    ("What did Can Tho set 3 years ago?", "2023"),
])
def test_a_count_of_years_from_today_is_the_year_it_means(text, year):
    assert year in absolute_years(text, 2026)[0]


@pytest.mark.parametrize("text", ["trong 2 năm nữa", "5 năm tới", "2 năm trước đó", "3 năm sau"])
def test_a_span_of_years_is_left_alone(text):
    assert absolute_years(text, 2026) == (text, [])


def test_a_claim_between_co_phai_and_khong_is_put_forward():
    assert puts_forward("Có phải năm nay Huế đặt chỉ tiêu 50% công dân học tập không?")
    assert puts_forward("Có đúng là Hà Nội đặt 70% không?")
    assert not puts_forward("Sở Nội vụ có phải làm gì không?")  # a duty asked, no claim


def test_the_office_of_education_in_short():
    assert expand_abbreviations("còn hạn của phòng GD?") == "còn hạn của phòng Giáo dục và Đào tạo?"
    assert expand_abbreviations("so gd dt lam gi") == "so Giáo dục và Đào tạo lam gi"
    assert expand_abbreviations("phòng GDTX") == "phòng giáo dục thường xuyên"


@pytest.mark.parametrize("question, place", [
    ("kế hoạch của Cần Giờ năm 2024 giao Sở Nội vụ làm gì", "Cần Giờ"),
    ("Ở Phú Quốc, chỉ tiêu công dân học tập năm 2025 là bao nhiêu?", "Phú Quốc"),
])
def test_a_bare_place_no_plan_covers_is_refused(assistant, question, place):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations and f"Chưa nạp kế hoạch nào của {place}" in ans.answer


def test_a_body_named_after_cua_is_no_place(assistant):
    query, _ = assistant.retriever.analyzer.analyse("Kế hoạch của Hội Khuyến học Huế giao gì?", [])
    assert not any(n.startswith("unknown-place") for n in query.notes)


def test_a_year_offset_the_plan_sets_no_target_for_is_refused(assistant):
    ans = assistant.ask("2 năm nữa Mỹ Lộc phải đạt bao nhiêu % người lao động có kỹ năng sống?")
    assert ans.refused and "2028" in ans.answer


def test_an_amount_checked_that_the_plan_never_states_is_refused(assistant):
    ans = assistant.ask("Mỹ Lộc thưởng 5 triệu đồng cho mỗi tấm gương tự học thành tài phải không?")
    assert ans.refused and not ans.citations and "5 triệu" in ans.answer


def test_a_percentage_checked_is_answered_with_the_plans_figure(assistant):
    ans = assistant.ask("Có phải năm nay Huế đặt chỉ tiêu 50% công dân đạt danh hiệu công dân học tập không?")
    assert not ans.refused and "40%" in ans.answer


_UNION = """LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG
Số: 52/KH-LĐLĐ                      Hải Phòng, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức phong trào thi đua “Công nhân học tập” năm 2026
I. TIÊU CHÍ VÀ THANG ĐIỂM
| TT | Tiêu chí | Điểm tối đa |
|---|---|---|
| 1 | Hoàn thành nhiệm vụ sản xuất | 20 |
| 2 | Tham gia khóa đào tạo nâng cao tay nghề | 25 |
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo LĐLĐ thành phố
- Tổng hợp kết quả, báo cáo trước ngày 15/11/2026.
"""
_CITY = """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
Số: 108/KH-UBND                      Hải Phòng, ngày 06 tháng 5 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Đẩy mạnh học tập suốt đời trong mọi tầng lớp nhân dân; tạo cơ hội cho mọi người được học tập thường xuyên, học
tập suốt đời, nâng cao dân trí, đào tạo nhân lực, góp phần phát triển kinh tế - xã hội của thành phố.
2. Yêu cầu
- Các cơ quan, đơn vị chủ động triển khai, bảo đảm thiết thực, hiệu quả, phù hợp với điều kiện thực tế của địa
phương; gắn với phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập”.
II. MỤC TIÊU
- 70% công nhân lao động được bồi dưỡng kỹ năng nghề.
III. TỔ CHỨC THỰC HIỆN
1. Liên đoàn Lao động thành phố
- Vận động công nhân học tập; báo cáo trước ngày 30/11/2026.
"""


_ZONE = """| UBND THÀNH PHỐ HẢI PHÒNG<br>**BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|:---:|:---:|
| Số: 86/KH-BQL | *Hải Phòng, ngày 12 tháng 3 năm 2026* |

# KẾ HOẠCH

## Xây dựng “Doanh nghiệp học tập” trong các khu công nghiệp giai đoạn 2026 - 2030

### I. MỤC TIÊU
- Đến năm 2030, 50% doanh nghiệp trong các khu công nghiệp đạt danh hiệu “Doanh nghiệp học tập”.

### II. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý lao động: sơ kết giữa kỳ trước ngày 30/6/2028.
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    from tests.conftest import assistant_over

    home = tmp_path_factory.mktemp("owners")
    (home / "plans").mkdir()
    (home / "plans" / "ldld_52.md").write_text(_UNION, encoding="utf-8")
    (home / "plans" / "haiphong_108.md").write_text(_CITY, encoding="utf-8")
    (home / "plans" / "bql_86.md").write_text(_ZONE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_an_english_plan_named_by_its_owner_is_that_bodys_plan(city):
    query, _ = city.retriever.analyzer.analyse(
        "Which criterion carries the most points in the Labour Federation's scoring rubric?", [])
    assert query.plans == ["ldld_52.md"]
    query, _ = city.retriever.analyzer.analyse("What must the Labour Federation do under Hai Phong's plan?", [])
    assert query.plans != ["ldld_52.md"]  # the city's plan gives the federation tasks: no owner named
    # the owner named only in the letterhead (its number's code "BQL" says no more)
    assert city.retriever.documents["bql_86.md"].issuer == "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG"
    query, _ = city.retriever.analyzer.analyse("When is the Economic Zone Authority's mid-term review?", [])
    assert query.plans == ["bql_86.md"]


@pytest.mark.parametrize("question, first, second", [
    ("Ở Mỹ Lộc, Phòng GD&ĐT và UBND các xã mỗi bên phải nộp báo cáo trước ngày nào hằng năm?",
     "Ở Mỹ Lộc, Phòng GD&ĐT phải nộp báo cáo trước ngày nào hằng năm?",
     "UBND các xã phải nộp báo cáo trước ngày nào hằng năm?"),
    ("What must Hanoi's Department of Home Affairs and its Department of Information and Communications each do?",
     "What must Hanoi's Department of Home Affairs do?",
     "What must the Department of Information and Communications do?"),
])
def test_two_bodies_asked_each_are_two_asks(question, first, second):
    from chat.compound import split_asks

    assert split_asks(question) == (first, second)


def test_a_body_whose_name_holds_va_is_not_split():
    from chat.compound import split_asks

    assert split_asks("Huế giao Sở Văn hóa và Thể thao và Liên đoàn Lao động thành phố triển khai kế hoạch nào, "
                      "mỗi bên một kế hoạch số mấy?") is None


def test_each_bodys_own_section_answers_its_ask(assistant):
    ans = assistant.ask("Ở Mỹ Lộc, Phòng GD&ĐT và UBND các xã mỗi bên phải nộp báo cáo trước ngày nào hằng năm?")
    assert "15 tháng 12" in ans.answer and "10 tháng 12" in ans.answer
    assert {c.section.split(" › ")[1][:5] for c in ans.citations} == {"1. Ph", "11. U"}


def test_an_english_follow_up_pointing_back_keeps_the_previous_ask(assistant):
    history = [("user", "Which body in Hanoi spreads lifelong-learning models in libraries and museums?"),
               ("assistant", "The Department of Culture and Sports (Sở Văn hóa và Thể thao, item V.4).")]
    query, _ = assistant.retriever.analyzer.analyse("And in Can Tho, who does that?", history)
    assert "libraries" in query.text and [assistant.retriever.documents[d].locality for d in query.plans] == ["Cần Thơ"]


def test_a_closing_that_goes_on_is_quoted_and_one_that_only_names_the_plan_is_not(assistant):
    from chat.types import Turn

    ans = assistant.ask("ai là thường trực BCĐ thành phố?",
                        [Turn(role="user", content="Sở GD&ĐT Cần Thơ làm gì trong KH 74?"),
                         Turn(role="assistant", content="Chủ trì triển khai …")])
    assert "Thường trực Ban Chỉ đạo" in ans.answer


def test_a_unit_named_with_its_organisation_is_the_body_asked(assistant):
    analyse = assistant.retriever.analyzer.analyse
    assert analyse("Ban Tuyên truyền của Hội Khuyến học tỉnh làm gì?", [])[0].agency == "Ban Tuyên truyền"
    # "hạn báo cáo của X" is no organisation of the body before it
    query, _ = analyse("Ở Mỹ Lộc hạn báo cáo của UBND xã và hạn báo cáo của Phòng GD&ĐT cách nhau mấy ngày?", [])
    assert query.agency and "Phòng Giáo dục và Đào tạo" in query.agency


def test_workplace_short_forms():
    assert expand_abbreviations("Tỷ lệ DN trong KCN, KKT có quy chế ATLĐ") == \
        "Tỷ lệ doanh nghiệp trong khu công nghiệp, khu kinh tế có quy chế an toàn lao động"
    assert expand_abbreviations("KH của BQL") == "Kế hoạch của Ban Quản lý"


def test_kpi_is_a_target():
    assert expand_abbreviations("KPI năm 2025 về năng lực thông tin") == "chỉ tiêu năm 2025 về năng lực thông tin"
