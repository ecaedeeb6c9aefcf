"""A plan of a Party committee (Ban Thường vụ Huyện ủy), in the Party's document style: the unit is read off
"HUYỆN ỦY XUÂN TRƯỜNG" (not the province of "ĐẢNG BỘ TỈNH …"), the number "Số 125-KH/HU" is its own, hyphen-numbered
headings ("I-", "1-", "a-") are its outline and the "-----" under the title is no text; and questions written for a
quiz on a plan: options, true/false and blanks are read away and the answer says which option the plan bears out.
Real reader, model and index over plans of our own."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_PARTY = """ĐẢNG BỘ TỈNH NAM ĐỊNH                    ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY XUÂN TRƯỜNG
*
Số 125-KH/HU                             Xuân Trường, ngày 15 tháng 5 năm 2024

KẾ HOẠCH
thực hiện Kết luận số 49-KL/TW ngày 28/02/2023 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập
-----
Thực hiện Kết luận số 49-KL/TW ngày 28/02/2023 của Ban Bí thư, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I- MỤC ĐÍCH, YÊU CẦU
1- Quán triệt sâu sắc nội dung Kết luận 49-KL/TW đến cán bộ, đảng viên.
2- Xác định đây là nhiệm vụ thường xuyên của cấp ủy, chính quyền.

II- MỤC TIÊU
1- Đến năm 2025: 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
2- Đến năm 2030: 85% hộ gia đình đạt danh hiệu "Gia đình học tập".

III- NHIỆM VỤ, GIẢI PHÁP
1- Tăng cường sự lãnh đạo của cấp ủy đảng
a- Các chi, đảng bộ trực thuộc đưa nội dung vào nghị quyết hằng năm.
b- Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập huyện.
2- Đẩy mạnh tuyên truyền
Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền.

IV- TỔ CHỨC THỰC HIỆN
1- Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan hướng dẫn, theo dõi việc thực hiện Kế hoạch; định kỳ báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12 hằng năm.
2- Ủy ban Kiểm tra Huyện ủy đưa nội dung vào chương trình kiểm tra, giám sát năm 2025.
3- Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện trước ngày 30/6/2024.
4- Đảng đoàn Hội đồng nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo bố trí kinh phí 500 triệu đồng mỗi năm.

                                         T/M BAN THƯỜNG VỤ
Nơi nhận:                                PHÓ BÍ THƯ
- Ban Tuyên giáo Tỉnh ủy (b/c),
- Các đ/c Huyện ủy viên,
- Lưu VPHU.                              Trần Văn Nam
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("xuantruong")
    (home / "plans").mkdir()
    (home / "plans" / "xuantruong_125.txt").write_text(_PARTY, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_party_committee_plan_is_its_district_s(plans):
    doc = plans.retriever.documents["xuantruong_125.txt"]
    assert (doc.locality, doc.level, doc.number) == ("Xuân Trường", "huyện", "125-KH/HU"), doc
    assert "Nam Định" in doc.parents
    assert not any(ln.strip().startswith("---") for ln in doc.text.split("\n"))
    agencies = {s.agency for s in doc.sections if s.agency}
    assert {"Ban Tuyên giáo Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"} <= agencies, agencies
    ans = plans.ask("Kế hoạch 125-KH/HU do ai ký?")
    assert not ans.refused and "Trần Văn Nam" in ans.answer, ans.answer
    ans = plans.ask("Ban Tuyên giáo Huyện ủy Xuân Trường phải làm gì?")
    assert not ans.refused and "15/12" in ans.answer, ans.answer


def test_a_quiz_question_is_read_for_its_ask(plans):
    ans = plans.ask("Câu hỏi trắc nghiệm: Đến năm 2030, Xuân Trường phấn đấu bao nhiêu % hộ gia đình đạt danh hiệu "
                    "Gia đình học tập? A. 70% B. 80% C. 85% D. 90%")
    assert not ans.refused and ans.answer.startswith("Đáp án theo kế hoạch: C (85%)"), ans.answer
    ans = plans.ask("Trắc nghiệm: Đến năm 2025, Xuân Trường phấn đấu bao nhiêu % hộ gia đình đạt danh hiệu "
                    "Gia đình học tập? A. 50% B. 60% C. 80%")
    assert not ans.refused and ans.answer.startswith("Không phương án nào") and "70%" in ans.answer, ans.answer
    ans = plans.ask("Đúng hay sai: Đảng ủy các xã, thị trấn ở Xuân Trường xây dựng kế hoạch trước ngày 30/6/2024.")
    assert not ans.refused and "30/6/2024" in ans.answer, ans.answer
    ans = plans.ask("Điền vào chỗ trống: Đến năm 2030: ___% hộ gia đình đạt danh hiệu Gia đình học tập (Xuân Trường)")
    assert not ans.refused and "85%" in ans.answer, ans.answer


def test_a_body_of_another_level_named_only_in_the_recipients(plans):
    # the province's Ban Tuyên giáo is in the Nơi nhận only; the plan tasks the district's
    ans = plans.ask("Ban Tuyên giáo Tỉnh ủy được giao gì trong kế hoạch của Huyện ủy Xuân Trường?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plans.ask("Kế hoạch 125-KH/HU gửi những cơ quan nào để b/c?")
    assert not ans.refused and "Ban Tuyên giáo Tỉnh ủy (b/c)" in ans.answer, ans.answer
