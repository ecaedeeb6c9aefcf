"""A PDF whose page is drawn out of reading order (set 34's ward plan: the lower half of a page drawn before its
upper half, so a year's targets came out before their year heading) is read top to bottom; text beside other
text (two columns, table cells) keeps its drawing order. Real pypdf, readers, model and index."""

from __future__ import annotations

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_TOP = ["ỦY BAN NHÂN DÂN XÃ HÒA TIẾN", "Số: 12/KH-UBND", "Hòa Tiến, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
        "Xây dựng xã hội học tập xã Hòa Tiến năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao nhận thức của người dân về học tập suốt đời.", "II. MỤC TIÊU", "1. Chỉ tiêu năm 2026",
        "- 68% hộ gia đình đạt danh hiệu \"Gia đình học tập\";",
        "- 45% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản;"]
_BOTTOM = ["- 12/15 thôn đạt danh hiệu \"Cộng đồng học tập\" cấp thôn;",
           "- 30 lớp chuyên đề tại trung tâm học tập cộng đồng xã.", "2. Định hướng đến năm 2030",
           "- 85% hộ gia đình đạt danh hiệu \"Gia đình học tập\";",
           "- 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", "III. TỔ CHỨC THỰC HIỆN",
           "1. Công chức Văn hóa - Xã hội: tham mưu triển khai Kế hoạch, báo cáo trước ngày 15/12/2026.",
           "2. Trạm Y tế xã: tuyên truyền chăm sóc sức khỏe người cao tuổi.",
           "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Tâm"]


def _swapped_pdf(path) -> None:  # noqa: ANN001
    """One page: the lines of its lower half are drawn first, then those of its upper half."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    step = 8
    for k, line in enumerate(_BOTTOM):
        pdf.set_xy(15, 20 + step * (len(_TOP) + k))
        pdf.cell(0, 6, line)
    for k, line in enumerate(_TOP):
        pdf.set_xy(15, 20 + step * k)
        pdf.cell(0, 6, line)
    pdf.output(str(path))


def _two_column_pdf(path) -> None:  # noqa: ANN001
    """One page of two columns, the left drawn before the right: reading order is drawing order."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    left = [f"Cột trái dòng {k}" for k in range(1, 7)]
    right = [f"Cột phải dòng {k}" for k in range(1, 7)]
    for x, lines in ((15, left), (110, right)):
        for k, line in enumerate(lines):
            pdf.set_xy(x, 20 + 8 * k)
            pdf.cell(80, 6, line)
    pdf.output(str(path))


def test_a_page_drawn_lower_half_first_is_read_top_to_bottom(tmp_path):
    path = tmp_path / "hoatien_12-KH-UBND_2026.pdf"
    _swapped_pdf(path)
    text = load_plan(path).text
    order = [text.index(s) for s in ("II. MỤC TIÊU", "1. Chỉ tiêu năm 2026", "- 12/15 thôn",
                                     "2. Định hướng đến năm 2030", "III. TỔ CHỨC THỰC HIỆN")]
    assert order == sorted(order), text


def test_columns_drawn_side_by_side_keep_their_order(tmp_path):
    from pypdf import PdfReader

    from ingest.readers import reading_order

    path = tmp_path / "columns.pdf"
    _two_column_pdf(path)
    page = PdfReader(str(path)).pages[0]
    assert reading_order(page) == page.extract_text()


@pytest.fixture(scope="module")
def hoatien(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("hoatien")
    (home / "plans").mkdir()
    _swapped_pdf(home / "plans" / "hoatien_12-KH-UBND_2026.pdf")
    return assistant_over(home, embedder)


def test_a_target_drawn_before_its_year_heading_is_that_years(hoatien):
    answer = hoatien.ask("Chỉ tiêu năm 2026 về thôn đạt danh hiệu Cộng đồng học tập ở xã Hòa Tiến?")
    assert not answer.refused, answer.answer
    assert "12/15" in answer.answer, answer.answer
    cited = " ".join(c.text for c in answer.citations)
    assert "12/15" in cited and "85%" not in cited, cited
    answer = hoatien.ask("Định hướng đến năm 2030 về Gia đình học tập của xã Hòa Tiến?")
    assert "85%" in answer.answer and "68%" not in answer.answer, answer.answer
