"""What a plan only cites, what it only aims at, and what its tables set for another year: a document the plan rests
on (its căn cứ, a submission) is not loaded, so its contents and signer are refused even when the question opens
with "Trong …" or "Ai ký …"; "đã được UNESCO công nhận … chưa?" is a result the plan does not report; a row of the
2027 table does not answer 2030; "mỗi suất học bổng trị giá bao nhiêu" is not answered by the fund's amount in the
same line. Real reader, model and index over a plan of our own."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_CITY = """ỦY BAN NHÂN DÂN THÀNH PHỐ SA ĐÉC
Số: 77/KH-UBND
Sa Đéc, ngày 12 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng thành phố học tập Sa Đéc giai đoạn 2025 - 2030
Căn cứ Kế hoạch số 112/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập;
Căn cứ Công văn số 305/SGDĐT-GDTX ngày 10/02/2025 của Sở Giáo dục và Đào tạo;
Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 39/TTr-PGDĐT ngày 05/3/2025.
I. MỤC TIÊU
1. Đến năm 2030, phấn đấu được UNESCO công nhận là thành viên Mạng lưới các thành phố học tập toàn cầu.
2. Quỹ khuyến học các cấp vận động đạt ít nhất 20 tỷ đồng mỗi năm; mỗi năm trao ít nhất 3.000 suất học bổng.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: hoàn thành hồ sơ đề cử, trình Ủy ban nhân dân thành phố trước ngày 30/6/2026.
2. Phòng Văn hóa, Khoa học và Thông tin: phát triển mạng lưới thư viện phường.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
PHỤ LỤC - CHỈ TIÊU NĂM 2027 GIAO CHO CÁC PHƯỜNG
| TT | Đơn vị | Hội viên khuyến học (người) | Gia đình học tập (%) |
|---|---|---|---|
| 1 | Phường 1 | 4.200 | 70 |
| 2 | Phường Tân Quy Đông | 3.100 | 65 |
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("sadec")
    (home / "plans").mkdir()
    (home / "plans" / "sadec_77.md").write_text(_CITY, encoding="utf-8")
    return assistant_over(home, embedder)


@pytest.mark.parametrize("question", [
    "Trong Kế hoạch 112/KH-UBND, UBND tỉnh giao Sở Giáo dục và Đào tạo nhiệm vụ gì?",
    "Công văn 305/SGDĐT-GDTX yêu cầu nộp hồ sơ về Sở trước ngày nào?",
    "Ai ký Tờ trình 39/TTr-PGDĐT trình kế hoạch thành phố học tập Sa Đéc?",
])
def test_a_cited_document_is_not_loaded(plans, question):
    ans = plans.ask(question)
    assert ans.refused and not ans.citations and "chưa được nạp" in ans.answer, ans.answer


def test_the_loaded_plan_asked_by_its_number_is_answered(plans):
    ans = plans.ask("Trong Kế hoạch 77/KH-UBND, Phòng Giáo dục và Đào tạo phải làm gì?")
    assert not ans.refused and "30/6/2026" in ans.answer, ans.answer
    # what the plan says of a document it cites (its date) is the plan's own line
    ans = plans.ask("Kế hoạch Sa Đéc căn cứ Công văn 305 ngày nào?")
    assert not ans.refused and "10/02/2025" in ans.answer, ans.answer


def test_a_result_the_plan_only_aims_at(plans):
    ans = plans.ask("Sa Đéc đã được UNESCO công nhận là thành viên mạng lưới chưa?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plans.ask("Sa Đéc phấn đấu được UNESCO công nhận vào năm nào?")
    assert not ans.refused and "2030" in ans.answer, ans.answer


def test_a_table_of_one_year_does_not_answer_another(plans):
    ans = plans.ask("Kế hoạch Sa Đéc giao Phường 1 bao nhiêu hội viên khuyến học năm 2030?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plans.ask("Kế hoạch Sa Đéc giao Phường 1 bao nhiêu hội viên khuyến học năm 2027?")
    assert not ans.refused and "4.200" in ans.answer, ans.answer


def test_an_amount_is_of_its_own_clause(plans):
    ans = plans.ask("Mỗi suất học bổng ở Sa Đéc trị giá bao nhiêu?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plans.ask("Quỹ khuyến học Sa Đéc vận động bao nhiêu tiền mỗi năm?")
    assert not ans.refused and "20 tỷ đồng" in ans.answer, ans.answer


def test_a_scheme_named_in_quotes_that_the_plan_lacks(plans):
    # a scheme's quoted name is a proper name, however long: the plan must write it to answer for it
    ans = plans.ask("Sa Đéc có phải xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” không?")
    assert ans.refused and not ans.citations, ans.answer
