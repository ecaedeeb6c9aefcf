"""A plan kept in a wiki as markdown: HTML it carries ("<details><summary>Bảng 1 …</summary>", "<b>", "<br>" in a
signature) is read as its text, and a trade union's own units ("Công đoàn cơ sở", "Nhà Văn hóa Lao động") under
TỔ CHỨC THỰC HIỆN are bodies with tasks. Real reader and outline parser."""

from __future__ import annotations

from ingest.agencies import looks_like_agency
from ingest.readers import inline_html, read_text


def test_html_tags_go_and_their_text_stays():
    text = "2. Chỉ tiêu cụ thể\n<details>\n<summary>Bảng 1. Chỉ tiêu (bấm để mở)</summary>\n| TT | Chỉ tiêu |\n</details>"
    out = inline_html(text)
    assert "<" not in out and "Bảng 1. Chỉ tiêu (bấm để mở)" in out.split("\n")
    assert inline_html("Có <b>40%</b> hộ<sup>1</sup>") == "Có 40% hộ1"
    assert inline_html("| a<br>b | c |") == "| a<br>b | c |"  # a table row's line breaks are the table reading's


def test_a_wiki_letterhead_and_signature_lose_their_tags():
    md = ("| UBND THÀNH PHỐ HẢI PHÒNG<br>**BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
          "<br>**Độc lập - Tự do - Hạnh phúc** |\n|:---:|:---:|\n\nKT. TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN\n")
    lines = read_text(md.encode(), "plan.md").split("\n")
    assert "**BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG**" in lines and "PHÓ TRƯỞNG BAN" in lines


def test_a_unions_own_units_are_bodies():
    for name in ("Công đoàn cơ sở", "Các công đoàn cấp trên trực tiếp cơ sở", "Nhà Văn hóa Lao động thành phố",
                 "Chi đoàn Thanh niên", "Khoa Khám bệnh", "Thư viện tỉnh"):
        assert looks_like_agency(name), name
    assert not looks_like_agency("Báo cáo kết quả thực hiện")
