"""Plans as set 36 showed them (issue 11): a district's hand-kept markdown (a "MỤC LỤC" of links to its own
headings, headings closed with "#"s, a pipe table without outer pipes whose delimiter row is ":-:", reference-style
links with their addresses at the end, struck-through draft figures, zero-width marks inside words) and a commune's
PDF (a contents page with dotted leaders, a diagonal "BẢN SAO" watermark over a ruled targets table). Real readers,
model and index."""

from __future__ import annotations

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

MD = """**ỦY BAN NHÂN DÂN**
**HUYỆN NÔNG CỐNG**
Số: 77/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Nông Cống, ngày 05 tháng 4 năm 2024*

# KẾ HOẠCH #

**Xây dựng xã hội học tập trên địa bàn huyện Nông Cống giai đoạn 2024 - 2030**

## MỤC LỤC ##

- [I. MỤC TIÊU](#i-muc-tieu)
- [II. TỔ CHỨC THỰC HIỆN](#ii-to-chuc-thuc-hien)
  - [1. Phòng Giáo dục và Đào tạo](#1-phong-giao-duc)
  - [2. Phòng Nội vụ](#2-phong-noi-vu)

Căn cứ [Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021][qd1373] của Thủ tướng Chính phủ;

## I. MỤC TIÊU ##

TT | Chỉ tiêu | Năm 2025 | Năm 2027 | Năm 2030
:-: | --- | :-: | :-: | --:
1 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình h\u200bọc tập” | 70% | 75% | 82%
2 | Tỷ lệ thôn đạt danh hiệu “Cộng đồng học tập” | 55% | 62% | 70%

- Tỷ lệ lao động qua đào tạo đạt ~~68%~~ 71% vào năm 2025; hỗ trợ 20\u202ftriệu đồng mỗi trung tâm.

## II. TỔ CHỨC THỰC HIỆN ##

### 1. Phòng Giáo dục và Đào tạo ###
- Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch.

### 2. Phòng Nội vụ ###
- Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị cấp huyện.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Lê Văn Sơn**

[qd1373]: https://vanban.chinhphu.vn/?docid=203886 "Quyết định 1373/QĐ-TTg"
"""


def _pdf(path) -> None:  # noqa: ANN001
    """A commune plan: a contents page with dotted leaders, then a ruled targets table under a diagonal
    watermark drawn on every page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", FONT)

    def watermark() -> None:
        pdf.set_font("DejaVu", size=60)
        pdf.set_text_color(200, 200, 200)
        with pdf.rotation(45, x=105, y=150):
            pdf.text(45, 160, "BẢN SAO")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", size=11)

    pdf.add_page()
    watermark()
    pdf.set_y(20)
    for line in ("ỦY BAN NHÂN DÂN XÃ HƯNG PHÚC", "Số: 15/KH-UBND", "Hưng Phúc, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
                 "Xây dựng xã hội học tập trên địa bàn xã Hưng Phúc năm 2026", "MỤC LỤC"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    for entry, page in (("I. MỤC TIÊU", 2), ("II. TỔ CHỨC THỰC HIỆN", 2), ("1. Công chức Văn hóa - Xã hội", 2),
                        ("2. Trạm Y tế xã", 2)):
        pdf.cell(0, 7, f"{entry} {'.' * (70 - len(entry))} {page}", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    watermark()
    pdf.set_y(20)
    pdf.cell(0, 7, "I. MỤC TIÊU", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(10, 85, 22, 22), first_row_as_headings=False, line_height=6) as table:
        for row in (("TT", "Chỉ tiêu", "Năm 2026", "Năm 2027"),
                    ("1", "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” trên địa bàn toàn xã", "78%", "80%"),
                    ("2", "Số xóm đạt danh hiệu “Cộng đồng học tập” cấp xóm trên địa bàn xã", "18/26", "20/26")):
            cells = table.row()
            for c in row:
                cells.cell(c)
    for line in ("II. TỔ CHỨC THỰC HIỆN", "1. Công chức Văn hóa - Xã hội", "- Tham mưu triển khai Kế hoạch.",
                 "2. Trạm Y tế xã", "- Mở lớp chăm sóc sức khỏe người cao tuổi.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Phan Văn Minh"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_hand_kept_markdown_reads_as_its_rendered_page(tmp_path):
    path = tmp_path / "nongcong_77-KH-UBND_2024.md"
    path.write_text(MD, encoding="utf-8")
    doc = load_plan(path)
    assert doc.locality == "Nông Cống" and doc.number == "77/KH-UBND", (doc.locality, doc.number)
    text = doc.text
    assert text.count("Phòng Nội vụ") == 1, text  # the contents' entry is gone, the heading stays
    assert "MỤC LỤC" not in text and "#" not in text, text
    assert "Năm 2027: 75%" in text and "“Gia đình học tập”" in text, text
    assert "68%" not in text and "71%" in text, text  # struck-through draft figure
    assert "20 triệu đồng" in text, text
    assert "Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng" in text and "http" not in text, text


def test_a_pdf_contents_page_and_watermark_are_no_plan_text(tmp_path):
    path = tmp_path / "hungphuc_15-KH-UBND_2026.pdf"
    _pdf(path)
    text = load_plan(path).text
    assert "...." not in text, text
    assert text.count("Trạm Y tế xã") == 1, text
    assert "Năm 2026: 18/26" in text and "Năm 2027: 80%" in text, text
    assert "BẢN SAO" not in text, text


@pytest.fixture(scope="module")
def nongcong(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("nongcong")
    (home / "plans").mkdir()
    (home / "plans" / "nongcong_77-KH-UBND_2024.md").write_text(MD, encoding="utf-8")
    return assistant_over(home, embedder)


def test_questions_on_the_markdown_plan_are_answered_from_it(nongcong):
    answer = nongcong.ask("Huyện Nông Cống đặt chỉ tiêu Gia đình học tập năm 2027 bao nhiêu?")
    assert not answer.refused and "75%" in answer.answer, answer.answer
    answer = nongcong.ask("Phòng Nội vụ huyện Nông Cống có nhiệm vụ gì?")
    assert not answer.refused and "Đơn vị học tập" in answer.answer, answer.answer
    assert all("MỤC LỤC" not in c.section for c in answer.citations), [c.section for c in answer.citations]
