"""Plans issued by no place: a ministry's nationwide plan (its letterhead is the ministry, its place-date line only
where the ministry sits) and a corporation's own plan (a letterhead "BỘ … / TỔNG CÔNG TY …", a targets table typed
with tabs); and questions officials ask in everyday words: a body by its sector ("bên giáo dục", "ngành y tế"), how
often something is done, what a plan has for a group of people, what parts a plan has. Real reader, model and index.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_MINISTRY = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 1234/KH-BVHTTDL                     Hà Nội, ngày 15 tháng 4 năm 2025

KẾ HOẠCH
Triển khai Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030" của ngành Văn hóa, Thể thao và Du lịch năm 2025

Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ;
Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát huy vai trò của thư viện, bảo tàng, nhà văn hóa trong xây dựng xã hội học tập.
2. Yêu cầu
Bảo đảm thiết thực, hiệu quả.

II. NHIỆM VỤ
1. Chương trình 1: Thư viện và văn hóa đọc
- Đến năm 2025, 100% thư viện cấp tỉnh cung cấp dịch vụ thư viện số.
- Tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21 tháng 4 hằng năm.
2. Chương trình 2: Bảo tàng là lớp học
- Xây dựng chương trình giáo dục di sản tại bảo tàng cho học sinh.

III. TỔ CHỨC THỰC HIỆN
1. Vụ Thư viện
Chủ trì hướng dẫn các thư viện công cộng phát triển văn hóa đọc; báo cáo Bộ trước ngày 15 tháng 12 năm 2025.
2. Cục Di sản văn hóa
Chủ trì Chương trình 2; hướng dẫn các bảo tàng xây dựng chương trình giáo dục di sản.
3. Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương
Tham mưu Ủy ban nhân dân cấp tỉnh ban hành kế hoạch của địa phương; báo cáo kết quả về Bộ trước ngày 30 tháng 11 hằng năm.

Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT.
                                        KT. BỘ TRƯỞNG
                                        THỨ TRƯỞNG
                                        Nguyễn Văn An
"""

_COMPANY = ("BỘ XÂY DỰNG\nTỔNG CÔNG TY LẮP MÁY VIỆT NAM - CTCP\nSố: 318/KH-LILAMA\n"
            "Hà Nội, ngày 09 tháng 3 năm 2023\n\nKẾ HOẠCH\n"
            "Xây dựng “Doanh nghiệp học tập” tại Tổng công ty Lắp máy Việt Nam - CTCP giai đoạn 2023 - 2030\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n- Mỗi người lao động học tập thường xuyên.\n\n"
            "II. CHỈ TIÊU\nChỉ tiêu\tNăm 2025\tNăm 2030\n"
            "Cán bộ quản lý có kỹ năng số cơ bản (%)\t70\t100\n"
            "Thợ hàn đạt chứng chỉ hàn quốc tế (người)\t300\t800\n"
            "Ghi chú: chứng chỉ hàn theo tiêu chuẩn ASME.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tổ chức - Nhân sự\n"
            "- Là cơ quan thường trực; báo cáo Tổng Giám đốc trước ngày 15 tháng 12 hằng năm.\n"
            "2. Công đoàn Tổng công ty\n- Vận động công nhân tham gia phong trào “Tủ sách công nhân”.\n\n"
            "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\nNguyễn Văn Bình\n")


