"""Plans as converters and office exports write them (issue 11): markdown exported by pandoc from Word (grid tables
whose cells wrap over several lines, backslash escapes, "PHẦN I" above its title), markdown exported by a PDF
converter (HTML tables with merged cells and ``<br>``, image and page comments, a footnote), a PDF whose targets
table has one row per year under a merged group header, and a budget given as shares of a total. Every plan is
made up here, read through the real readers and asked through the real index and model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from chat.shares import split_shares
from chat.types import Turn
from ingest.clean import FOOTNOTE_PREFIX
from ingest.load import load_plan
from ingest.mdexport import grid_tables, html_tables, normalise_export
from tests.conftest import assistant_over

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PANDOC = "kimson_40-KH-UBND_2025.md"
DOCLING = "thachlam_09-KH-UBND_2026.md"
YEARS_PDF = "vanninh_77-KH-UBND_2025.pdf"

PANDOC_TEXT = r"""+-----------------------------------+-----------------------------------+
| **ỦY BAN NHÂN DÂN**               | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |
|                                   | NAM**                             |
| **HUYỆN KIM SƠN**                 |                                   |
|                                   | **Độc lập - Tự do - Hạnh phúc**   |
| Số: 40/KH-UBND                    |                                   |
|                                   | *Kim Sơn, ngày 04 tháng 3 năm     |
|                                   | 2025*                             |
+-----------------------------------+-----------------------------------+

**KẾ HOẠCH**

**Xây dựng xã hội học tập huyện Kim Sơn giai đoạn 2025 - 2030**

Căn cứ Kế hoạch số 512/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh
Ninh Bình về xây dựng xã hội học tập; Ủy ban nhân dân huyện ban hành Kế
hoạch như sau:

**PHẦN I**

**MỤC ĐÍCH, YÊU CẦU**

1\. Mục đích

\- Nâng cao nhận thức của người dân vùng biển về học tập suốt đời.

**PHẦN II**

**CHỈ TIÊU**

+-----+-----------------------------------------+-----------+-----------+
| TT  | Chỉ tiêu                                | Năm 2025  | Năm 2030  |
+=====+=========================================+===========+===========+
| 1   | Tỷ lệ hộ ngư dân đạt danh hiệu \"Gia    | 48%       | 70%       |
|     | đình học tập\"                          |           |           |
+-----+-----------------------------------------+-----------+-----------+
| 2   | Số lớp nghề đánh bắt xa bờ mở hằng năm  | 12        | 20        |
+-----+-----------------------------------------+-----------+-----------+

**PHẦN III**

**TỔ CHỨC THỰC HIỆN**

+----+----------------------+----------------+----------------+--------------+
| TT | Nội dung             | Chủ trì        | Phối hợp       | Thời gian    |
+====+======================+================+================+==============+
| 1  | Mở lớp nghề đánh bắt | Phòng Nông     | Trung tâm Giáo | Quý II hằng  |
|    | xa bờ cho ngư dân    | nghiệp và Môi  | dục nghề       | năm          |
|    |                      | trường         | nghiệp \-      |              |
|    |                      |                | Giáo dục       |              |
|    |                      |                | thường xuyên   |              |
+----+----------------------+----------------+----------------+--------------+
| 2  | Tổng hợp, báo cáo    | Phòng Giáo dục | Các xã, thị    | Trước        |
|    | kết quả              | và Đào tạo     | trấn           | 05/12 hằng   |
|    |                      |                |                | năm          |
+----+----------------------+----------------+----------------+--------------+

+-----------------------------------+-----------------------------------+
| ***Nơi nhận:***                   | **TM. ỦY BAN NHÂN DÂN**           |
|                                   |                                   |
| \- UBND tỉnh (b/c);               | **CHỦ TỊCH**                      |
|                                   |                                   |
| \- Lưu: VT.                       | **Đinh Văn Hòa**                  |
+-----------------------------------+-----------------------------------+
"""

DOCLING_TEXT = """<!-- image -->

**ỦY BAN NHÂN DÂN XÃ THẠCH LÂM**

Số: 09/KH-UBND

Thạch Lâm, ngày 08 tháng 01 năm 2026

## KẾ HOẠCH

## Xây dựng xã hội học tập xã Thạch Lâm năm 2026

## I. MỤC ĐÍCH, YÊU CẦU

