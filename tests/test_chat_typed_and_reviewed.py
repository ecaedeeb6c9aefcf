"""Shapes of held-out sets 27 and 28 on plans of our own: questions typed the way officials type them in a chat box
(abbreviated bodies, "sở này" and "họ" pointing back, "KH đó số mấy?"), a reviewed draft whose title block carries
the draft's mark, a body's dated lettered item, a document asked for one matter, OCR-damaged money, and near misses
the plans do not answer (a sanction, a reward, a present count, a look-alike body) — real readers, model and index."""

from __future__ import annotations

from chat.types import Turn
from ingest.load import parse_text
from tests.conftest import assistant_over

_DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN CẦN ĐƯỚC
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Đước, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
DỰ THẢO
(Lần 2 - sau góp ý của các phòng, ban)
Xây dựng xã hội học tập huyện Cần Đước giai đoạn 2025 - 2030

Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;
Thực hiện Kế hoạch số 205/KH-UBND ngày 10/01/2025 của UBND tỉnh Long An;
Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 15/TTr-PGDĐT ngày 02/3/2025.

I. MỤC TIÊU
1. Mục tiêu đến năm 2027
- 65% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 50% ấp đạt danh hiệu "Cộng đồng học tập".
2. Mục tiêu đến năm 2030
- 80% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 70% ấp đạt danh hiệu "Cộng đồng học tập".
- 100% trung tâm học tập cộng đồng được xếp loại Tốt.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đẩy mạnh các mô hình học tập
Tiếp tục thực hiện Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận "Cộng đồng học tập" cấp xã.
2. Phát triển văn hóa đọc
Luân chuyển sách giữa các tủ sách ấp; tổ chức Ngày Sách và Văn hóa đọc Việt Nam tại Khu di tích Rạch Cát.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 1.200 triệu đồng từ ngân sách huyện.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Là cơ quan thường trực; báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm.
2. Phòng Lao động - Thương binh và Xã hội
Chủ trì đào tạo nghề cho lao động nông thôn.
3. Công an huyện
Chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Phòng Lao động - Thương binh và Xã hội mở lớp xóa mù chữ cho phạm nhân tại nhà tạm giữ.
4. Bộ Chỉ huy Bộ đội Biên phòng tỉnh
Chỉ đạo đồn biên phòng mở lớp xóa mù chữ ở xã biên giới.
5. Đề nghị Ban Tuyên giáo Huyện ủy
Chỉ đạo các cơ quan báo chí tuyên truyền về học tập suốt đời.
6. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện
Vận động đoàn viên bỏ học trở lại trường.
7. UBND các xã, thị trấn
a) Xây dựng kế hoạch thực hiện hằng năm.
b) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo.
Các phòng, ban, ngành và UBND các xã, thị trấn triển khai nghiêm túc Kế hoạch này.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Mười
"""

_COMMUNE = """ỦY BAN NHÂN DÂN
XÃ PHƯỚC VÂN
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Vân, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Xây dựng xã hội học tập xã Phước Vân năm 2026

I. CHỈ TIÊU
1. 75% gia đình đạt danh hiệu "Gia đình học tập".

II. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã: đăng tải Kế hoạch trên Trang thông tin điện tử xã.
2. Phòng Kinh tế: tham mưu bố trí 160 triêu đồng từ ngân sách xã; hướng dẫn thanh quyết toán kinh phí.
3. Phòng Lao động - Thương binh và Xã hội
Phối hợp mở lớp dạy nghề ngắn hạn cho lao động nông thôn.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bảy
"""


def test_a_draft_mark_beside_the_title_is_no_part_of_it():
    doc = parse_text(_DISTRICT, "canduoc.txt")
    assert doc.title == "Kế hoạch xây dựng xã hội học tập huyện Cần Đước giai đoạn 2025 - 2030"


def test_chat_typed_questions_and_what_the_plans_do_not_say(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "canduoc.txt").write_text(_DISTRICT, encoding="utf-8")
    (tmp_path / "plans" / "phuocvan.txt").write_text(_COMMUNE, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    # a body named with its level after "các", asked its date: its own dated lettered item
    ans = a.ask("UBND các xã, thị trấn ở Cần Đước báo cáo khi nào?")
    assert not ans.refused and "10 tháng 12" in ans.answer and "15 tháng 12" not in ans.answer
    # the same in English: the communes report, the office they report to is not the one asked about
    ans = a.ask("By what date each year must communes and townships in Can Duoc report to the education office?")
    assert not ans.refused and "10 tháng 12" in ans.answer and "15 tháng 12" not in ans.answer

    # abbreviated bodies as officials type them
    ans = a.ask("Ban TG Huyện ủy Cần Đước được đề nghị gì?")
    assert not ans.refused and "báo chí" in ans.answer
    ans = a.ask("Huyện đoàn Cần Đước được giao gì?")
    assert not ans.refused and "bỏ học" in ans.answer
    ans = a.ask("VP HĐND&UBND xã Phước Vân làm gì?")
    assert not ans.refused and "Trang thông tin điện tử" in ans.answer
    ans = a.ask("P. KT xã Phước Vân tham mưu bố trí bn tiền từ NS xã?")  # the OCR's "triêu" is still an amount
    assert not ans.refused and "160" in ans.answer

    # pointing back to the previous question's body
    history = [Turn("user", "Phòng LĐTB&XH Cần Đước có nhiệm vụ gì?"),
               Turn("assistant", "Chủ trì đào tạo nghề cho lao động nông thôn.")]
    ans = a.ask("Họ có tham gia mở lớp xóa mù chữ cho phạm nhân không?", history)
    assert not ans.refused and "Công an huyện" in ans.answer and "đào tạo nghề" not in ans.answer
    ans = a.ask("ở Phước Vân phòng này làm gì?", history)
    assert not ans.refused and "dạy nghề ngắn hạn" in ans.answer and all(
        c.doc == "phuocvan.txt" for c in ans.citations)

    # the plan's own number and date, asked with "KH"; "Cần Đước ban hành" holds no modal "cần"
    ans = a.ask("KH đó số mấy, ký ngày nào?", [Turn("user", "Ai ký KH xã hội học tập của Cần Đước?"),
                                                Turn("assistant", "Nguyễn Văn Mười.")])
    assert "88/KH-UBND" in ans.answer and "12/03/2025" in ans.answer
    ans = a.ask("KH 88 của Cần Đước ban hành ngày nào?")
    assert not ans.refused and "12/03/2025" in ans.answer

    # a document asked for one matter: where the plan cites it, not its bases
    ans = a.ask("Cần Đước công nhận Cộng đồng học tập theo thông tư nào?")
    assert not ans.refused and "25/2023/TT-BGDĐT" in ans.answer

    # all of a year's targets asked: that year's part whole, not two of its lines nor the other year's
    for question in ("Các chỉ tiêu của Cần Đước đến năm 2030?", "Can Duoc lifelong learning targets 2030?"):
        ans = a.ask(question)
        assert not ans.refused and all(f in ans.answer for f in ("80%", "70%", "100%")) and "65%" not in ans.answer

    # near misses: refused plainly
    for question in ("Cần Đước phạt thế nào nếu xã nộp báo cáo trễ hạn?",
                     "Cần Đước hiện có mấy ấp đạt Cộng đồng học tập?",
                     "Ấp đạt Cộng đồng học tập ở Cần Đước được thưởng bao nhiêu tiền?",
                     "Giá vé vào Khu di tích Rạch Cát bao nhiêu?",
                     "Tờ trình 15/TTr-PGDĐT của Phòng GD&ĐT Cần Đước do ai ký?",
                     "Bộ Chỉ huy Quân sự tỉnh có nhiệm vụ gì trong kế hoạch của Cần Đước?"):
        ans = a.ask(question)
        assert ans.refused and not ans.citations, question


def test_terse_english_is_read_as_english(tmp_path):
    from index.query import QueryAnalyzer

    doc = parse_text(_DISTRICT, "canduoc.txt")
    analyzer = QueryAnalyzer({doc.doc: doc})
    assert analyzer.normalise("Can Duoc lifelong learning targets 2030?")[1] == "en"
    assert analyzer.normalise("can duoc chi tieu gia dinh hoc tap 2030")[1] == "vi"


def test_ocr_stretched_sentence_and_an_s_read_for_a_five():
    """An OCR layer stretches a justified line's words to their boxes: the layout text's wide gaps are no table
    row; Tesseract's "7S%" is 75%."""
    from ingest.clean import repair_ocr
    from ingest.readers import ragged

    assert ragged("    Căn   cứ Kế hoạch số 410/KH-UBND ngày            20 tháng    10 năm    2025   của")
    assert not ragged("1        Tổ chức lớp kỹ năng số        Phòng Văn hóa - Xã hội        Quý II/2026")
    assert repair_ocr("Gia đình học tập | Năm 2026: 7S% | Đến năm 2030: 85%") == \
        "Gia đình học tập | Năm 2026: 75% | Đến năm 2030: 85%"
    assert repair_ocr("Sở GD&ĐT, 5S tiêu chí") == "Sở GD&ĐT, 5S tiêu chí"  # no percentage: left as written


def test_a_body_named_before_a_dash_leads_its_item():
    """"3. Văn phòng HĐND và UBND phường – bảo đảm hạ tầng …": a run-in name set off by a dash, its tasks in lower
    case after it (a name's own dash is followed by a capital)."""
    text = _COMMUNE.replace(
        "3. Phòng Lao động - Thương binh và Xã hội\n",
        "3. Trạm Y tế xã – tuyên truyền chăm sóc sức khỏe tại Trung tâm học tập cộng đồng; phối hợp mở lớp "
        "sơ cứu cho người dân các ấp vào quý III/2026.\n4. Phòng Lao động - Thương binh và Xã hội\n")
    names = [s.agency for s in parse_text(text, "phuocvan.txt").agencies()]
    assert "Trạm Y tế xã" in names and not any(n.endswith("–") for n in names)