# a district and the commune of the same name formed from it (English questions tell them by their unit words)
_DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU
Số: 45/KH-UBND                      Hải Hậu, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập huyện Hải Hậu giai đoạn 2024 - 2030
I. MỤC TIÊU
- Đến năm 2030, mỗi xã có 01 thư viện số kết nối với thư viện huyện.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Là cơ quan thường trực; báo cáo Ủy ban nhân dân huyện trước ngày 15/12 hằng năm.
"""
_COMMUNE = """ỦY BAN NHÂN DÂN XÃ HẢI HẬU
Số: 12/KH-UBND                      Hải Hậu, ngày 20 tháng 9 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập xã Hải Hậu giai đoạn 2026 - 2030
I. ĐẶC ĐIỂM TÌNH HÌNH
- Xã có diện tích tự nhiên 52,3 km², dân số 38.400 người; hết năm 2024, thị trấn Yên Định cũ đạt chuẩn phổ cập mức độ 3.
II. MỤC TIÊU
- Đến năm 2030, 80% hộ gia đình đạt danh hiệu "Gia đình học tập".
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
- Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; báo cáo trước ngày 10/12 hằng năm.
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("nationwide")
    (home / "plans").mkdir()
    (home / "plans" / "bvhttdl_1234.txt").write_text(_MINISTRY, encoding="utf-8")
    (home / "plans" / "lilama_318.txt").write_text(_COMPANY, encoding="utf-16")  # Notepad's "Unicode"
    (home / "plans" / "haihau_45.txt").write_text(_DISTRICT, encoding="utf-8")
    (home / "plans" / "xahaihau_12.txt").write_text(_COMMUNE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_english_unit_words_pick_the_district_or_the_commune(plans):
    district, commune = ["haihau_45.txt"], ["xahaihau_12.txt"]
    query, _ = plans.retriever.search("What does the Hai Hau district plan say about libraries?", [], None)
    assert query.plans == district, query.notes
    query, _ = plans.retriever.search("According to the commune plan, what had Hai Hau achieved by the end of 2024?",
                                      [], None)
    assert query.plans == commune, query.notes
    ans = plans.ask("Which office is the standing agency of Hai Hau commune's plan?")
    assert not ans.refused and "Phòng Văn hóa - Xã hội" in ans.answer, ans.answer
    ans = plans.ask("What are the area and population of Hai Hau commune?")
    assert not ans.refused and "38.400" in ans.answer, ans.answer


def test_a_ministry_plan_is_nationwide_not_the_city_it_is_signed_in(plans):
    doc = plans.retriever.documents["bvhttdl_1234.txt"]
    assert (doc.locality, doc.level, doc.period) == ("Bộ Văn hóa, Thể thao và Du lịch", "trung ương", "2025"), doc
    ans = plans.ask("Theo kế hoạch của Bộ VHTTDL, Vụ Thư viện phải làm gì?")
    assert not ans.refused and "15 tháng 12 năm 2025" in ans.answer, ans.answer
    # named by its sector, and its part named by its own label
    ans = plans.ask("Chương trình 1 trong kế hoạch của ngành Văn hóa, Thể thao và Du lịch gồm những nội dung gì?")
    assert not ans.refused and "21 tháng 4" in ans.answer and "thư viện số" in ans.answer, ans.answer
    ans = plans.ask("Vụ Pháp chế có nhiệm vụ gì trong Kế hoạch 1234/KH-BVHTTDL?")
    assert ans.refused and not ans.citations, ans.answer


def test_a_corporation_plan_is_its_own_and_its_tab_table_is_read(plans):
    doc = plans.retriever.documents["lilama_318.txt"]
    assert (doc.locality, doc.level) == ("Tổng công ty Lắp máy Việt Nam - CTCP", "đơn vị"), doc
    assert "Năm 2025: 70 | Năm 2030: 100" in doc.text and "ASME. |" not in doc.text, doc.text
    ans = plans.ask("Năm 2025 LILAMA cần bao nhiêu % cán bộ quản lý có kỹ năng số cơ bản?")
    assert not ans.refused and "70" in ans.answer, ans.answer
    ans = plans.ask("TCT Lắp máy giao Ban TCNS làm gì?")
    assert not ans.refused and "thường trực" in ans.answer, ans.answer


def test_a_body_named_by_its_sector(assistant):
    ans = assistant.ask("Bên giáo dục ở Huế được giao làm những gì trong kế hoạch năm 2026?")
    assert not ans.refused and "Sở Giáo dục và Đào tạo" in ans.answer, ans.answer
    ans = assistant.ask("Ngành y tế ở Cần Thơ được giao gì trong kế hoạch này?")
    assert ans.refused and not ans.citations, ans.answer
    ans = assistant.ask("Ngành y tế ở Mỹ Lộc có phải làm gì không?")  # no item of its own: the item for all offices
    assert not ans.refused and "Các phòng, ban, ngành của huyện" in ans.answer, ans.answer


def test_how_often_is_answered_by_a_stated_cadence_only(assistant):
    ans = assistant.ask("Cần Thơ bao lâu sơ kết một lần?")
    assert ans.refused and "tần suất" in ans.answer and not ans.citations, ans.answer
    ans = assistant.ask("Ở Cần Thơ có hoạt động nào phải làm hằng năm không?")
    assert not ans.refused and "Hàng năm" in ans.answer, ans.answer


def test_what_a_plan_has_for_a_group(assistant):
    ans = assistant.ask("Kế hoạch Huế có gì cho người khuyết tật?")
    assert ans.refused and "người khuyết tật" in ans.answer and not ans.citations, ans.answer
    ans = assistant.ask("hue co uu tien gi cho thanh nien xuat ngu khong")  # the plan's words: nghĩa vụ quân sự
    assert not ans.refused, ans.answer


def test_the_parts_of_a_plan(assistant):
    ans = assistant.ask("Kế hoạch Cần Thơ gồm mấy phần, là những phần nào?")
    assert not ans.refused and ans.answer.startswith("Kế hoạch Cần Thơ gồm 5 phần"), ans.answer
    assert "V. TỔ CHỨC THỰC HIỆN" in ans.answer and len(ans.citations) == 5, ans.answer
