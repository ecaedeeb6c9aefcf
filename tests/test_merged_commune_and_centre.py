"""Shapes of held-out sets 23 and 24 on plans of our own: a commune formed by merging three (its former communes
are rows of its targets table), a learning centre's own plan (a month-by-month schedule typed with tabs, a closing
with the commune's approval column beside the director's), converter hyphenation, and questions the plans do not
answer (a numbered document that is not loaded, a column the row leaves blank) — real readers, model and index."""

from __future__ import annotations

from chat.types import Turn
from ingest.clean import is_syllable, join_hyphenated
from ingest.load import parse_text
from tests.conftest import assistant_over

_COMMUNE = """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hưng, ngày 20 tháng 9 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập xã Tân Hưng giai đoạn 2026 - 2030

Căn cứ Nghị quyết số 12-NQ/ĐU ngày 05/8/2025 của Đảng ủy xã Tân Hưng;

I. ĐẶC ĐIỂM TÌNH HÌNH
Xã Tân Hưng (mới) được thành lập trên cơ sở sắp xếp xã Tân Hưng, xã Phú Lợi và xã Bình Yên; xã có 24 ấp.

II. MỤC TIÊU
Chỉ tiêu theo từng khu vực xã cũ:

| Khu vực | GĐHT 2026 | GĐHT 2030 | Ấp CĐHT 2030 |
|---|---|---|---|
| Khu vực xã Phú Lợi cũ | 62% | 76% | 7/8 ấp |
| Khu vực xã Bình Yên cũ | 58% | 73% | 6/8 ấp |
| Toàn xã | 63% | 78% | 21/24 ấp |

III. PHÂN CÔNG NHIỆM VỤ

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|
| 1 | Tổ chức lớp kỹ năng số cho người dân | Phòng Văn hóa - Xã hội | Quý II/2026 | Báo cáo kết quả |
| 2 | Tuyên truyền phòng, chống ma túy qua Trung tâm học tập cộng đồng | Công an xã | Hằng năm | |

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: tham mưu UBND xã tổ chức thực hiện; báo cáo trước ngày 10/12 hằng năm.
2. Trung tâm học tập cộng đồng: mỗi năm mở 12 lớp xóa mù chữ cho người dân ấp vùng sâu.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tâm
"""

_CENTRE = ("KẾ HOẠCH\r\nHoạt động năm 2025 của Trung tâm học tập cộng đồng xã Mỹ Hòa\r\n\r\nI. MỤC ĐÍCH\r\n"
           "Đáp ứng nhu cầu học tập của người dân trong xã.\r\n\r\nII. LỊCH HOẠT ĐỘNG THEO THÁNG\r\n"
           "Tháng\tNội dung hoạt động\tNgười phụ trách\r\n"
           "2\tPhòng bệnh cho đàn bò mùa khô\tNguyễn Văn Tám\r\n"
           "3\tLớp kỹ năng số: sử dụng VNeID\tTrần Thị Lan\r\n"
           "4\tTrồng lúa theo VietGAP\tNguyễn Văn Tám\r\n\r\n"
           "III. TỔ CHỨC THỰC HIỆN\r\n1. Ban Giám đốc: họp giao ban vào ngày 05 hằng tháng.\r\n\r\n"
           "DUYỆT CỦA UBND XÃ\t\t\tGIÁM ĐỐC\r\nCHỦ TỊCH\t\t\t\t(Đã ký)\r\n(Đã ký)\r\n"
           "Phạm Văn Hùng\t\t\t\tVõ Thị Hoa\r\n\r\nNơi nhận:\r\n- UBND xã (b/c);\r\n- Lưu: TTHTCĐ.\r\n")


def test_hyphenation_joined_only_into_one_syllable():
    assert join_hyphenated("xếp lo- ại, ngắn hạ- n, thiể- u số") == "xếp loại, ngắn hạn, thiểu số"
    assert join_hyphenated("kinh tế- xã hội; Văn hóa- Thông tin") == "kinh tế- xã hội; Văn hóa- Thông tin"
    assert is_syllable("nghiêng") and not is_syllable("tếxã")