Phát triển văn hóa đọc trong thôn, bản[^1].

<!-- page 2 -->

## II. CHỈ TIÊU

<table><thead><tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Lộ trình thực hiện (%)</th></tr>
<tr><th>Quý II/2026</th><th>Quý IV/2026</th></tr></thead>
<tbody><tr><td>Hộ gia đình đạt danh hiệu<br>“Gia đình học tập”</td><td>55</td><td>62</td></tr>
<tr><td>Thôn, bản đạt danh hiệu “Cộng đồng học tập”</td><td>40</td><td>50</td></tr></tbody></table>

---

## III. TỔ CHỨC THỰC HIỆN

<table><tr><th>Đơn vị</th><th>Nhiệm vụ</th></tr>
<tr><td>Công chức Văn hóa - Xã hội</td><td>Tham mưu tổ chức Ngày hội đọc sách<br>Tổng hợp báo cáo trước 20/11/2026</td></tr>
<tr><td>Trạm Y tế xã</td><td>Mở 02 lớp sơ cứu ban đầu cho người dân</td></tr></table>

TM. ỦY BAN NHÂN DÂN

CHỦ TỊCH

Lò Văn Pâng

[^1]: Theo Quyết định số 35/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân xã về tủ sách thôn, bản.
"""

YEAR_ROWS = [("2026", "60", "70", "45", "1.200"), ("2027", "64", "75", "50", "1.350"),
             ("2028", "68", "80", "55", "1.500")]


def _years_pdf(path: Path) -> None:
    """A ward's PDF whose targets table has a merged group header over three columns, a header cell spanning
    both header rows, and one row per year."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    for line in ("ỦY BAN NHÂN DÂN PHƯỜNG VẠN NINH", "Số: 77/KH-UBND", "Vạn Ninh, ngày 02 tháng 12 năm 2025",
                 "KẾ HOẠCH", "Xây dựng xã hội học tập phường Vạn Ninh giai đoạn 2026 - 2028", "I. MỤC TIÊU",
                 "1. Chỉ tiêu theo từng năm", "Bảng 1. Chỉ tiêu giai đoạn 2026 - 2028"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    x0, y0 = pdf.get_x(), pdf.get_y()
    widths = (20, 34, 34, 34, 40)
    pdf.set_xy(x0, y0)
    pdf.cell(widths[0], 16, "Năm", border=1, align="C")
    pdf.cell(sum(widths[1:4]), 8, "Tỷ lệ đạt danh hiệu (%)", border=1, align="C")
    pdf.cell(widths[4], 16, "Lượt người học", border=1, align="C")
    pdf.set_xy(x0 + widths[0], y0 + 8)
    for w, h in zip(widths[1:4], ("Gia đình", "Khu phố", "Công dân"), strict=True):
        pdf.cell(w, 8, h, border=1, align="C")
    pdf.set_xy(x0, y0 + 16)
    for row in YEAR_ROWS:
        for w, v in zip(widths, row, strict=True):
            pdf.cell(w, 7, v, border=1, align="C")
        pdf.ln()
    for line in ("II. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa - Xã hội", "- Theo dõi, tổng hợp kết quả hằng năm.",
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Mai"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


SHARES_TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "Số: 301/KH-UBND", "Điện Biên, ngày 20 tháng 8 năm 2025", "KẾ HOẠCH",
    "Xây dựng xã hội học tập tỉnh Điện Biên giai đoạn 2026 - 2030", "I. MỤC TIÊU",
    "- Đến năm 2030, 75% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", "II. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí thực hiện giai đoạn 2026 - 2030 là 36 tỷ đồng, trong đó: ngân sách tỉnh 55%, ngân sách huyện "
    "30%, xã hội hóa 15%.", "III. TỔ CHỨC THỰC HIỆN", "1. Sở Giáo dục và Đào tạo",
    "- Chủ trì, hướng dẫn triển khai Kế hoạch.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Mừng", ""])
SHARES = "dienbien_301-KH-UBND_2025.txt"


@pytest.fixture(scope="module")
def home(tmp_path_factory):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("exports")
    (home / "plans").mkdir()
    (home / "plans" / PANDOC).write_text(PANDOC_TEXT, encoding="utf-8")
    (home / "plans" / DOCLING).write_text(DOCLING_TEXT, encoding="utf-8")
    (home / "plans" / SHARES).write_text(SHARES_TEXT, encoding="utf-8")
    _years_pdf(home / "plans" / YEARS_PDF)
    return home


