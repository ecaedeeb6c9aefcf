"""Two plans of one province issued by different bodies — a cooperative alliance ("LIÊN MINH HỢP TÁC XÃ TỈNH LAI
CHÂU": the "xã" of "hợp tác xã" is no commune) and the women's union — are told apart by the issuer a question
names — also when the question names no place and the body acts in its own plan ("Liên minh HTX tỉnh mở bao
nhiêu lớp …?", "the cooperative alliance's classes"), not the other plan's request to it; an amount asked for one year of a five-year plan stating only the period's total is refused, as is a year
asked beyond the period ("Sau năm 2030, … đến năm 2035?"). Real reader, model and index over plans of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

_ALLIANCE = """LIÊN MINH HTX VIỆT NAM
LIÊN MINH HỢP TÁC XÃ TỈNH LAI CHÂU
Số: 15/KH-LMHTX
Lai Châu, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Bồi dưỡng kiến thức cho thành viên hợp tác xã trên địa bàn tỉnh Lai Châu năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực quản trị cho cán bộ quản lý hợp tác xã.
II. NỘI DUNG
1. Mở 06 lớp bồi dưỡng quản trị hợp tác xã cho 240 học viên.
III. KINH PHÍ
Kinh phí năm 2026 là 320 triệu đồng từ ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng Liên minh
Xây dựng chương trình, tài liệu bồi dưỡng; mời giảng viên; báo cáo trước ngày 10/12/2026.
2. Các hợp tác xã
Cử cán bộ tham gia đầy đủ các lớp bồi dưỡng.
CHỦ TỊCH
Lò Văn Pao
"""

_WOMEN = """HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
BAN CHẤP HÀNH HỘI LHPN TỈNH LAI CHÂU
Số: 42-KH/HPN
Lai Châu, ngày 20 tháng 2 năm 2026
KẾ HOẠCH
Phụ nữ học tập suốt đời trên địa bàn tỉnh Lai Châu giai đoạn 2026 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng số cho hội viên phụ nữ.
II. CHỈ TIÊU
1. Đến năm 2030, 70% hội viên phụ nữ biết sử dụng dịch vụ công trực tuyến.
III. KINH PHÍ
Tổng kinh phí giai đoạn 2026 - 2030 dự kiến 1.500 triệu đồng từ ngân sách tỉnh và nguồn xã hội hóa.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Hội LHPN tỉnh
Hướng dẫn các cấp Hội tổ chức lớp kỹ năng số; báo cáo trước ngày 25/11 hằng năm.
2. Văn phòng Hội LHPN tỉnh
Bảo đảm kinh phí, cơ sở vật chất cho các lớp học.
3. Đề nghị Liên minh Hợp tác xã tỉnh
Phối hợp mở lớp kỹ năng số cho nữ thành viên hợp tác xã.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Tòng Thị Xuân
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("laichau")
    (home / "plans").mkdir()
    (home / "plans" / "lmhtx_laichau_15.txt").write_text(_ALLIANCE, encoding="utf-8")
    (home / "plans" / "hlhpn_laichau_42.txt").write_text(_WOMEN, encoding="utf-8")
    return home


def test_a_cooperative_alliance_is_the_provinces_not_a_communes(home):
    doc = load_plan(home / "plans" / "lmhtx_laichau_15.txt")
    assert (doc.locality, doc.level) == ("Lai Châu", "tỉnh/thành phố"), (doc.locality, doc.level)


@pytest.fixture(scope="module")
def plans(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_the_issuer_named_picks_its_plan(plans):
    ans = plans.ask("Liên minh HTX Lai Châu giao Văn phòng Liên minh những việc gì?")
    assert {c.doc for c in ans.citations} == {"lmhtx_laichau_15.txt"}, ans.answer
    ans = plans.ask("Hội LHPN tỉnh Lai Châu giao Văn phòng Hội những việc gì?")
    assert {c.doc for c in ans.citations} == {"hlhpn_laichau_42.txt"}, ans.answer


def test_one_years_amount_of_a_period_total_is_refused(plans):
    ans = plans.ask("Kinh phí năm 2028 của kế hoạch Hội Liên hiệp Phụ nữ tỉnh Lai Châu là bao nhiêu?")
    assert ans.refused and not ans.citations, ans.answer
    total = plans.ask("Tổng kinh phí kế hoạch Hội Liên hiệp Phụ nữ tỉnh Lai Châu giai đoạn 2026 - 2030 là bao nhiêu?")
    assert "1.500 triệu đồng" in total.answer, total.answer


def test_a_year_past_the_period_is_refused(plans):
    ans = plans.ask("Sau năm 2030, Hội Liên hiệp Phụ nữ tỉnh Lai Châu đặt mục tiêu gì đến năm 2035?")
    assert ans.refused and not ans.citations and "2035" in ans.answer, ans.answer


def test_a_body_acting_with_no_place_named_asks_its_own_plan(plans):
    # the women's union's plan asks the alliance for help ("Đề nghị Liên minh Hợp tác xã tỉnh"); the alliance's own
    # classes are in its own plan
    ans = plans.ask("Liên minh HTX tỉnh mở bao nhiêu lớp bồi dưỡng quản trị hợp tác xã?")
    assert {c.doc for c in ans.citations} == {"lmhtx_laichau_15.txt"} and "06 lớp" in ans.answer, ans.answer
    ans = plans.ask("How many management classes does the cooperative alliance run?")
    assert {c.doc for c in ans.citations} == {"lmhtx_laichau_15.txt"} and "06 lớp" in ans.answer, ans.answer
    # asked what it must do, the body is the one the other plan requests
    ans = plans.ask("Liên minh HTX tỉnh được đề nghị làm gì?")
    assert "hlhpn_laichau_42.txt" in {c.doc for c in ans.citations}, ans.answer