def test_a_closing_with_an_approval_column_names_the_director_as_signer():
    doc = parse_text(_CENTRE, "myhoa.txt")
    assert doc.signer is not None and doc.signer.name == "Võ Thị Hoa" and doc.signer.capacity == "GIÁM ĐỐC"
    assert "Phạm Văn Hùng" in doc.signature and "DUYỆT CỦA UBND XÃ" not in doc.text.split(doc.signature)[0]


def test_former_communes_months_and_what_the_plans_do_not_say(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "tanhung.md").write_text(_COMMUNE, encoding="utf-8")
    (tmp_path / "plans" / "myhoa.txt").write_bytes(_CENTRE.encode("utf-8"))
    a = assistant_over(tmp_path, embedder)

    ans = a.ask("Khu vực xã Phú Lợi cũ phải đạt bao nhiêu phần trăm gia đình học tập năm 2030?")
    assert not ans.refused and "76%" in ans.answer and "Bình Yên" not in ans.answer
    ans = a.ask("Còn năm 2026 của khu vực đó?", [Turn("user", "Khu vực xã Phú Lợi cũ phải đạt bao nhiêu phần trăm "
                                                         "gia đình học tập năm 2030?"), Turn("assistant", "76%.")])
    assert not ans.refused and "62%" in ans.answer

    ans = a.ask("What does the Mỹ Hòa centre run in March?")
    assert not ans.refused and "VNeID" in ans.answer

    ans = a.ask("Nghị quyết 12-NQ/ĐU của Đảng ủy xã Tân Hưng đặt ra những chỉ tiêu gì?")
    assert ans.refused and "12-NQ/ĐU" in ans.answer and not ans.citations
    ans = a.ask("Sản phẩm của nhiệm vụ tuyên truyền phòng, chống ma túy do Công an xã Tân Hưng chủ trì là gì?")
    assert ans.refused  # the row leaves that cell blank
    ans = a.ask("Hiện nay xã Tân Hưng có bao nhiêu lớp xóa mù chữ?")
    assert ans.refused  # "mỗi năm mở 12 lớp" is a yearly task, not the present count


def test_a_staff_role_opening_with_common_words_is_not_read_into_every_report():
    """"Báo cáo viên" is a body of the centre's plan, but "báo cáo" is mostly a report there: a question about
    the commune's reports asks about the commune, and the speakers are still asked about by their name."""
    from index.query import QueryAnalyzer

    text = _CENTRE.replace(
        "1. Ban Giám đốc: họp giao ban vào ngày 05 hằng tháng.\r\n",
        "1. Ban Giám đốc: họp giao ban vào ngày 05 hằng tháng; báo cáo UBND xã trước ngày 25 hằng tháng.\r\n"
        "2. Báo cáo viên, hướng dẫn viên\r\n- Chuẩn bị tài liệu; báo cáo kết quả mỗi lớp sau buổi học.\r\n"
        "\r\nIV. CHẾ ĐỘ BÁO CÁO\r\n- Báo cáo tháng gửi UBND xã trước ngày 25 hằng tháng.\r\n"
        "- Báo cáo 6 tháng trước ngày 15/6; báo cáo năm trước ngày 05/12.\r\n")
    doc = parse_text(text, "myhoa_tthtcd.txt")
    analyzer = QueryAnalyzer({doc.doc: doc})
    # (the communes' committees: the level after "các" is kept, "Ủy ban nhân dân" alone would be any level's)
    assert analyzer.agency_phrase("Ủy ban nhân dân các xã báo cáo 6 tháng và báo cáo năm khi nào?") == \
        "Ủy ban nhân dân xã"
    assert analyzer.agency_phrase("Báo cáo viên phải làm gì?") == "Báo cáo viên"
