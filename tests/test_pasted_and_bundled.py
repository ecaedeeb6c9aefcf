"""Plans as held-out sets 19 and 20 brought them: pasted into a chat group (messages, emoji captions, officials'
shorthand), kept in a note app (front matter, callouts, task boxes), filed behind the submission that proposed
them, and a province whose name holds a dash — with the real readers, cleaner, model and index."""

from __future__ import annotations

import pytest

from ingest.load import load_plan, parse_text
from ingest.metadata import units_in
from ingest.noteapp import note_markup, unchat
from ingest.readers import read_text
from tests.conftest import assistant_over

CHAT = """[07:42, 14/02/2025] VP UBND xã - Ngọc Hiền: Kính gửi các đ/c trong nhóm
[07:43, 14/02/2025] VP UBND xã - Ngọc Hiền:
UBND XÃ VĨNH THẠNH
(huyện Giồng Riềng, tỉnh Kiên Giang)
KẾ HOẠCH SỐ 21/KH-UBND
Xây dựng xã hội học tập xã Vĩnh Thạnh năm 2025

📌 MỤC ĐÍCH
✅ Đẩy mạnh phong trào học tập suốt đời trong nhân dân

📌 CHỈ TIÊU NĂM 2025
✅ 80% hộ đạt GĐHT
✅ 6/8 ấp đạt CĐHT

📌 PHÂN CÔNG
👉 CA xã: tuyên truyền pháp luật, phòng chống ma túy tại lớp chuyên đề
👉 HND xã: mở 3 lớp tập huấn kỹ thuật cho nông dân
👉 Trưởng ấp: lập danh sách hộ đăng ký GĐHT trước 10/3

📌 KINH PHÍ
✅ Tổng KP 2025: 180tr
- NS xã: 130tr
- XHH: 50tr

TM. UBND XÃ
CHỦ TỊCH
Trần Văn Tư
[07:51, 14/02/2025] CC VH-XH - Tâm: Dạ em nhận ạ 👍
[08:05, 14/02/2025] Trưởng ấp Vĩnh Lợi: Ấp nhận, cuối tuần em gửi ds hộ đăng ký ạ
"""


def test_a_chat_export_is_the_message_holding_the_plan():
    text = unchat(CHAT)
    assert text.startswith("UBND XÃ VĨNH THẠNH") and "Dạ em nhận" not in text and "[07:" not in text


def test_note_app_markup_reads_as_plain_markdown():
    md = note_markup('---\ntitle: "KH XHHT"\ntags: [a, b]\n---\n\n## 📌 I. MỤC ĐÍCH\n> [!NOTE]\n'
                     "- [x] Lập danh sách\nSố: `45/KH-UBND` · Ia Kring, ngày 20 tháng 02 năm 2025\n📌 KINH PHÍ\n")
    assert "title:" not in md and "[!NOTE]" not in md and "`" not in md
    assert "## I. MỤC ĐÍCH" in md and "- Lập danh sách" in md and "**KINH PHÍ**" in md
    assert "Số: 45/KH-UBND\nIa Kring, ngày 20 tháng 02 năm 2025" in md


def test_a_plan_pasted_into_a_chat_has_its_parts_bodies_and_number(tmp_path):
    path = tmp_path / "vinhthanh_21-KH-UBND_2025.txt"
    path.write_text(CHAT, encoding="utf-8")
    doc = load_plan(path)
    assert doc.number == "21/KH-UBND" and doc.title.startswith("Kế hoạch xây dựng xã hội học tập xã Vĩnh Thạnh")
    tops = {s.path[0] for s in doc.sections}
    assert {"CHỈ TIÊU NĂM 2025", "PHÂN CÔNG", "KINH PHÍ"} <= tops, tops
    assert {"CA xã", "HND xã", "Trưởng ấp"} <= {s.agency for s in doc.sections if s.agency}


