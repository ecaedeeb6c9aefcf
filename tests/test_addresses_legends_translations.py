"""A plan's own addresses are resolved or refused plainly ("điểm g khoản 15 Mục V" of a list a–e, "tiểu mục 2.3",
"gạch đầu dòng thứ sáu" of an item); an asker's own unit is asked of the loaded plan it lies in, and an asker's body
the plan does not name is answered from its kind's item, said so. A plan's own abbreviation legend ("HKH", "BTV")
names its bodies in full words; a translation appended after the signature is plan text, not closing furniture.
Real readers, analyser, model and index."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.legend import expand, plan_abbreviations
from ingest.load import load_plan
from tests.conftest import assistant_over

_CITY = """ỦY BAN NHÂN DÂN THÀNH PHỐ RẠCH GIÁ
Số: 58/KH-UBND
Rạch Giá, ngày 14 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng thành phố học tập Rạch Giá giai đoạn 2025 - 2030
I. MỤC TIÊU
1. Đến năm 2027: 65% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Đến năm 2030: 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực; hoàn thiện hồ sơ đề cử trình Ủy ban nhân dân thành phố trước ngày 30/6/2026.
2. Phòng Văn hóa, Khoa học và Thông tin: Chủ trì tuyên truyền về thành phố học tập.
Nơi nhận:
- Sở Giáo dục và Đào tạo;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Kim Ngân

