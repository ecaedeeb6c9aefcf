"""Shapes of plans read as their readers see them (held-out sets 17 and 18): a scan's OCR text layer placed word by
word, OCR misreadings of numbers and part numerals, a Word text box and footnotes, a body typed in a two-column
layout table, a responsibility table of "CT"/"PH" marks with its legend, and a district plan whose targets are
given per commune — with the real readers, cleaner, model and index."""

from __future__ import annotations

import io
import random

import pytest

from ingest.clean import FOOTNOTE_PREFIX, abbreviation_legend, repair_ocr, table_block
from ingest.load import load_plan
from ingest.readers import ragged, read_docx
from tests.conftest import assistant_over

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def test_ocr_misreadings_of_numbers_and_part_numerals_are_undone():
    assert repair_ocr("Il. MỤC TIÊU") == "II. MỤC TIÊU"
    assert repair_ocr("IV . KINH PHÍ THỰC HIỆN") == "IV. KINH PHÍ THỰC HIỆN"
    assert repair_ocr("l. Mục đích") == "l. Mục đích"  # a letter item, not a part's numeral in capitals
    assert repair_ocr("đạt 80°/o gia đình") == "đạt 80% gia đình"
    assert repair_ocr("tổ chức ít nhất 1 200 lớp chuyên đề") == "tổ chức ít nhất 1.200 lớp chuyên đề"
    assert repair_ocr("xã hội hóa 12 500 triệu đồng") == "xã hội hóa 12.500 triệu đồng"
    assert repair_ocr("ngày 15 300 người tham gia") == "ngày 15 300 người tham gia"  # a day, then a count
    assert repair_ocr("văn bản số 10/0 của") == "văn bản số 10/0 của"


def test_unevenly_spaced_words_are_prose_and_a_table_row_is_not():
    assert ragged("   Đẩy   mạnh     xây  dựng    xã  hội  học   tập   tỉnh  Bắc    Ninh   giai  đoạn")
    assert ragged("    III. NHIỆM      VỤ, GIẢI    PHÁP")
    assert ragged("    a) Các sở, ban, ngành, Ủy ban         nhân dân    các huyện, thị    xã, thành   phố")
    assert not ragged("  1     Tỷ lệ hộ gia đình đạt danh hiệu     %        60        70")
    assert not ragged("  TT    Chỉ tiêu                      Năm 2025      Năm 2030")


def _ocr_pdf() -> bytes:
    """A page as an OCR engine lays its text layer: every word placed by itself, its baseline jittered."""
    from fpdf import FPDF

    lines = ["KẾ HOẠCH", "Xây dựng xã hội học tập tỉnh Hải Phòng giai đoạn 2025 - 2030",
             "I. MỤC ĐÍCH, YÊU CẦU", "Tạo cơ hội cho mọi người dân được học tập suốt đời và phát triển",
             "nguồn nhân lực chất lượng cao cho các khu công nghiệp của tỉnh.", "Il. MỤC TIÊU",
             "Đến năm 2030 có 80°/o gia đình đạt danh hiệu Gia đình học tập và tổ chức",
             "ít nhất 1 200 lớp chuyên đề tại các Trung tâm học tập cộng đồng mỗi năm.",
             "III. NHIỆM VỤ VÀ GIẢI PHÁP", "Đẩy mạnh tuyên truyền về học tập suốt đời trên báo, đài của tỉnh.",
             "IV . KINH PHÍ THỰC HIỆN", "Ngân sách tỉnh bố trí 3.000 triệu đồng mỗi năm cho các hoạt động.",
             "V. TỔ CHỨC THỰC HIỆN", "1. Sở Giáo dục và Đào tạo: chủ trì, theo dõi, báo cáo trước ngày 15/12 hằng năm."]
    rnd = random.Random(7)
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=11)
    y = 20.0
    for line in lines:
        x = 15.0
        for word in line.split():
            pdf.text(x, y + rnd.uniform(-0.5, 0.5), word)
            x += pdf.get_string_width(word) + pdf.get_string_width(" ") * rnd.uniform(1.0, 2.6)
        y += 8
    return bytes(pdf.output())


