"""Parts of a plan a question asks for as a whole or by a unit the plan names (issue 11): an amount out of a cost
table whose unit is in the column header, a list of a part's items, bodies named by their heads, a village head
whatever the village is called, a report's recipient, a place named at another level than the plan's — on two
plans written for these tests (a commune's annual plan, a province's plan), with the real ingest, model and index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chat.types import Turn
from tests.conftest import assistant_over

COMMUNE = "tanlap_05-KH-UBND_2026.md"
PROVINCE = "backan_77-KH-UBND_2025.txt"

COMMUNE_TEXT = """**ỦY BAN NHÂN DÂN XÃ TÂN LẬP**

Số: 05/KH-UBND

Tân Lập, ngày 10 tháng 01 năm 2026

**KẾ HOẠCH**

**Xây dựng xã hội học tập xã Tân Lập năm 2026**

I. MỤC ĐÍCH, YÊU CẦU

Duy trì phong trào học tập suốt đời trong nhân dân.

II. CHỈ TIÊU NĂM 2026

- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”; 55% dòng họ đạt danh hiệu “Dòng họ học tập”.
- 8/12 xóm đạt danh hiệu “Cộng đồng học tập”.

III. NHIỆM VỤ TRỌNG TÂM

1. Tuyên truyền trên loa truyền thanh xã mỗi tuần hai lần.
2. Mở lớp tập huấn trồng quế hữu cơ tại Trung tâm học tập cộng đồng.
3. Tổ chức Hội thi gia đình hiếu học vào tháng 9/2026.

IV. KINH PHÍ

Tổng kinh phí năm 2026 là 64 triệu đồng từ ngân sách xã, phân bổ như sau:

| STT | Hoạt động | Kinh phí (triệu đồng) |
|---|---|---|
| 1 | Tuyên truyền, hội nghị | 6 |
| 2 | Tập huấn trồng quế hữu cơ | 25 |
| 3 | Hội thi gia đình hiếu học | 15 |
| 4 | Khen thưởng dòng họ học tập | 18 |

V. TIẾN ĐỘ THỰC HIỆN

- Quý I/2026: các xóm đăng ký danh hiệu gia đình, dòng họ học tập.
- Tháng 9/2026: tổ chức Hội thi gia đình hiếu học.
- Tháng 11/2026: đánh giá, công nhận danh hiệu.

VI. TỔ CHỨC THỰC HIỆN

1. Chủ tịch Hội Nông dân xã: phối hợp mở lớp tập huấn trồng quế hữu cơ; vận động hội viên học nghề.
2. Bí thư Đoàn xã: thành lập 03 đội thanh niên hướng dẫn dịch vụ công trực tuyến cho người dân.
3. Trưởng các xóm: vận động hộ gia đình đăng ký danh hiệu; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/11/2026.
4. Trung tâm học tập cộng đồng: tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 05/12/2026.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lý Văn Sáng
"""

PROVINCE_TEXT = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 77/KH-UBND
Bắc Kạn, ngày 02 tháng 6 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Bắc Kạn giai đoạn 2025 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao dân trí vùng đồng bào dân tộc thiểu số.
II. MỤC TIÊU
Đến năm 2030, phấn đấu 65% hộ gia đình đạt danh hiệu “Gia đình học tập” trở lên; 60% thôn, bản đạt danh hiệu “Cộng đồng học tập”.
III. KINH PHÍ
Ngân sách tỉnh bố trí 2,5 tỷ đồng cho cả giai đoạn 2025 - 2030.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo: chủ trì, hướng dẫn các xã, phường đánh giá danh hiệu học tập; tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
2. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch hằng năm; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.
V. CHẾ ĐỘ BÁO CÁO
Ủy ban nhân dân các xã, phường gửi báo cáo 6 tháng đầu năm về Sở Giáo dục và Đào tạo trước ngày 20/6.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Nam
"""


WARD = "hoabinh_21-KH-UBND_2026.docx"