@pytest.fixture(scope="module")
def assistant(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def _rows(doc) -> list[str]:  # noqa: ANN001
    return [ln for ln in doc.text.split("\n") if " | " in ln]


def test_grid_table_cells_are_joined_per_row_and_layout_tables_unfold():
    out = grid_tables("+---+---+\n| a | b |\n| c |   |\n+===+===+\n| 1 | x |\n|   | y |\n+---+---+").split("\n")
    assert [ln for ln in out if ln] == ["| a c | b |", "|---|---|", "| 1 | x y |"]
    text = normalise_export(PANDOC_TEXT)
    assert "1. Mục đích" in text and "- Nâng cao" in text and '"Gia đình học tập"' in text  # escapes undone
    assert "| Phòng Nông nghiệp và Môi trường | Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên |" in text


def test_a_pandoc_export_reads_as_its_outline_tables_and_signature(home):
    doc = load_plan(home / "plans" / PANDOC)
    heads = [f"{s.label} {s.title}".strip() for s in doc.sections if s.kind != "preamble"]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in heads and "III. TỔ CHỨC THỰC HIỆN" in heads  # "PHẦN I" + its title line
    assert doc.number == "40/KH-UBND" and doc.signer and doc.signer.name == "Đinh Văn Hòa"
    rows = _rows(doc)
    assert any("Chỉ tiêu: Tỷ lệ hộ ngư dân đạt danh hiệu \"Gia đình học tập\" | Năm 2025: 48% | Năm 2030: 70%" in r
               for r in rows)
    assert any("Chủ trì: Phòng Nông nghiệp và Môi trường" in r and "Thời gian: Quý II hằng năm" in r for r in rows)


def test_html_tables_with_merged_cells_and_a_footnote():
    rows = [r for r in html_tables(DOCLING_TEXT).split("\n") if r.startswith("|")]
    assert rows[:3] == ["| Chỉ tiêu | Lộ trình thực hiện (%) | Lộ trình thực hiện (%) |",
                        "| Chỉ tiêu | Quý II/2026 | Quý IV/2026 |", "|---|---|---|"]
    text = normalise_export(DOCLING_TEXT)
    assert "<!--" not in text and "---\n" not in text and "[^1]" not in text
    assert FOOTNOTE_PREFIX + "Theo Quyết định số 35/QĐ-UBND" in text  # the note follows the line marking it


def test_a_pdf_converter_export_reads_as_rows(home):
    doc = load_plan(home / "plans" / DOCLING)
    rows = _rows(doc)
    assert any("Hộ gia đình đạt danh hiệu; “Gia đình học tập”" in r or "Hộ gia đình đạt danh hiệu “Gia đình học tập”"
               in r for r in rows), rows
    assert any("Quý IV/2026: 50%" in r for r in rows), rows  # "(%)" over the figures
    assert any("Trạm Y tế xã" in r and "sơ cứu" in r for r in rows)


def test_a_pdf_table_with_a_row_per_year_under_a_group_header(home):
    doc = load_plan(home / "plans" / YEARS_PDF)
    rows = _rows(doc)
    row = next(r for r in rows if r.startswith("Năm: 2027"))
    assert "Gia đình: 64%" in row and "Khu phố: 75%" in row and "Công dân: 50%" in row, row
    assert "Tỷ lệ đạt danh hiệu (%)" in row and "Lượt người học: 1.350" in row, row


def test_shares_of_a_total_are_split():
    assert [(n, t, p) for n, t, _, _, p in split_shares(SHARES_TEXT)] == [
        ("ngân sách tỉnh", 36.0, 55.0), ("ngân sách huyện", 36.0, 30.0), ("xã hội hóa", 36.0, 15.0)]


def test_questions_on_exported_plans(assistant):
    ans = assistant.ask("Ai chủ trì mở lớp nghề đánh bắt xa bờ ở Kim Sơn?")
    assert not ans.refused and "Phòng Nông nghiệp và Môi trường" in ans.answer
    ans = assistant.ask("Tỷ lệ công dân đạt danh hiệu năm 2027 của phường Vạn Ninh là bao nhiêu?")
    assert not ans.refused and "50%" in ans.answer.split("\n")[0], ans.answer
    ans = assistant.ask("Trạm Y tế xã Thạch Lâm làm gì?")
    assert not ans.refused and "sơ cứu" in ans.answer


def test_an_amount_given_as_a_share_of_the_total(assistant):
    ans = assistant.ask("Ngân sách tỉnh Điện Biên bố trí bao nhiêu tiền cho kế hoạch?")
    assert not ans.refused and "19,8 tỷ đồng" in ans.answer.split("\n")[0], ans.answer
    # a level word ("ngân sách huyện") does not move the conversation off the plan it is about
    hist = [Turn("user", "Tổng kinh phí kế hoạch của tỉnh Điện Biên là bao nhiêu?"), Turn("assistant", "36 tỷ đồng.")]
    ans = assistant.ask("Ngân sách huyện chiếm bao nhiêu trong đó?", hist)
    assert not ans.refused and "10,8 tỷ đồng" in ans.answer and all(c.doc == SHARES for c in ans.citations)
    hist += [Turn("user", "Ngân sách huyện chiếm bao nhiêu trong đó?"), Turn("assistant", "30%, tức 10,8 tỷ đồng.")]
    ans = assistant.ask("Còn xã hội hóa?", hist)
    assert not ans.refused and "5,4 tỷ đồng" in ans.answer and all(c.doc == SHARES for c in ans.citations)


LETTERED = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "Số: 55/KH-UBND", "Lai Châu, ngày 02 tháng 4 năm 2025", "KẾ HOẠCH",
    "Xây dựng xã hội học tập tỉnh Lai Châu giai đoạn 2025 - 2030", "",
    "A. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2024", "Năm 2024 có 61% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", "",
    "B. KẾ HOẠCH GIAI ĐOẠN 2025 - 2030", "I. MỤC ĐÍCH, YÊU CẦU", "Tạo cơ hội học tập suốt đời cho người dân.",
    "II. KINH PHÍ", "Ngân sách tỉnh bố trí hằng năm.", "",
    "C. TỔ CHỨC THỰC HIỆN", "1. Sở Giáo dục và Đào tạo", "- Là cơ quan thường trực, tham mưu triển khai Kế hoạch.",
    "2. Sở Tài chính", "- Tham mưu bố trí kinh phí.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Giàng Páo Mỷ", ""])