def test_an_ocr_text_layer_placed_word_by_word_reads_as_prose(tmp_path):
    path = tmp_path / "haiphong_12-KH-UBND_2025.pdf"
    path.write_bytes(_ocr_pdf())
    doc = load_plan(path)
    assert "|" not in doc.text, doc.text[:600]
    titles = [s.path[0] for s in doc.sections]
    for part in ("II. MỤC TIÊU", "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"):
        assert part in titles, titles
    assert "80% gia đình" in doc.text and "1.200 lớp" in doc.text


def _docx_with_box_and_note() -> bytes:
    """A Word file as Word saves a text box (drawing + VML copy) and a footnote (its own part)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = docx.Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Xây dựng xã hội học tập huyện Kiến Xương giai đoạn 2025 - 2030")
    doc.add_paragraph("II. MỤC TIÊU")
    p = doc.add_paragraph("a) Đến năm 2027: 65% gia đình đạt danh hiệu “Gia đình học tập”.")
    ref = etree.SubElement(etree.SubElement(p._p, f"{{{w}}}r"), f"{{{w}}}footnoteReference")
    ref.set(f"{{{w}}}id", "1")
    box = doc.add_paragraph()
    box._p.append(etree.fromstring(
        f'<w:r xmlns:w="{w}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        "<w:p><w:r><w:t>Chỉ tiêu trọng tâm</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Năm 2025 mở 36 lớp “Bình dân học vụ số” cho 1.800 người dân.</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>Năm 2025 mở 36 lớp “Bình dân học vụ số” cho 1.800 người dân.</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    doc.add_paragraph("V. TỔ CHỨC THỰC HIỆN")
    notes = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
             '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Năm 2024 đạt 58,4% gia đình.</w:t>'
             "</w:r></w:p></w:footnote></w:footnotes>").encode()
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_text_box_and_a_footnote_are_read_once_where_they_stand():
    text = read_docx(_docx_with_box_and_note(), "kienxuong.docx")
    assert text.count("Năm 2025 mở 36 lớp") == 1  # the VML copy of the box is not read again
    assert text.index("Chỉ tiêu trọng tâm") < text.index("V. TỔ CHỨC THỰC HIỆN")
    assert FOOTNOTE_PREFIX + "Năm 2024 đạt 58,4% gia đình." in text


def test_a_body_typed_in_a_two_column_table_keeps_numbers_on_their_lines():
    import docx

    doc = docx.Document()
    header = doc.add_table(rows=1, cols=2)
    header.cell(0, 0).text, header.cell(0, 1).text = "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    body = doc.add_table(rows=3, cols=2)
    for r, (mark, text) in enumerate([("I.", "MỤC ĐÍCH, YÊU CẦU"), ("1.", "Mục đích"), ("a)", "Nâng cao dân trí.")]):
        body.cell(r, 0).text, body.cell(r, 1).text = mark, text
    out = io.BytesIO()
    doc.save(out)
    text = read_docx(out.getvalue(), "gialai.docx")
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text and "1. Mục đích" in text and "a) Nâng cao dân trí." in text


def test_a_table_of_role_marks_names_each_tasks_lead_and_partners():
    legend = abbreviation_legend("Ghi chú: GDĐT - Sở Giáo dục và Đào tạo; NV - Sở Nội vụ; "
                                 "TĐ - Tỉnh đoàn; UBND huyện - Ủy ban nhân dân các huyện, thành phố.")
    assert legend["UBND huyện"] == "Ủy ban nhân dân các huyện, thành phố"
    rows = table_block(["| TT | Nhiệm vụ | GDĐT | NV | TĐ | UBND huyện | Thời gian |",
                        "|---|---|---|---|---|---|---|",
                        "| 1 | Công nhận “Đơn vị học tập” | PH | CT |  | PH | Quý IV hằng năm |",
                        "| 2 | Bình dân học vụ số | CT |  | PH |  | 2025 - 2026 |"], legend=legend)
    assert rows[0] == ("TT: 1 | Nhiệm vụ: Công nhận “Đơn vị học tập” | GDĐT: PH | NV: CT | UBND huyện: PH"
                       " | Thời gian: Quý IV hằng năm | Chủ trì: Sở Nội vụ"
                       " | Phối hợp: Sở Giáo dục và Đào tạo, Ủy ban nhân dân các huyện, thành phố")
    assert rows[1].endswith("Chủ trì: Sở Giáo dục và Đào tạo | Phối hợp: Tỉnh đoàn")


DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN TIỀN HẢI
Số: 91/KH-UBND
Tiền Hải, ngày 02 tháng 10 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập huyện Tiền Hải giai đoạn 2025 - 2030
II. MỤC TIÊU
1. Đến năm 2030, 75% gia đình đạt danh hiệu “Gia đình học tập”.
2. Chỉ tiêu giao các xã, thị trấn điểm:

| STT | Xã, thị trấn | Gia đình học tập 2027 (%) | Gia đình học tập 2030 (%) |
|---|---|---|---|
| 1 | Thị trấn Tiền Hải | 70 | 80 |
| 2 | Xã Nam Trung | 64 |  |
| 3 | Xã Đông Cơ | 66 | 76 |

III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đào tạo nghề cho lao động nông thôn
Gắn đào tạo nghề trình độ sơ cấp với chuyển dịch cơ cấu lao động; đặt hàng các cơ sở giáo dục nghề nghiệp.
2. Phát triển thư viện và tủ sách cộng đồng ở các thôn.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: chủ trì, báo cáo trước ngày 10/12 hằng năm.
2. Phòng Nội vụ: chủ trì đào tạo nghề cho lao động nông thôn các xã ven biển; theo dõi lao động qua đào tạo.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("listed")
    (home / "plans").mkdir()
    (home / "plans" / "tienhai_91-KH-UBND_2024.md").write_text(DISTRICT, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_commune_in_a_district_plans_table_is_answered_from_its_row(district):
    ans = district.ask("Xã Đông Cơ phải đạt bao nhiêu phần trăm gia đình học tập năm 2030?")
    assert not ans.refused and "76%" in ans.answer and "Đông Cơ" in ans.answer, ans.answer
    ans = district.ask("Thị trấn Tiền Hải phải đạt tỷ lệ gia đình học tập năm 2027 là bao nhiêu?")
    assert not ans.refused and "70%" in ans.answer, ans.answer


def test_a_commune_the_table_does_not_list_is_refused(district):
    ans = district.ask("Xã Tây Giang được huyện Tiền Hải giao chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?")
    assert ans.refused and not ans.citations, ans.answer


def test_who_is_responsible_is_answered_by_the_bodys_line_not_the_topics_section(district):
    ans = district.ask("Cơ quan nào chịu trách nhiệm đào tạo nghề cho lao động nông thôn các xã ven biển ở Tiền Hải?")
    assert not ans.refused and "Phòng Nội vụ" in ans.answer, ans.answer


def test_a_blank_cell_for_the_asked_indicator_and_year_is_refused(district):
    ans = district.ask("Xã Nam Trung phải đạt bao nhiêu phần trăm gia đình học tập năm 2030?")
    assert ans.refused and not ans.citations, ans.answer
    ans = district.ask("Xã Nam Trung phải đạt bao nhiêu phần trăm gia đình học tập năm 2027?")
    assert not ans.refused and "64%" in ans.answer, ans.answer


def test_the_district_named_by_its_level_in_english(district):
    ans = district.ask("When must the district's Education Office send its annual report?")
    assert not ans.refused and "10/12" in ans.answer, ans.answer


def test_an_item_that_says_all_in_one_line_is_a_chunk_not_a_bare_heading():
    from ingest.chunk import chunk_document
    from ingest.load import parse_text

    doc = parse_text("""ỦY BAN NHÂN DÂN HUYỆN CAO LÃNH
Số: 40/KH-UBND
Cao Lãnh, ngày 07 tháng 4 năm 2025
KẾ HOẠCH
Điều chỉnh, bổ sung Kế hoạch số 120/KH-UBND ngày 10/6/2022 về xây dựng xã hội học tập giai đoạn 2021 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Cập nhật chỉ tiêu phù hợp với kết quả thực hiện giai đoạn 2021 - 2024 và yêu cầu chuyển đổi số của huyện.
II. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG
1. Sửa đổi điểm a khoản 2 Mục II như sau: “a) Đến năm 2030, tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đạt 80%.”
2. Sửa đổi điểm c khoản 2 Mục II: “c) Đến năm 2027, 65% người dân có kỹ năng số cơ bản.”
3. Bổ sung nhiệm vụ 6 vào Mục III như sau: “6. Triển khai phong trào “Bình dân học vụ số” tại mỗi ấp, khóm.”
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: theo dõi, báo cáo trước ngày 25/11 hằng năm.
""", "caolanh_40-KH-UBND_2025.txt")
    assert any("65% người dân" in c.text for c in chunk_document(doc))
