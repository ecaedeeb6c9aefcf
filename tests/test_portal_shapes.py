"""Plan shapes a web portal or a province's office produces (issue 11): a text export with CRLF line ends, tab
indents, "•"/"o" bullets, items numbered "1)" and parts "Phần thứ nhất"; a Word table of tasks inside
"TỔ CHỨC THỰC HIỆN" whose cells hold several tasks split by soft line breaks, headings numbered with a tab
after the label; lettered agency items under "2. Trách nhiệm của các cơ quan, đơn vị" and a tab-separated
"lộ trình" table after the signature. Every plan is made up here, read through the real readers and asked through
the real index and model."""

from __future__ import annotations

from pathlib import Path

import pytest

from chat.types import Turn
from ingest.load import load_plan
from tests.conftest import assistant_over

PORTAL = "tanhung_31-KH-UBND_2025.txt"
PROVINCE = "phutho_88-KH-UBND_2024.docx"
DISTRICT = "thanhba_15-KH-UBND_2027.txt"

PORTAL_TEXT = "\r\n".join([
    "UỶ BAN NHÂN DÂN XÃ TÂN HƯNG", "Số: 31/KH-UBND", "Tân Hưng, ngày 05 tháng 3 năm 2025",
    "Ngày đăng: 06/03/2025 | Lượt xem: 152", "KẾ HOẠCH", "Xây dựng xã hội học tập xã Tân Hưng giai đoạn 2025 - 2027",
    "", "Phần thứ nhất", "MỤC ĐÍCH, YÊU CẦU", "1) Mục đích",
    "\t• Nâng cao nhận thức của người dân về học tập suốt đời.", "2) Yêu cầu", "\t• Các thôn đăng ký chỉ tiêu cụ thể.",
    "Phần thứ hai", "NỘI DUNG THỰC HIỆN", "1) Chỉ tiêu", "\t• Năm 2025:",
    "\t\to 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\";", "\t\to 6/9 thôn đạt danh hiệu \"Cộng đồng học tập\".",
    "\t• Năm 2027:", "\t\to 80% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", "2) Nhiệm vụ, giải pháp",
    "\t• Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm học tập cộng đồng tổ chức Tuần lễ học tập "
    "suốt đời vào tháng 10 hằng năm.",
    "\t• Giao Trạm Y tế xã chủ trì, phối hợp với Hội Phụ nữ xã mở 04 lớp chăm sóc sức khỏe sinh sản trong năm 2025.",
    "3) Kinh phí", "\t• Năm 2025: 60 triệu đồng; năm 2026: 65 triệu đồng; năm 2027: 70 triệu đồng.",
    "Phần thứ ba", "TỔ CHỨC THỰC HIỆN", "1) Trung tâm học tập cộng đồng xã", "\t• Xây dựng kế hoạch hoạt động hằng quý.",
    "2) Các trường học", "\t• Tổ chức Ngày hội đọc sách vào tháng 4 hằng năm.", "3) Chế độ báo cáo",
    "\t• Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25/11 hằng năm; Ủy ban nhân dân xã báo cáo "
    "huyện trước ngày 10/12 hằng năm.",
    "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng", ""])

