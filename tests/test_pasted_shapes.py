"""Plans as they reach an office after copying and pasting (issue 11): headings printed letter-spaced, a plan
pasted into a bordered one-column frame with its targets table nested inside, a plan pasted from a chat with
pictograph bullets, items numbered "5.1." under "V.". Read through the real readers."""

from __future__ import annotations

import docx

from ingest.letterspaced import join_letter_spacing
from ingest.load import load_plan


def test_letter_spaced_headings_read_as_words():
    text = "K Ế  H O Ạ C H\nV. T Ổ C H Ứ C T H Ự C H I Ệ N\nI.  M Ụ C  Đ Í C H ,  Y Ê U  C Ầ U\nA, B và C\nX Y Z W"
    assert join_letter_spacing(text).split("\n") == [
        "KẾ HOẠCH", "V. TỔ CHỨC THỰC HIỆN", "I.  MỤC ĐÍCH, YÊU CẦU", "A, B và C", "X Y Z W"]


CHAT = "\n".join([
    "[08:42, 21/01/2025] Nguyễn Văn An - VP UBND: Gửi các đ/c KH năm 2025 👇",
    "UBND PHƯỜNG AN BÌNH", "Số: 12/KH-UBND", "An Bình, ngày 20 tháng 01 năm 2025", "KẾ HOẠCH",
    "Xây dựng xã hội học tập phường An Bình năm 2025", "I/ MỤC TIÊU", "✅ Phấn đấu 80% hộ gia đình đạt danh hiệu.",
    "II/ T Ổ C H Ứ C T H Ự C H I Ệ N", "👉 Công chức Văn hóa - Xã hội: Là đầu mối tham mưu; báo cáo trước ngày 25/11.",
    "👉 Công an phường: Tuyên truyền phòng, chống lừa đảo qua mạng.", "TM. UBND PHƯỜNG", "CHỦ TỊCH", "(đã ký)",
    "Trần Văn Bình", ""])


def test_a_plan_pasted_from_a_chat(tmp_path):
    path = tmp_path / "anbinh_12-KH-UBND_2025.txt"
    path.write_text(CHAT, encoding="utf-8")
    doc = load_plan(path)
    assert doc.locality == "An Bình" and doc.number == "12/KH-UBND"
    assert [s.agency for s in doc.sections if s.agency] == ["Công chức Văn hóa - Xã hội", "Công an phường"]


def test_a_plan_in_a_frame_with_its_table_nested_and_items_numbered_under_their_part(tmp_path):
    d = docx.Document()
    frame = d.add_table(rows=1, cols=1).cell(0, 0)
    lines = ["ỦY BAN NHÂN DÂN TỈNH BẮC MINH", "Số: 77/KH-UBND", "Bắc Minh, ngày 02 tháng 5 năm 2025", "KẾ HOẠCH",
             "Xây dựng xã hội học tập tỉnh Bắc Minh giai đoạn 2025 - 2030", "II. MỤC TIÊU", "2.1. Mục tiêu cụ thể"]
    frame.paragraphs[0].text = lines[0]
    for ln in lines[1:]:
        frame.add_paragraph(ln)
    inner = frame.add_table(rows=2, cols=3)
    for c, v in zip(inner.rows[0].cells, ("Chỉ tiêu", "Năm 2025", "Năm 2030"), strict=True):
        c.text = v
    for c, v in zip(inner.rows[1].cells, ("Tỷ lệ gia đình học tập", "≥ 70%", "≥ 85%"), strict=True):
        c.text = v
    for ln in ("III. TỔ CHỨC THỰC HIỆN", "3.1. Sở Giáo dục và Đào tạo", "- Chủ trì triển khai Kế hoạch.",
               "3.2. Sở Tài chính", "- Tham mưu bố trí kinh phí."):
        frame.add_paragraph(ln)
    for ln in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Minh"):
        d.add_paragraph(ln)
    path = tmp_path / "bacminh_77-KH-UBND_2025.docx"
    d.save(str(path))
    doc = load_plan(path)
    assert "Năm 2030: ≥ 85%" in doc.text, doc.text
    assert [(s.label, s.agency) for s in doc.sections if s.agency] == [("3.1.", "Sở Giáo dục và Đào tạo"),
                                                                       ("3.2.", "Sở Tài chính")]
