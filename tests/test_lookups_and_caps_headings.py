"""Shapes of held-out sets 37-38 on a plan of our own: a province's Word plan whose part headings are typed in lower
case and shown in capitals ("All caps"), with a targets table naming the body in charge of each indicator; a target
asked by its figure, a task asked by its date, a title the plan never writes, a place typed in lower case or named
bare in English — real reader, model and index."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.conftest import assistant_over

_HEADER = ["ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "Số: 77/KH-UBND", "Điện Biên, ngày 10 tháng 02 năm 2026", "KẾ HOẠCH",
           "Xây dựng xã hội học tập tỉnh Điện Biên giai đoạn 2026 - 2030"]
# (part heading typed in lower case, paragraphs under it); agency items are "N. Body" then its task lines
_PARTS = [
    ("i. mục đích, yêu cầu", ["Nâng cao nhận thức của người dân về học tập suốt đời."]),
    ("ii. mục tiêu", ["Các chỉ tiêu và cơ quan chủ trì được nêu tại bảng dưới đây."]),
    ("iii. nhiệm vụ và giải pháp", ["1. Tuyên truyền về học tập suốt đời",
                                    "Tuyên truyền trên Đài Phát thanh và Truyền hình tỉnh.",
                                    "2. Phát triển trung tâm học tập cộng đồng",
                                    "Mở lớp xóa mù chữ cho người dân tộc thiểu số."]),
    ("iv. kinh phí thực hiện", ["Tổng kinh phí năm 2026 là 900 triệu đồng, gồm: ngân sách tỉnh 600 triệu đồng; "
                                "nguồn xã hội hóa 300 triệu đồng."]),
    ("v. tổ chức thực hiện", ["1. Sở Giáo dục và Đào tạo",
                               "Là cơ quan thường trực, tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 "
                               "hằng năm.",
                               "2. Sở Nội vụ",
                               "Ban hành hướng dẫn công nhận danh hiệu “Đơn vị học tập” trong quý I/2026.",
                               "3. Sở Văn hóa, Thể thao và Du lịch",
                               "Xây dựng tủ sách cộng đồng tại thôn, bản; hoàn thành trước ngày 30/9/2026."]),
]
_ROWS = [("1", "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”", "60%", "70%", "Sở Văn hóa, Thể thao và Du lịch"),
         ("2", "Tỷ lệ cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”", "70%", "85%", "Sở Nội vụ"),
         ("3", "Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", "93%", "97%", "Sở Giáo dục và Đào tạo")]


def _caps_heading(document: docx.Document, text: str) -> None:
    """A part heading as the province typed it: lower case, bold, "All caps", with an outline level."""
    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold, run.font.all_caps = True, True
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    para._p.get_or_add_pPr().append(level)


def _plan(path) -> None:  # noqa: ANN001
    document = docx.Document()
    for line in _HEADER:
        document.add_paragraph(line)
    for heading, lines in _PARTS:
        _caps_heading(document, heading)
        for line in lines:
            document.add_paragraph(line)
        if heading.startswith("ii."):
            table = document.add_table(rows=1, cols=5)
            for cell, text in zip(table.rows[0].cells, ("STT", "Chỉ tiêu", "Năm 2026", "Năm 2030", "Cơ quan chủ trì"), strict=True):
                cell.text = text
            for row in _ROWS:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
    for line in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Tiến"):
        document.add_paragraph(line)
    document.save(path)


@pytest.fixture(scope="module")
def province(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("dienbien")
    (home / "plans").mkdir()
    _plan(home / "plans" / "dienbien_77.docx")
    return assistant_over(home, embedder)


def test_headings_shown_in_capitals_are_the_plans_parts(province):
    doc = next(iter(province.retriever.documents.values()))
    romans = [s.heading for s in doc.sections if s.kind == "roman"]
    assert romans == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. KINH PHÍ THỰC HIỆN",
                      "V. TỔ CHỨC THỰC HIỆN"]
    ans = province.ask("Sở Nội vụ tỉnh Điện Biên có nhiệm vụ gì?")
    assert not ans.refused and "quý I/2026" in ans.answer, ans.answer
    # the targets-table row naming it as the body in charge is no task of its own
    assert [c.section for c in ans.citations] == ["V. TỔ CHỨC THỰC HIỆN › 2. Sở Nội vụ"], ans.citations


def test_a_target_asked_by_its_figure(province):
    ans = province.ask("Chỉ tiêu nào của Điện Biên đạt 70% vào năm 2030?")
    assert not ans.refused and "Gia đình học tập" in ans.answer and "Đơn vị học tập" not in ans.answer, ans.answer
    none = province.ask("Chỉ tiêu nào của Điện Biên đạt 65% vào năm 2030?")
    assert none.refused and not none.citations and "65%" in none.answer, none.answer


def test_a_task_asked_by_its_date(province):
    ans = province.ask("Ở Điện Biên việc nào phải xong trước 30/9/2026?")
    assert not ans.refused and "tủ sách cộng đồng" in ans.answer, ans.answer
    none = province.ask("Ở Điện Biên việc nào phải xong trước 30/6/2026?")
    assert none.refused and not none.citations, none.answer


def test_a_quoted_title_the_plan_never_writes_is_refused(province):
    ans = province.ask("Điện Biên đặt chỉ tiêu bao nhiêu phần trăm “Công dân học tập”?")
    assert ans.refused and not ans.citations and "Công dân học tập" in ans.answer, ans.answer
    kept = province.ask("Điện Biên đặt chỉ tiêu bao nhiêu phần trăm “Gia đình học tập” năm 2030?")
    assert not kept.refused and "70%" in kept.answer, kept.answer


def test_places_no_list_holds_are_told_by_their_form(province):
    spoken = province.ask("cho hỏi huyện mường chà năm hai không hai sáu giao sở nội vụ làm gì")
    assert spoken.refused and "Mường Chà" in spoken.answer, spoken.answer
    english = province.ask("What targets does Muong Nhe set for learning families?")
    assert english.refused and "Muong Nhe" in english.answer, english.answer
    own = province.ask("cho hỏi tỉnh điện biên năm hai không hai sáu giao sở nội vụ làm gì")
    assert not own.refused and "Đơn vị học tập" in own.answer, own.answer


def test_a_part_of_a_years_total_is_that_years_amount(province):
    ans = province.ask("Năm 2026 nguồn xã hội hóa của tỉnh Điện Biên là bao nhiêu?")
    assert not ans.refused and "300 triệu đồng" in ans.answer, ans.answer


def test_the_body_a_who_question_was_answered_with_is_the_one_pointed_back_at(province):
    history = [{"role": "user", "content": "Cơ quan thường trực của kế hoạch Điện Biên là ai?"},
               {"role": "assistant", "content": "Sở Giáo dục và Đào tạo là cơ quan thường trực."}]
    ans = province.ask("Cơ quan đó phải báo cáo Ủy ban nhân dân tỉnh trước ngày nào?", history=history)
    assert not ans.refused and "15/12" in ans.answer, ans.answer


def test_a_portal_pages_furniture_after_the_signature_is_not_the_plans():
    from ingest.clean import split_tail

    raw = "\n".join(["I. MỤC TIÊU", "Nội dung.", "Nơi nhận:", "- Như trên;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                     "Nguyễn Văn A", "Tệp đính kèm: KH-12.pdf", "Tin liên quan",
                     "» Kế hoạch số 47/KH-UBND của UBND phường khác", "Điện thoại: 0252 3822 146 - Email: a@b.gov.vn"])
    body, tail = split_tail(raw)
    assert tail.splitlines()[-1] == "Nguyễn Văn A" and "Tin liên quan" not in tail and "Email" not in tail