def _ward_docx(path: Path) -> None:
    """A ward's plan whose targets are only in an appendix table after the signature, years under a merged
    "Kế hoạch các năm" header cell, the unit in its own column."""
    import docx

    d = docx.Document()
    for text, style in (("ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", None), ("Số: 21/KH-UBND", None), ("KẾ HOẠCH", None),
                        ("Xây dựng xã hội học tập phường Hòa Bình giai đoạn 2026 - 2028", None),
                        ("I. MỤC TIÊU", "Heading 1"), ("Các chỉ tiêu cụ thể theo Phụ lục 01 kèm theo.", None),
                        ("II. TỔ CHỨC THỰC HIỆN", "Heading 1"),
                        ("1. Phòng Văn hóa - Xã hội: chủ trì hướng dẫn đánh giá danh hiệu học tập.", None),
                        ("TM. ỦY BAN NHÂN DÂN", None), ("CHỦ TỊCH", None), ("Nguyễn Thị Lan", None),
                        ("PHỤ LỤC 01", None), ("CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2026 - 2028", None)):
        if style:
            d.add_paragraph(text, style=style)
        else:
            d.add_paragraph().add_run(text).bold = True
    t = d.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    top, years = t.rows[0].cells, t.rows[1].cells
    for j, h in enumerate(("TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch các năm")):
        top[j].text = h
    top[3].merge(top[5])
    for j in range(3):
        top[j].merge(years[j])
    for j, y in enumerate(("2026", "2027", "2028"), start=3):
        years[j].text = y
    for i, row in enumerate((("1", "Hộ gia đình đạt danh hiệu “Gia đình học tập”", "%", "62", "66", "70"),
                             ("2", "Tổ dân phố đạt danh hiệu “Cộng đồng học tập”", "Tổ", "8", "10", "12")), start=2):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    d.add_paragraph().add_run("PHỤ LỤC 02 - PHÂN CÔNG NHIỆM VỤ").bold = True
    tasks = d.add_table(rows=3, cols=5)
    for i, row in enumerate((("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
                             ("1", "Rà soát Ban Giám đốc Trung tâm học tập cộng đồng", "Phòng Văn hóa - Xã hội",
                              "Công an phường", "Quý II/2026"),
                             ("2", "Xây dựng tủ sách pháp luật tại các tổ dân phố", "Công an phường",
                              "Các tổ dân phố", "Hằng năm"))):
        for j, v in enumerate(row):
            tasks.rows[i].cells[j].text = v
    d.save(str(path))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("parts")
    (home / "plans").mkdir()
    (home / "plans" / COMMUNE).write_text(COMMUNE_TEXT, encoding="utf-8")
    (home / "plans" / PROVINCE).write_text(PROVINCE_TEXT, encoding="utf-8")
    _ward_docx(home / "plans" / WARD)
    return assistant_over(home, embedder)


def test_targets_in_an_appendix_table_are_the_plans_targets(assistant):
    """"PHỤ LỤC 01 - CHỈ TIÊU …" after the signature sets the targets: a year's cell is read out with its unit."""
    ans = assistant.ask("Chỉ tiêu gia đình học tập năm 2027 của phường Hòa Bình là bao nhiêu?")
    assert not ans.refused and "66%" in ans.answer and all(c.doc == WARD for c in ans.citations)
    ans = assistant.ask("Phường Hòa Bình phấn đấu bao nhiêu tổ dân phố đạt Cộng đồng học tập năm 2028?")
    assert not ans.refused and ": 12 tổ**" in ans.answer  # read with its unit column
    ans = assistant.ask("Phường Hòa Bình đặt chỉ tiêu bao nhiêu phần trăm dòng họ học tập năm 2027?")
    assert ans.refused and not ans.citations  # the appendix sets none for clans


def test_an_amount_is_read_out_of_a_cost_table_row(assistant):
    """"Kinh phí (triệu đồng): 25" is 25 triệu đồng for that activity; an activity the table lacks is refused."""
    ans = assistant.ask("Xã Tân Lập dành bao nhiêu kinh phí cho tập huấn trồng quế hữu cơ?")
    assert not ans.refused and "25 triệu đồng" in ans.answer
    assert all("IV. KINH PHÍ" in c.section for c in ans.citations)
    ans = assistant.ask("kinh phi khen thuong dong ho hoc tap xa tan lap")  # typed as keywords, no accents
    assert not ans.refused and "18 triệu đồng" in ans.answer
    ans = assistant.ask("How much does Tan Lap commune spend on the family learning contest?")
    assert not ans.refused and "15 million VND" in ans.answer
    ans = assistant.ask("Xã Tân Lập chi bao nhiêu cho lớp tin học hè?")
    assert ans.refused and not ans.citations


def test_a_whole_period_amount_does_not_answer_one_year(assistant):
    ans = assistant.ask("Ngân sách tỉnh Bắc Kạn chi bao nhiêu riêng cho năm 2027?")
    assert ans.refused
    ans = assistant.ask("Ngân sách tỉnh Bắc Kạn bố trí bao nhiêu cho cả giai đoạn?")
    assert not ans.refused and "2,5 tỷ đồng" in ans.answer


def test_a_list_question_naming_a_part_gets_its_items(assistant):
    ans = assistant.ask("Các nhiệm vụ trọng tâm năm 2026 của xã Tân Lập là gì?")
    assert not ans.refused
    for fact in ("loa truyền thanh", "quế hữu cơ", "Hội thi gia đình hiếu học"):
        assert fact in ans.answer
    assert all("III. NHIỆM VỤ TRỌNG TÂM" in c.section for c in ans.citations)
    ans = assistant.ask("Tiến độ thực hiện kế hoạch của xã Tân Lập như thế nào?")  # a part of bullets: its lines
    assert not ans.refused and all(m in ans.answer for m in ("Quý I/2026", "Tháng 9/2026", "Tháng 11/2026"))
    assert all(c.section.startswith("V. TIẾN ĐỘ THỰC HIỆN") for c in ans.citations)


def test_bodies_named_by_their_heads_and_village_heads(assistant):
    hist = [Turn("user", "Chủ tịch Hội Nông dân xã Tân Lập phải làm gì?"), Turn("assistant", "…")]
    ans = assistant.ask("Còn Bí thư Đoàn xã ở đó?", hist)
    assert not ans.refused and "03 đội thanh niên" in ans.answer
    assert all("Bí thư Đoàn xã" in c.section for c in ans.citations)
    # the plan calls its villages "xóm": "Trưởng thôn" and "village heads" are the same office
    for q in ("Trưởng thôn ở xã Tân Lập báo cáo kết quả trước ngày nào?",
              "By when must village heads in Tan Lap report their results?"):
        ans = assistant.ask(q)
        assert not ans.refused and "20/11/2026" in ans.answer, q


def test_the_body_reported_to_is_not_the_body_asked_about(assistant):
    ans = assistant.ask("Các xã, phường của Bắc Kạn báo cáo kết quả về Sở Giáo dục và Đào tạo hạn chót khi nào?")
    # its own deadlines (annual 30/11, half-year 20/6), not the 15/12 of the department it reports to
    assert not ans.refused and ("30/11" in ans.answer or "20/6" in ans.answer) and "15/12" not in ans.answer


def test_a_place_named_at_another_level_is_not_the_plan(assistant):
    """The plan is tỉnh Bắc Kạn's: "thành phố Bắc Kạn" (its capital) has no plan loaded, in either language."""
    for q in ("Thành phố Bắc Kạn đặt chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?",
              "What learning-family target does Bac Kan city set for 2030?"):
        ans = assistant.ask(q)
        assert ans.refused and not ans.citations, q
        assert "thành phố Bắc Kạn" in ans.answer
    ans = assistant.ask("Tỉnh Bắc Kạn đặt chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?")
    assert not ans.refused and "65%" in ans.answer


def test_a_share_of_another_subject_does_not_answer(assistant):
    """"60% thôn, bản …" and "65% hộ gia đình …" are no share of citizens; "hộ gia đình" is one of "gia đình"."""
    ans = assistant.ask("Tỉnh Bắc Kạn đặt chỉ tiêu bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?")
    assert ans.refused and not ans.citations
    ans = assistant.ask("Tỷ lệ gia đình học tập của tỉnh Bắc Kạn năm 2030 là bao nhiêu?")
    assert not ans.refused and "65%" in ans.answer


def test_a_drawn_pdf_table_keeps_its_wrapped_centred_header(tmp_path: Path):
    """A header row whose cells are centred and wrap ("Kinh phí (triệu" / "đồng)") is the table's header: each
    row's cells are named by it, so the amount's unit travels with the row."""
    from fpdf import FPDF

    from ingest.load import load_plan

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DejaVu", size=11)
    for line in ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "KẾ HOẠCH", "Xây dựng xã hội học tập xã Tân Lập năm 2026",
                 "I. KINH PHÍ", "Tổng kinh phí năm 2026 là 64 triệu đồng, phân bổ như sau:"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    widths = (14, 110, 30)
    with pdf.table(col_widths=widths, text_align=("CENTER", "LEFT", "CENTER"), width=sum(widths)) as table:
        for row in (("STT", "Hoạt động", "Kinh phí (triệu đồng)"), ("1", "Tuyên truyền, hội nghị", "6"),
                    ("2", "Tập huấn trồng quế hữu cơ", "25"), ("3", "Hội thi gia đình hiếu học", "15")):
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.multi_cell(0, 6, "II. TỔ CHỨC THỰC HIỆN", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "tanlap.pdf"))
    text = load_plan(tmp_path / "tanlap.pdf").text
    assert "Hoạt động: Tập huấn trồng quế hữu cơ | Kinh phí (triệu đồng): 25" in text