DISTRICT_TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN THANH BA", "Số: 15/KH-UBND", "Thanh Ba, ngày 12 tháng 01 năm 2027", "KẾ HOẠCH",
    "Xây dựng xã hội học tập huyện Thanh Ba năm 2027",
    "Căn cứ Kế hoạch số 88/KH-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh Phú Thọ;",
    "I. MỤC ĐÍCH, YÊU CẦU", "Đẩy mạnh học tập suốt đời trong cán bộ và nhân dân.", "II. CHỈ TIÊU NĂM 2027",
    "- 72% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", "III. TỔ CHỨC THỰC HIỆN", "1. Phân công chung",
    "Ủy ban nhân dân huyện giao Phòng Giáo dục và Đào tạo là cơ quan thường trực.",
    "2. Trách nhiệm của các cơ quan, đơn vị", "a) Phòng Giáo dục và Đào tạo",
    "- Tham mưu tổ chức Ngày hội học tập suốt đời vào tháng 10/2027.",
    "- Tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 05/12/2027.",
    "b) Phòng Văn hóa, Khoa học và Thông tin", "- Phát động Ngày Sách và Văn hóa đọc Việt Nam 21/4/2027.",
    "c) Ủy ban nhân dân các xã, thị trấn",
    "- Xây dựng kế hoạch năm 2027 của địa phương, hoàn thành trước ngày 28/02/2027.", "Trang 2/3",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Lâm", "PHỤ LỤC – LỘ TRÌNH THỰC HIỆN",
    "TT\tHoạt động\tThời gian\tĐơn vị thực hiện", "1\tHội nghị triển khai kế hoạch\tTháng 01/2027\tPhòng Giáo dục và Đào tạo",
    "2\tNgày hội học tập suốt đời\tTháng 10/2027\tPhòng Giáo dục và Đào tạo; Trung tâm Văn hóa - Thể thao",
    "3\tTổng kết, khen thưởng\tTháng 12/2027\tPhòng Nội vụ", ""])


def _province_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "Số: 88/KH-UBND", "Phú Thọ, ngày 10 tháng 12 năm 2024", "KẾ HOẠCH",
                 "Xây dựng xã hội học tập tỉnh Phú Thọ giai đoạn 2025 - 2030",
                 "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;",
                 "I.\tMỤC ĐÍCH, YÊU CẦU", "1.\tMục đích", "Nâng cao nhận thức của người dân về học tập suốt đời.",
                 "II.\tMỤC TIÊU", "Phấn đấu đến năm 2030 đạt 75% hộ gia đình đạt danh hiệu “Gia đình học tập” trở lên; tỷ lệ "
                 "lao động qua đào tạo tăng 5% so với năm 2025.", "III.\tKINH PHÍ",
                 "Năm 2025: 4,2 tỷ đồng; năm 2026: 4,5 tỷ đồng.", "IV.\tTỔ CHỨC THỰC HIỆN", "1.\tPhân công nhiệm vụ",
                 "Các sở, ngành thực hiện theo bảng sau:"):
        d.add_paragraph().add_run(text).bold = text.isupper() or "\t" in text
    t = d.add_table(rows=4, cols=4)
    rows = [("TT", "Cơ quan, đơn vị", "Nhiệm vụ", "Thời gian thực hiện"),
            ("1", "Sở Giáo dục và Đào tạo", ["Chủ trì tham mưu triển khai Kế hoạch.",
                                             "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh."],
             ["Hằng năm", "Trước ngày 15/12 hằng năm"]),
            ("2", "Sở Nội vụ", ["Hướng dẫn đánh giá “Đơn vị học tập”."], ["Quý II/2025"]),
            ("3", "Sở Tài chính", ["Tham mưu bố trí kinh phí thực hiện."], ["Hằng năm"])]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if isinstance(v, list):  # several tasks in one cell, split by soft line breaks
                p = t.rows[i].cells[j].paragraphs[0]
                for k, x in enumerate(v):
                    run = p.add_run(x)
                    if k < len(v) - 1:
                        run.add_break()
            else:
                t.rows[i].cells[j].text = v
    for text in ("2.\tChế độ báo cáo", "Các sở, ngành báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
                 "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hải"):
        d.add_paragraph(text)
    d.save(str(path))


@pytest.fixture(scope="module")
def home(tmp_path_factory):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("portal")
    (home / "plans").mkdir()
    (home / "plans" / PORTAL).write_bytes(PORTAL_TEXT.encode("utf-8"))
    (home / "plans" / DISTRICT).write_text(DISTRICT_TEXT, encoding="utf-8")
    _province_docx(home / "plans" / PROVINCE)
    return home


