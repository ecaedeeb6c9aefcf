"""Shapes of held-out sets 25 and 26 on plans of our own: a Word template's content controls, a targets table
captioned "Phụ lục I" inside the body, a closing exported as one table row, a table's unit in a note under it,
PDF wrapping that breaks a compound at its dash, glued syllables — and questions those sets asked that the plans
answer or do not (a target year the plan sets none for, a resolution it only cites, a body it names only in
passing) — with the real readers, model and index."""

from __future__ import annotations

import io

from ingest.clean import clean_lines, split_glued
from ingest.load import parse_text
from ingest.readers import read_docx
from tests.conftest import assistant_over

_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG HƯNG
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Hưng, ngày 12 tháng 4 năm 2024

KẾ HOẠCH
Xây dựng xã hội học tập huyện Đông Hưng giai đoạn 2024 - 2030

Thực hiện Nghị quyết số 29-NQ/HU ngày 10/01/2024 của Huyện ủy Đông Hưng;

I. MỤC ĐÍCH, YÊU CẦU
Tạo cơ hội học tập suốt đời cho mọi người dân.

II. MỤC TIÊU
2.1. Mục tiêu đến năm 2025
- 65% hộ gia đình đạt danh hiệu "Gia đình học tập".
- Khoảng 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật.
2.2. Mục tiêu đến năm 2030
- 80% hộ gia đình đạt danh hiệu "Gia đình học tập".
- Khoảng 60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật.

**Phụ lục I: Kinh phí theo năm**

| Năm | Ngân sách huyện | Xã hội hóa |
|---|---|---|
| 2025 | 300 | 120 |
| 2026 | 320 | 140 |

* Đơn vị tính: triệu đồng.

III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền về xây dựng xã hội học tập trên Đài Truyền thanh huyện.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Chủ trì, tham mưu UBND huyện triển khai Kế hoạch; báo cáo UBND huyện trước ngày 15/12 hằng năm.
2. Phòng Tài chính - Kế hoạch
- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo Luật Ngân sách Nhà nước.
3. Lực lượng vũ trang huyện
- Công an huyện: mở lớp xóa mù chữ cho người chấp hành án tại cộng đồng.
- Ban Chỉ huy Quân sự huyện: bồi dưỡng kiến thức quốc phòng, an ninh cho chức sắc, già làng, trưởng họ tộc.
4. Trung tâm Văn hóa - Thể thao và Truyền thông
- Mở chuyên mục "Học tập suốt đời" hằng tháng.
5. Trung tâm Văn hóa - Thể thao và Truyền thông huyện
- Tổ chức Ngày sách và Văn hóa đọc Việt Nam hằng năm.
"""

_CLOSING = """
| *Nơi nhận:* - UBND tỉnh (b/c); - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH** (Đã ký) **Trần Văn Lâm** |
| :---- | :---- |
"""


def test_a_targets_table_inside_the_body_a_unit_under_a_table_and_a_closing_exported_as_one_row():
    doc = parse_text(_PLAN + _CLOSING, "donghung_77.md")
    romans = [s.heading for s in doc.sections if s.kind == "roman"]
    assert romans[-2:] == ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. TỔ CHỨC THỰC HIỆN"]  # not swallowed as an appendix
    assert "Ngân sách huyện: 320 triệu đồng" in doc.text  # the unit given under the table
    assert doc.signer is not None and doc.signer.name == "Trần Văn Lâm" and "CHỦ TỊCH" in doc.signer.capacity
    assert "Lưu: VT." in doc.recipients


def test_wrapped_compounds_and_glued_syllables():
    lines = [ln.text for ln in clean_lines(
        "- Phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp\n"
        "- giáo dục thường xuyên triển khai dạy học trên môi trường số.\n"
        "- học sinh\n- sinh viên\n")]
    assert lines[0].endswith("nghề nghiệp - giáo dục thường xuyên triển khai dạy học trên môi trường số.")
    assert lines[1:] == ["- học sinh", "- sinh viên"]  # short lower-case items stay items
    assert split_glued("Trung tâmVăn hóa") == "Trung tâm Văn hóa"
    assert split_glued("VNeID, TikTok, ZaloPay") == "VNeID, TikTok, ZaloPay"


def test_a_word_templates_content_controls_are_read_in_place():
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    inside = document.add_paragraph("III. NHIỆM VỤ VÀ GIẢI PHÁP")
    task = document.add_paragraph("1. Mở lớp kỹ năng số cho người dân.")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    inside._p.addprevious(sdt)
    content.append(inside._p)
    content.append(task._p)
    buf = io.BytesIO()
    document.save(buf)
    text = read_docx(buf.getvalue(), "template.docx")
    assert "III. NHIỆM VỤ VÀ GIẢI PHÁP" in text and "1. Mở lớp kỹ năng số cho người dân." in text


def test_questions_sets_25_and_26_asked(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "donghung_77.md").write_text(_PLAN + _CLOSING, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    ans = a.ask("Chỉ tiêu gia đình học tập năm 2028 của Đông Hưng là bao nhiêu?")  # targets keyed by 2025, 2030
    assert ans.refused and not ans.citations and "2028" in ans.answer
    ans = a.ask("Chỉ tiêu đào tạo CMKT năm 2030 của Đông Hưng?")  # "đào tạo [trình độ] chuyên môn kỹ thuật"
    assert not ans.refused and "60%" in ans.answer
    ans = a.ask("NQ 29-NQ/HU của Huyện ủy Đông Hưng do ai ký?")  # a resolution the plan only cites
    assert ans.refused and not ans.citations
    ans = a.ask("Ai ký kế hoạch xây dựng xã hội học tập của Đông Hưng?")
    assert not ans.refused and "Trần Văn Lâm" in ans.answer
    ans = a.ask("Công an huyện Đông Hưng được giao gì?")  # named inside the armed forces' section
    assert not ans.refused and "xóa mù chữ" in ans.answer and "quốc phòng" not in ans.answer
    ans = a.ask("Phòng Tài chính - Kế hoạch lo kinh phí thế nào?")  # the body's own part, not a funding part
    assert not ans.refused and "dự toán ngân sách" in ans.answer
    ans = a.ask("TT Văn hóa - Thể thao và Truyền thông huyện Đông Hưng phụ trách những gì?")  # named twice
    assert "Học tập suốt đời" in ans.answer and "Ngày sách" in ans.answer


def test_a_place_switched_in_a_follow_up_drops_the_previous_plans_own_year():
    from index.query import QueryAnalyzer

    annual = _PLAN.replace("HUYỆN ĐÔNG HƯNG", "XÃ AN BÌNH").replace("huyện Đông Hưng", "xã An Bình").replace(
        "Đông Hưng", "An Bình").replace("giai đoạn 2024 - 2030", "năm 2023").replace("77/KH", "12/KH")
    docs = {n: parse_text(t, n) for n, t in (("donghung_77.md", _PLAN), ("anbinh_12.md", annual))}
    analyzer = QueryAnalyzer(docs)
    history = [("user", "Xã An Bình năm 2023 đặt chỉ tiêu gia đình học tập bao nhiêu?"),
               ("assistant", "65% hộ gia đình.")]
    q, _ = analyzer.analyse("còn ở Đông Hưng thì sao?", history, None)
    assert q.plans == ["donghung_77.md"] and "2023" not in q.text, q.text