def test_parts_lettered_a_b_c_hold_their_own_sections(tmp_path):
    path = tmp_path / "laichau_55-KH-UBND_2025.txt"
    path.write_text(LETTERED, encoding="utf-8")
    doc = load_plan(path)
    tops = [f"{s.label} {s.title}" for s in doc.sections if s.level == 1 and s.kind != "preamble"]
    assert tops[:2] == ["A. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2024", "B. KẾ HOẠCH GIAI ĐOẠN 2025 - 2030"]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in tops and "C. TỔ CHỨC THỰC HIỆN" in tops
    assert [s.agency for s in doc.sections if s.agency] == ["Sở Giáo dục và Đào tạo", "Sở Tài chính"]


def test_table_units_years_not_set_and_lettered_items():
    from chat.extractive import states_value
    from index.types import Query
    from ingest.clean import clean_lines

    # the line above a table gives its unit; a unit column "%" makes the row's bare figures percentages
    text = "\n".join(["Kinh phí phân theo năm như sau (đơn vị tính: triệu đồng):", "| Năm | Ngân sách huyện | Tổng |",
                      "|---|---|---|", "| 2027 | 720 | 1.400 |", "",
                      "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 |", "|---|---|---|---|---|",
                      "| 1 | Tỷ lệ xã có thư viện đạt chuẩn | % | - | 70 |"])
    rows = [ln.text for ln in clean_lines(text) if ln.row]
    assert rows[0] == "Năm: 2027 | Ngân sách huyện: 720 triệu đồng | Tổng: 1.400 triệu đồng"
    assert rows[1] == "TT: 1 | Chỉ tiêu: Tỷ lệ xã có thư viện đạt chuẩn | Đơn vị tính: % | Năm 2026: - | Năm 2028: 70%"
    rows2 = [ln.text for ln in clean_lines("\n".join([
        "Bảng 2. Dự toán kinh phí giai đoạn 2025 - 2030 (đơn vị: tỷ đồng)", "| Nhóm nhiệm vụ | Ngân sách tỉnh | Tổng |",
        "|---|---|---|", "| Chuyển đổi số | 7,5 | 13,0 |", "", "| Năm | Tỷ lệ cán bộ được bồi dưỡng kỹ năng số (%) |",
        "|---|---|", "| 2030 | ≥ 90 |"])) if ln.row]
    assert rows2 == ["Nhóm nhiệm vụ: Chuyển đổi số | Ngân sách tỉnh: 7,5 tỷ đồng | Tổng: 13,0 tỷ đồng",
                     "Năm: 2030 | Tỷ lệ cán bộ được bồi dưỡng kỹ năng số (%): ≥ 90%"]
    # a "-" cell sets no value for its year
    ask = Query(raw="", text="tỷ lệ xã có thư viện đạt chuẩn", value="percent", indicator="xã có thư viện đạt chuẩn",
                intent="target")
    assert states_value(replace(ask, years=[2028]), rows[1])
    assert not states_value(replace(ask, years=[2026]), rows[1])
    # "a." items stand apart from their heading; a period broken at its dash is one line
    lines = [ln.text for ln in clean_lines("2.1. Về xóa mù chữ\na. Duy trì 19/19 xã đạt chuẩn.\nb. 65% người dân biết chữ.\n"
                                           "Xây dựng xã hội học tập giai đoạn 2025\n- 2030")]
    assert lines == ["2.1. Về xóa mù chữ", "a. Duy trì 19/19 xã đạt chuẩn.", "b. 65% người dân biết chữ.",
                     "Xây dựng xã hội học tập giai đoạn 2025 - 2030"]