@pytest.fixture(scope="module")
def assistant(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def _outline(doc) -> list[str]:  # noqa: ANN001
    return [f"{s.label} {s.title}".strip() for s in doc.sections if s.kind != "preamble"]


def test_a_portal_export_s_parts_items_and_bullets_are_its_outline(home):
    doc = load_plan(home / "plans" / PORTAL)
    heads = _outline(doc)
    assert "Phần thứ nhất MỤC ĐÍCH, YÊU CẦU" in heads and "Phần thứ ba TỔ CHỨC THỰC HIỆN" in heads
    assert "1. Chỉ tiêu" in heads and "3. Kinh phí" in heads
    assert [s.agency for s in doc.sections if s.agency] == ["Trung tâm học tập cộng đồng xã", "Các trường học"]


def test_a_task_table_inside_the_implementation_part_and_tab_numbered_headings(home):
    doc = load_plan(home / "plans" / PROVINCE)
    heads = _outline(doc)
    assert heads[:2] == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
    # the cell's two tasks and two times stay in the body's row
    row = next(ln for ln in doc.text.split("\n") if "Sở Giáo dục và Đào tạo" in ln and "Nhiệm vụ:" in ln)
    assert "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh." in row and "Trước ngày 15/12 hằng năm" in row


def test_lettered_agencies_under_an_organising_item_and_a_tab_separated_appendix(home):
    doc = load_plan(home / "plans" / DISTRICT)
    assert [s.agency for s in doc.sections if s.agency] == [
        "Phòng Giáo dục và Đào tạo", "Phòng Văn hóa, Khoa học và Thông tin", "Ủy ban nhân dân các xã, thị trấn"]
    assert any(s.kind == "appendix" for s in doc.sections)
    assert sum(s.kind == "row" for s in doc.sections) == 3


def test_questions_on_the_portal_export(assistant):
    ans = assistant.ask("Trạm Y tế xã Tân Hưng có nhiệm vụ gì?")  # given its task by a "Giao … chủ trì" sentence
    assert not ans.refused and "sức khỏe sinh sản" in ans.answer
    ans = assistant.ask("Chỉ tiêu gia đình học tập năm 2027 của Tân Hưng?")  # an item under "• Năm 2027:"
    assert not ans.refused and "80%" in ans.answer and "70%" not in ans.answer
    hist = [Turn("user", "Các thôn ở Tân Hưng báo cáo kết quả trước ngày nào?"), Turn("assistant", "Trước ngày 25/11.")]
    ans = assistant.ask("Còn xã báo cáo huyện khi nào?", hist)
    assert not ans.refused and "10/12" in ans.answer


def test_questions_on_the_province_table_and_the_district_appendix(assistant):
    ans = assistant.ask("Sở Nội vụ Phú Thọ có nhiệm vụ gì?")
    assert not ans.refused and "Đơn vị học tập" in ans.answer and "Quý II/2025" in ans.answer
    ans = assistant.ask("Tỷ lệ lao động qua đào tạo của Phú Thọ năm 2030 là bao nhiêu?")  # only a change is set
    assert "**" not in ans.answer.split("\n")[0] or "5%" not in ans.answer.split("\n")[0]
    ans = assistant.ask("Phòng Nội vụ huyện Thanh Ba làm gì và khi nào?")  # named only in the lộ trình table
    assert not ans.refused and "Tháng 12/2027" in ans.answer
    assert all(c.section.startswith("PHỤ LỤC") for c in ans.citations)
    ans = assistant.ask("Phòng Văn hóa, Khoa học và Thông tin huyện Thanh Ba có nhiệm vụ gì?")
    assert not ans.refused and "21/4/2027" in ans.answer
    assert all("b) Phòng Văn hóa" in c.section for c in ans.citations), [c.section for c in ans.citations]


COMMUNE2 = "hamtri_07-KH-UBND_2025.txt"
COMMUNE2_TEXT = "\r\n".join([
    "ỦY BAN NHÂN DÂN XÃ HÀM TRÍ", "Số: 07/KH-UBND", "Hàm Trí, ngày 15 tháng 01 năm 2025", "KẾ HOẠCH",
    "Xây dựng xã hội học tập xã Hàm Trí giai đoạn 2025 - 2027",
    "Ủy ban nhân dân xã Hàm Trí xây dựng Kế hoạch như sau:",
    "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NĂM 2024", "1) Kết quả đạt được",
    "\tNăm 2024, toàn xã có 1.120/1.870 hộ đạt danh hiệu \"Gia đình học tập\"; 4/6 thôn đạt danh hiệu "
    "\"Cộng đồng học tập\".",
    "Phần thứ hai", "KẾ HOẠCH GIAI ĐOẠN 2025 - 2027", "I. MỤC ĐÍCH, YÊU CẦU",
    "\t• Tạo cơ hội học tập suốt đời cho nông dân trồng điều.", "II. CHỈ TIÊU",
    "1) Năm 2025:", "\to 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\".",
    "III. KINH PHÍ", "Ngân sách xã bố trí 80 triệu đồng mỗi năm; hỗ trợ mỗi Trung tâm học tập cộng đồng tối thiểu "
    "20 triệu đồng/năm.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Giao công chức Tài chính - Kế toán chủ trì, phối hợp với công chức Văn hóa - Xã hội thực hiện lập dự toán kinh "
    "phí hằng năm.",
    "Giao Trung tâm học tập cộng đồng xã chủ trì, phối hợp với Hội Nông dân xã mở lớp kỹ thuật trồng điều, mỗi năm "
    "ít nhất 06 lớp.",
    "Giao Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã tuyên truyền phòng chống lừa đảo qua mạng tại các thôn.",
    "V. CHẾ ĐỘ BÁO CÁO",
    "Các thôn, Trung tâm học tập cộng đồng gửi báo cáo về Ủy ban nhân dân xã trước ngày 20/11 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Văn Tài", ""])


@pytest.fixture(scope="module")
def commune(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("portal2")
    (home / "plans").mkdir()
    (home / "plans" / COMMUNE2).write_bytes(COMMUNE2_TEXT.encode("utf-8"))
    return home, assistant_over(home, embedder)


def test_a_part_holding_roman_sections_and_an_indented_paragraph(commune):
    doc = load_plan(commune[0] / "plans" / COMMUNE2)
    heads = _outline(doc)
    assert "Phần thứ hai KẾ HOẠCH GIAI ĐOẠN 2025 - 2027" in heads
    assert {"I. MỤC ĐÍCH, YÊU CẦU", "II. CHỈ TIÊU", "IV. TỔ CHỨC THỰC HIỆN"} <= set(heads)
    assert "1. Kết quả đạt được" in heads  # the tab-indented paragraph below is no part of the heading


def test_bodies_given_tasks_by_giao_sentences(commune):
    assistant = commune[1]
    ans = assistant.ask("Ở xã Hàm Trí, công chức Tài chính - Kế toán phải làm gì?")
    assert not ans.refused and "dự toán" in ans.answer
    ans = assistant.ask("UBND xã Hàm Trí giao TTHTCĐ làm gì?")
    first = next(ln for ln in ans.answer.split("\n") if ln.startswith("- "))
    assert not ans.refused and "trồng điều" in first
    hist = [Turn("user", "Ở Hàm Trí ai tuyên truyền phòng chống lừa đảo qua mạng?"),
            Turn("assistant", "Công an xã chủ trì, tại các thôn.")]
    ans = assistant.ask("Và ai phối hợp với họ?", hist)
    assert not ans.refused and "Đoàn Thanh niên" in ans.answer


def test_figures_results_and_years_outside_the_period(commune):
    assistant = commune[1]
    ans = assistant.ask("Năm 2024 xã Hàm Trí có bao nhiêu hộ đạt danh hiệu Gia đình học tập?")
    assert not ans.refused and "1.120/1.870" in ans.answer
    ans = assistant.ask("Mỗi Trung tâm học tập cộng đồng ở Hàm Trí được hỗ trợ tối thiểu bao nhiêu mỗi năm?")
    assert not ans.refused and "20 triệu đồng" in ans.answer
    ans = assistant.ask("Hàm Trí đặt mục tiêu gì cho năm 2035?")  # after the period
    assert ans.refused and not ans.citations