def test_a_dash_inside_a_province_name_is_part_of_it():
    assert [u.name for u in units_in("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "header")] == ["Bà Rịa - Vũng Tàu"]
    assert [u.name for u in units_in("UBND XÃ CẨM BÌNH - HUYỆN CẨM XUYÊN", "header")] == ["Cẩm Bình", "Cẩm Xuyên"]


SUBMISSION_FIRST = """UBND HUYỆN ĐẤT ĐỎ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
Số: 41/TTr-PGDĐT Đất Đỏ, ngày 04 tháng 3 năm 2024
TỜ TRÌNH
Về việc ban hành Kế hoạch xây dựng xã hội học tập huyện Đất Đỏ giai đoạn 2024 - 2030
Kính gửi: Ủy ban nhân dân huyện Đất Đỏ.
1. Đề xuất tổng kinh phí giai đoạn 2024 - 2030 là 8.000 triệu đồng.
Kính trình Ủy ban nhân dân huyện xem xét, ban hành./.
Nơi nhận: TRƯỞNG PHÒNG
- Như trên;
- Lưu: VT. Phạm Thu Hà
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐẤT ĐỎ Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND Đất Đỏ, ngày 02 tháng 4 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập huyện Đất Đỏ giai đoạn 2024 - 2030
I. MỤC TIÊU
1. Đến năm 2030, 75% hộ gia đình đạt danh hiệu “Gia đình học tập”.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 là 6.500 triệu đồng.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: chủ trì, báo cáo trước ngày 15/12 hằng năm.
"""


def test_a_submission_filed_before_the_plan_does_not_lend_it_its_number():
    doc = parse_text(SUBMISSION_FIRST, "datdo_77-KH-UBND_2024.txt")
    assert doc.number == "77/KH-UBND" and doc.issued == "2024-04-02", (doc.number, doc.issued)
    assert "Đề xuất tổng kinh phí" in doc.text  # what was proposed stays readable


@pytest.fixture(scope="module")
def pasted(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("pasted")
    (home / "plans").mkdir()
    (home / "plans" / "vinhthanh_21-KH-UBND_2025.txt").write_text(CHAT, encoding="utf-8")
    (home / "plans" / "datdo_77-KH-UBND_2024.txt").write_text(SUBMISSION_FIRST, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_body_named_in_full_finds_its_abbreviated_chat_line(pasted):
    ans = pasted.ask("Công an xã Vĩnh Thạnh làm gì?")
    assert not ans.refused and "ma túy" in ans.answer, ans.answer
    ans = pasted.ask("Hội Nông dân xã Vĩnh Thạnh có nhiệm vụ gì?")
    assert not ans.refused and "3 lớp tập huấn" in ans.answer, ans.answer


def test_amounts_and_dates_in_chat_shorthand(pasted):
    ans = pasted.ask("Kinh phí năm 2025 của xã Vĩnh Thạnh bao nhiêu?")
    assert not ans.refused and "180tr" in ans.answer, ans.answer


def test_the_plans_own_figure_not_the_submissions(pasted):
    ans = pasted.ask("Tổng kinh phí kế hoạch xây dựng xã hội học tập huyện Đất Đỏ là bao nhiêu?")
    assert not ans.refused and "6.500 triệu đồng" in ans.answer, ans.answer


def test_read_text_applies_the_note_and_chat_readings():
    assert "[07:" not in read_text(CHAT.encode("utf-8"), "x.txt")


def test_a_places_initials_after_its_unit_word_are_not_shorthand():
    from index.query import expand_abbreviations

    assert "tỉnh CB" in expand_abbreviations("HKH tỉnh CB chủ trì việc gì?")
    assert expand_abbreviations("Tổng KP 2025: 245tr") == "Tổng kinh phí 2025: 245tr"


def test_a_funding_table_of_bare_millions_is_in_dong():
    from ingest.clean import table_block

    rows = table_block(["| Nguồn | Năm 2025 | Tổng cộng |", "|:---|---:|---:|",
                        "| Ngân sách phường | 120.000.000 | 390.000.000 |", "| Xã hội hóa | 30.000.000 | 105.000.000 |"])
    assert rows[0] == "Nguồn: Ngân sách phường | Năm 2025: 120.000.000 đồng | Tổng cộng: 390.000.000 đồng"
    counts = table_block(["| Chỉ tiêu | Năm 2025 |", "|---|---|", "| Số lượt người học | 1.200.000 |",
                          "| Số lớp | 2.400.000 |"])
    assert "đồng" not in " ".join(counts)  # no funding named: figures of people, not money