**BẢN DỊCH TIẾNG ANH / ENGLISH TRANSLATION**
PLAN
Building Rach Gia as a learning city in the 2025 - 2030 period
I. TARGETS
- By 2027, 65% of households are recognised as “Learning Families”.
II. IMPLEMENTATION
1. Division of Education and Training: acts as the standing agency; submits the nomination before 30 June 2026.
"""

_SOCIETY = """HỘI KHUYẾN HỌC TỈNH KIÊN GIANG
Số: 27/KH-HKH
Rạch Giá, ngày 02 tháng 4 năm 2025
KẾ HOẠCH
Đẩy mạnh phong trào khuyến học, khuyến tài tỉnh Kiên Giang giai đoạn 2025 - 2030
CHỮ VIẾT TẮT DÙNG TRONG KẾ HOẠCH
| Viết tắt | Nội dung |
|---|---|
| HKH | Hội Khuyến học |
| BTV | Ban Thường vụ |
| CHKH | Chi hội khuyến học |
I. MỤC TIÊU
1. Đến năm 2027: 100% ấp, khu phố có CHKH.
II. TỔ CHỨC THỰC HIỆN
1. BTV HKH tỉnh
- Chỉ đạo, kiểm tra việc thực hiện Kế hoạch; sơ kết vào quý IV/2027.
2. HKH cấp huyện
- Phát triển CHKH ở ấp, khu phố; báo cáo BTV HKH tỉnh trước ngày 30/11 hằng năm.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lâm Văn Thạnh
"""


@pytest.fixture(scope="module")
def kien_giang(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("kiengiang")
    (home / "plans").mkdir()
    (home / "plans" / "rachgia_58.txt").write_text(_CITY, encoding="utf-8")
    (home / "plans" / "hkh_27.md").write_text(_SOCIETY, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_translation_after_the_signature_is_plan_text(tmp_path: Path):
    path = tmp_path / "rachgia_58.txt"
    path.write_text(_CITY, encoding="utf-8")
    doc = load_plan(path)
    assert doc.signer is not None and doc.signer.name == "Trần Thị Kim Ngân", doc.signer
    assert "learning city" not in doc.recipients and "Division" not in doc.signature, doc.signature
    assert any(s.kind == "appendix" and "ENGLISH TRANSLATION" in s.title for s in doc.sections), doc.sections


def test_a_plans_own_legend_names_its_bodies(tmp_path: Path):
    path = tmp_path / "hkh_27.md"
    path.write_text(_SOCIETY, encoding="utf-8")
    doc = load_plan(path)
    assert dict(doc.abbreviations) == {"HKH": "Hội Khuyến học", "BTV": "Ban Thường vụ", "CHKH": "Chi hội khuyến học"}
    assert [s.agency for s in doc.sections if s.agency] == ["Ban Thường vụ Hội Khuyến học tỉnh",
                                                             "Hội Khuyến học cấp huyện"]
    assert expand("HKH-x và HKH", doc.abbreviations) == "HKH-x và Hội Khuyến học"  # whole words only
    assert plan_abbreviations("Ủy ban nhân dân (UBND) tỉnh") == ()  # no legend, nothing read into the text


def test_legend_and_translation_over_the_index(kien_giang):
    ans = kien_giang.ask("Ban Thường vụ Hội Khuyến học tỉnh Kiên Giang có nhiệm vụ gì?")
    assert not ans.refused and "quý IV/2027" in ans.answer, ans.answer
    ans = kien_giang.ask("Ở Kiên Giang, HKH cấp huyện báo cáo trước ngày nào?")
    assert not ans.refused and "30/11" in ans.answer, ans.answer
    # a place's name is no ask: "Rạch Giá … bao nhiêu" asks no price
    ans = kien_giang.ask("Rạch Giá đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập năm 2027?")
    assert ans.query["intent"] == "target" and "65%" in ans.answer, ans.answer
    ans = kien_giang.ask("Theo kế hoạch xây dựng thành phố học tập của UBND thành phố Rạch Giá, Phòng Giáo dục và "
                         "Đào tạo có nhiệm vụ gì?")
    assert "30/6/2026" in ans.answer and all("Phòng Giáo dục" in c.section for c in ans.citations), ans.answer


def test_addresses_resolved_or_refused(assistant):
    ans = assistant.ask("Điểm g khoản 15 Mục V kế hoạch Hà Nội nói gì?")
    assert ans.refused and not ans.citations and "a, b, c, d, e" in ans.answer, ans.answer
    ans = assistant.ask("Tiểu mục 2.3 Mục II kế hoạch Hà Nội đặt mục tiêu đến năm nào?")
    assert ans.refused and "2.1, 2.2" in ans.answer, ans.answer
    ans = assistant.ask("Điểm b tiểu mục 2.1 khoản 2 Mục II kế hoạch Hà Nội quy định gì?")
    assert not ans.refused and "75-80%" in ans.answer, ans.answer
    ans = assistant.ask("Gạch đầu dòng thứ sáu dưới Phòng Giáo dục và Đào tạo (khoản 1 Mục III) của kế hoạch An Lão là gì?")
    assert not ans.refused and "Chủ trì tổng hợp kết quả" in ans.answer and ans.answer.count("\n- ") == 1, ans.answer
    ans = assistant.ask("Gạch đầu dòng thứ năm của Phòng Văn hóa Khoa học và Thông tin (khoản 3 Mục III) kế hoạch An Lão là gì?")
    assert ans.refused and "4 gạch" in ans.answer, ans.answer
    hist = [{"role": "user", "content": "Điểm d khoản 15 Mục V kế hoạch Hà Nội nói gì?"},
            {"role": "assistant", "content": "Điểm d: Hội Liên hiệp phụ nữ Thành phố … [002_797e8de6131c77f9.txt]"}]
    ans = assistant.ask("Còn điểm e?", hist)
    assert not ans.refused and "chuyển giao công nghệ" in ans.answer and "Hội Cựu chiến binh" in ans.answer, ans.answer


def test_the_askers_own_unit_and_body(assistant):
    ans = assistant.ask("Tôi ở UBND thị trấn Mỹ Lộc. Hạn nào sắp tới mà xã, thị trấn phải gửi báo cáo?")
    assert not ans.refused and "10 tháng 12" in ans.answer, ans.answer
    ans = assistant.ask("Tôi ở Ủy ban nhân dân quận Ninh Kiều, Cần Thơ. Kế hoạch của thành phố năm 2024 bắt quận "
                        "chúng tôi kiện toàn ban gì?")
    assert not ans.refused and any("quận, huyện" in c.section for c in ans.citations), ans.answer
    ans = assistant.ask("Đơn vị tôi là Phòng Nội vụ huyện Mỹ Lộc, theo kế hoạch xã hội học tập của huyện thì bên tôi "
                        "phải làm gì?")
    assert "không có mục riêng" in ans.answer and all("Các phòng, ban, ngành" in c.section for c in ans.citations), \
        ans.answer
    ans = assistant.ask("Sở Y tế Cần Thơ phải làm gì?")  # not the asker's: a body the plan does not name is refused
    assert ans.refused, ans.answer
    # the asker's own district beside a loaded one (a sibling, not the plan above it) has no plan loaded
    ans = assistant.ask("Tôi ở Phòng GD&ĐT huyện Vụ Bản, Nam Định. Hạn báo cáo kết quả xây dựng xã hội học tập của "
                        "huyện tôi là ngày nào?")
    assert ans.refused and "Vụ Bản" in ans.answer and not ans.citations, ans.answer


def test_another_grade_is_another_indicator(assistant):
    ans = assistant.ask("Huế năm nay cần bao nhiêu đơn vị học tập đạt mức độ 3?")
    assert ans.refused and not ans.citations, ans.answer
    ans = assistant.ask("Huế năm nay cần bao nhiêu đơn vị học tập đạt mức độ 2?")
    assert not ans.refused and "05" in ans.answer, ans.answer


def test_milestones_and_comparisons(assistant):
    hist = [{"role": "user", "content": "Năm 2025 là mốc 2025 của Mỹ Lộc, chỉ tiêu năng lực thông tin cho người "
                                        "trong độ tuổi lao động là bao nhiêu?"},
            {"role": "assistant", "content": "60% (mục II.2.a) [001_7bafa58816a5de75.txt]"}]
    ans = assistant.ask("Còn mốc tiếp theo thì bao nhiêu?", hist)
    assert not ans.refused and "70%" in ans.answer, ans.answer
    ans = assistant.ask("Hanoi: how much higher is the 2030 target for learning citizens than the 2025 one?")
    assert not ans.refused and "50%" in ans.answer and "70%" in ans.answer, ans.answer
    ans = assistant.ask("nam ngoai (2025) ha noi dat chi tieu bao nhieu % lao dong qua dao tao")
    assert not ans.refused and "75-80%" in ans.answer, ans.answer


def test_a_pasted_passage_no_plan_holds_is_refused(assistant):
    ans = assistant.ask("“Tổ chức Ngày hội học tập suốt đời cấp huyện vào tháng 10 hằng năm” — ai chịu trách nhiệm việc này?")
    assert ans.refused and not ans.citations and "Đoạn trích" in ans.answer, ans.answer
    # a pasted line with one word changed is still the plan's line: answered, not refused
    ans = assistant.ask("Chị em hội phụ nữ Cần Thơ chép: vận động thực hiện Cuộc vận động \"Xây dựng gia đình 4 không 3 "
                        "sạch\". Có đúng chữ trong kế hoạch không?")
    assert not ans.refused and ans.citations, ans.answer