PORTAL_RUN_ON = "\n".join([
    "Trang chủ > Văn bản > Kế hoạch", "Lượt xem: 120 | Ngày đăng: 05/9/2024",
    "UBND HUYỆN TRẦN VĂN THỜI                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 90/KH-UBND",
    "Trần Văn Thời, ngày 03 tháng 9 năm 2024", "KẾ HOẠCH", "Xây dựng xã hội học tập huyện Trần Văn Thời giai đoạn 2025",
    "- 2030", "I. MỤC TIÊU",
    "1. Mục tiêu chung: - Mọi người dân được học tập suốt đ-", "ời, nhất là ngư dân ven biển.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Giáo dục và Đào tạo: - Là cơ quan thường trực, tham mưu triển khai Kế hoạch. - Tổng hợp báo cáo trước "
    "ngày 10/12 hằng năm. 2. Phòng Nội vụ: - Đưa tiêu chí “Đơn vị học tập” vào thi đua. 3. Trường Tiểu học thị trấn: "
    "- Mở lớp xóa mù chữ theo Thông tư số 33/2021/TT-",
    "BGDĐT.", "2. Trách nhiệm cụ thể",
    "a) Công chức Văn hóa - Xã hội: Là đầu mối tham mưu Ủy ban nhân dân huyện.",
    "b) Công an huyện: Phối hợp tuyên truyền phòng, chống lừa đảo trên mạng.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bảy", ""])


def test_a_portal_copy_with_items_run_together_and_words_broken_at_a_hyphen(tmp_path):
    path = tmp_path / "tranvanthoi_90-KH-UBND_2024.txt"
    path.write_text(PORTAL_RUN_ON, encoding="utf-8")
    doc = load_plan(path)
    assert doc.title.endswith("giai đoạn 2025 - 2030")
    assert "suốt đời, nhất là ngư dân" in doc.text and "33/2021/TT-BGDĐT" in doc.text
    agencies = [s.agency for s in doc.sections if s.agency]
    assert agencies[:3] == ["Phòng Giáo dục và Đào tạo", "Phòng Nội vụ", "Trường Tiểu học thị trấn"], agencies
    # lettered run-in bodies under "Trách nhiệm cụ thể"
    assert "Công chức Văn hóa - Xã hội" in agencies and "Công an huyện" in agencies


def test_a_body_the_plan_never_names_and_the_end_of_the_period(assistant):
    ans = assistant.ask("Bộ đội Biên phòng tỉnh Điện Biên có nhiệm vụ gì?")  # the plan names no border guard
    assert ans.refused and not ans.citations and "Bộ đội Biên phòng" in ans.answer
    ans = assistant.ask("Đến cuối giai đoạn, Điện Biên muốn bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập?")
    assert not ans.refused and "75%" in ans.answer