def test_a_role_asked_keeps_the_rows_of_that_role_and_an_unnamed_station_is_refused(assistant):
    """"Công an phường chủ trì …" is its own row, not the row it cooperates in; "Trạm Y tế" is named nowhere."""
    ans = assistant.ask("Công an phường Hòa Bình chủ trì nhiệm vụ gì?")
    assert not ans.refused and "tủ sách pháp luật" in ans.answer and "Rà soát" not in ans.answer
    ans = assistant.ask("Công an phường Hòa Bình phối hợp thực hiện nhiệm vụ gì?")
    assert not ans.refused and "Rà soát" in ans.answer and "tủ sách pháp luật" not in ans.answer
    ans = assistant.ask("Trạm Y tế phường Hòa Bình phải làm gì?")
    assert ans.refused and not ans.citations and "Trạm Y tế" in ans.answer


def test_an_agency_named_with_its_level_word_is_the_plan_s_agency(assistant):
    """"Sở Giáo dục và Đào tạo tỉnh Bắc Kạn": the place goes, and so does the bare level word it leaves ("tỉnh")."""
    ans = assistant.ask("Sở Giáo dục và Đào tạo tỉnh Bắc Kạn phải làm gì?")
    assert not ans.refused and ans.citations
    assert all(c.section.endswith("1. Sở Giáo dục và Đào tạo") for c in ans.citations)


def test_a_body_s_tasks_include_its_lines_in_other_parts(assistant):
    """"UBND các xã, phường phải làm gì?": its item under TỔ CHỨC THỰC HIỆN and the reporting part's line whose
    subject it is."""
    ans = assistant.ask("Ủy ban nhân dân các xã, phường ở tỉnh Bắc Kạn phải làm gì?")
    assert not ans.refused and "30/11" in ans.answer and "20/6" in ans.answer
    assert {c.section.split(" › ")[0] for c in ans.citations} == {"IV. TỔ CHỨC THỰC HIỆN", "V. CHẾ ĐỘ BÁO CÁO"}


def test_a_row_s_years_are_read_out_when_no_year_is_asked(assistant):
    """"Chỉ tiêu gia đình học tập của phường Hòa Bình?": the appendix row's years in one lead line, each with its unit."""
    ans = assistant.ask("Phường Hòa Bình đặt chỉ tiêu gia đình học tập là bao nhiêu?")
    assert not ans.refused and "2026: 62%; 2027: 66%; 2028: 70%" in ans.answer
