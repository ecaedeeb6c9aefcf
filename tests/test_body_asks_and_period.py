"""Shapes of held-out set 29 on a plan of our own: a body asked "có những nhiệm vụ gì" beside a task item whose
heading says "nhiệm vụ"; "các huyện, thành phố X" (the units of X, not a city named X); "Q/H/TX"-style slashed
level initials; a body named only inside another's clause asked "phối hợp với ai, để làm gì"; the plan's period
("giai đoạn nào", "mốc thời gian đến năm nào"); and a year asked with "vào năm nào" — real readers, model and
index."""

from __future__ import annotations

import pytest

from tests.conftest import HANOI, assistant_over

_PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 215/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 12 tháng 5 năm 2024

KẾ HOẠCH
Phát triển học tập suốt đời trên địa bàn tỉnh Bình Định từ nay đến năm 2030, tầm nhìn đến năm 2040

I. MỤC TIÊU
1. Mục tiêu đến năm 2027
- 65% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 50% công dân đạt danh hiệu "Công dân học tập"; 30% dòng họ đạt danh hiệu "Dòng họ học tập".
- 40% xã, phường được công nhận danh hiệu "Cộng đồng học tập".
2. Mục tiêu đến năm 2030
- 80% hộ gia đình đạt danh hiệu "Gia đình học tập".

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Cụ thể hóa các nhiệm vụ khuyến học, khuyến tài trong chương trình công tác của chính quyền các cấp
Lồng ghép chỉ tiêu học tập suốt đời vào nghị quyết phát triển kinh tế - xã hội hằng năm của các cấp.
2. Phát triển mạng lưới thư viện cơ sở
Luân chuyển sách giữa thư viện tỉnh và các tủ sách thôn, làng.
Xây dựng Cổng học tập mở tỉnh tại địa chỉ hoctap.binhdinh.gov.vn cho người dân tự học.

III. KINH PHÍ
Ngân sách tỉnh bảo đảm theo phân cấp hiện hành.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Là cơ quan thường trực; tham mưu UBND tỉnh sơ kết Kế hoạch vào năm 2027, tổng kết vào năm 2030.
2. Sở Văn hóa và Thể thao
Chỉ đạo Thư viện tỉnh luân chuyển sách về các thôn, làng.
3. Ủy ban nhân dân các huyện, thị xã, thành phố
Xây dựng kế hoạch thực hiện trên địa bàn; bố trí kinh phí hằng năm cho các Trung tâm học tập cộng đồng.
5. Sở Nội vụ
- Chủ trì đào tạo nghề cho lao động nông thôn; phấn đấu đào tạo nghề cho ít nhất 12.000 người mỗi năm.
- Lồng ghép nội dung phòng, chống thiên tai vào các lớp bồi dưỡng cán bộ, công chức.
4. Đề nghị Hội Khuyến học tỉnh
Vận động xây dựng Quỹ khuyến học ở các thôn, làng; phối hợp với Trung tâm Văn hóa - Điện ảnh tỉnh tổ chức ngày hội đọc sách cho thiếu nhi.

Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Hải Giang
"""


@pytest.fixture(scope="module")
def binhdinh(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("binhdinh")
    (home / "plans").mkdir()
    (home / "plans" / "binhdinh_215.txt").write_text(_PROVINCE, encoding="utf-8")
    return assistant_over(home, embedder)


def _sections(ans) -> set[str]:  # noqa: ANN001
    return {c.section for c in ans.citations}


def test_a_body_asked_for_its_tasks_is_its_own_section_not_a_task_item_named_nhiem_vu(assistant):
    # (Hà Nội's III.2 "Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp …" holds the ask's "nhiệm vụ", not the body)
    ans = assistant.ask("Hội Khuyến học thành phố Hà Nội có những nhiệm vụ gì?")
    assert not ans.refused and {c.doc for c in ans.citations} == {HANOI}
    assert all("Hội Khuyến học Thành phố" in s for s in _sections(ans)), _sections(ans)


def test_the_units_of_a_province_are_not_a_city_of_that_name(binhdinh):
    for q in ("Nhiệm vụ của UBND các huyện, thành phố Bình Định?", "các huyện Bình Định phải làm gì?"):
        ans = binhdinh.ask(q)
        assert not ans.refused, q
        assert "bố trí kinh phí hằng năm" in ans.answer, q


def test_slashed_level_initials_name_the_lower_levels(binhdinh):
    ans = binhdinh.ask("UBND H/TX/TP ở Bình Định làm gì?")
    assert not ans.refused and "bố trí kinh phí hằng năm" in ans.answer


def test_a_body_named_only_in_another_clause_asked_who_it_works_with(assistant):
    # (Mỹ Lộc's Phòng Văn hóa, Thể thao và Du lịch has no item of its own: the Hội Khuyến học huyện's clause names it)
    ans = assistant.ask("Phòng Văn hóa, Thể thao và Du lịch của Mỹ Lộc phối hợp với những ai, để làm gì?")
    assert not ans.refused and "Phòng Giáo dục và Đào tạo" in ans.answer
    assert all("Hội Khuyến học huyện" in s for s in _sections(ans)), _sections(ans)


def test_the_plan_period_is_quoted_from_its_title_and_target_headings(binhdinh):
    for q in ("Kế hoạch của Bình Định có mốc thời gian đến năm nào?", "What period does the Binh Dinh plan cover?"):
        ans = binhdinh.ask(q)
        assert not ans.refused, q
        assert "tầm nhìn đến năm 2040" in ans.answer and "Mục tiêu đến năm 2027" in ans.answer, q


def test_a_year_asked_with_vao_nam_nao_is_the_dated_line(assistant):
    # (not the commune's yearly report date, which shares the words "thực hiện Đề án")
    ans = assistant.ask("Mỹ Lộc tổng kết việc thực hiện Đề án vào năm nào?")
    assert not ans.refused and "tổng kết vào năm 2030" in ans.answer


def test_the_plans_items_counted_are_listed_not_refused_as_a_missing_figure(binhdinh):
    ans = binhdinh.ask("Kế hoạch Bình Định có bao nhiêu nhóm nhiệm vụ, giải pháp? Kể tên từng nhóm.")
    assert not ans.refused and "Phát triển mạng lưới thư viện cơ sở" in ans.answer
    assert "Cụ thể hóa các nhiệm vụ khuyến học" in ans.answer


def test_a_figure_put_forward_to_be_checked_is_answered_yes_or_no_with_the_plans_line(binhdinh):
    ans = binhdinh.ask("Chỉ tiêu gia đình học tập năm 2030 của Bình Định là 75% phải không?")
    assert not ans.refused and ans.answer.startswith("Không:") and "80%" in ans.answer
    ans = binhdinh.ask("Chỉ tiêu gia đình học tập năm 2030 của Bình Định là 80% đúng không?")
    assert not ans.refused and ans.answer.startswith("Đúng:") and "80%" in ans.answer
    ans = binhdinh.ask("Is it true that Binh Dinh aims for 70% learning families by 2030?")
    assert not ans.refused and ans.answer.startswith("No:") and "80%" in ans.answer


def test_telex_keys_left_in_an_unaccented_question_are_read():
    from index.diacritics import DiacriticRestorer

    restorer = DiacriticRestorer(["80% người lao động được trang bị kỹ năng sống, kỹ năng số; kinh phí thực hiện"])
    assert restorer.restore("chi tieu kyx nang song") == "chỉ tiêu kỹ năng sống"
    assert restorer.restore("kinh phis thuc hien") == "kinh phí thực hiện"
    assert restorer.restore("ky nawng so") == "kỹ năng số"


def test_the_askers_own_body_introduced_first_is_the_body_asked(binhdinh):
    ans = binhdinh.ask("Mình làm ở Sở Văn hóa và Thể thao Bình Định. Kế hoạch giao gì cho sở mình vậy?")
    assert not ans.refused and "luân chuyển sách" in ans.answer
    assert all("Sở Văn hóa và Thể thao" in s for s in _sections(ans)), _sections(ans)


def test_a_figure_inside_an_inline_content_control_is_read():
    import io

    import docx
    from docx.oxml import OxmlElement

    from ingest.readers import read_docx

    document = docx.Document()
    para = document.add_paragraph("Tổng kinh phí thực hiện Kế hoạch là ")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "46.800 triệu đồng"
    run.append(t)
    content.append(run)
    para._p.append(sdt)
    para.add_run(" từ ngân sách tỉnh.")
    buf = io.BytesIO()
    document.save(buf)
    assert "là 46.800 triệu đồng từ ngân sách tỉnh." in read_docx(buf.getvalue(), "eoffice.docx")


def test_a_kind_of_body_the_plan_never_names_is_refused(binhdinh):
    ans = binhdinh.ask("Hạt Kiểm lâm có nhiệm vụ gì trong kế hoạch của Bình Định?")
    assert ans.refused and not ans.citations and "Hạt Kiểm lâm" in ans.answer


def test_english_how_many_people_and_a_web_address(binhdinh):
    ans = binhdinh.ask("How many people per year should receive vocational training under Binh Dinh's Department of Home Affairs?")
    assert not ans.refused and "12.000 người" in ans.answer
    ans = binhdinh.ask("What is the web address of Binh Dinh's learning portal?")
    assert not ans.refused and "hoctap.binhdinh.gov.vn" in ans.answer


def test_a_follow_up_asking_the_same_body_a_matter_of_its_own(binhdinh):
    history = [{"role": "user", "content": "Sở Nội vụ Bình Định đào tạo nghề cho bao nhiêu người mỗi năm?"},
               {"role": "assistant", "content": "Ít nhất 12.000 người mỗi năm."}]
    ans = binhdinh.ask("Ngoài ra sở đó còn phải lồng ghép nội dung gì?", history=history)
    assert not ans.refused and "phòng, chống thiên tai" in ans.answer


def test_a_turn_that_only_takes_in_the_answer_is_skipped_by_the_next_follow_up(binhdinh):
    history = [{"role": "user", "content": "Bình Định năm 2030 bao nhiêu % hộ gia đình đạt gia đình học tập?"},
               {"role": "assistant", "content": "80%."},
               {"role": "user", "content": "ok, tức là tăng dần theo từng mốc?"},
               {"role": "assistant", "content": "Đúng, kế hoạch đặt mốc 2027 và 2030."}]
    ans = binhdinh.ask("còn năm 2027?", history=history)
    assert not ans.refused and "65% hộ gia đình" in ans.answer


def test_the_lead_reads_no_figure_from_a_line_the_answer_does_not_quote(binhdinh):
    ans = binhdinh.ask("Bình Định năm 2027 bao nhiêu % xã, phường được công nhận cộng đồng học tập?")
    assert not ans.refused and "40% xã, phường" in ans.answer
    assert "50%" not in ans.answer and "30%" not in ans.answer


def test_what_the_plan_requires_the_work_to_ensure_is_its_requirements_part(assistant):
    ans = assistant.ask("Kế hoạch Huế năm 2026 yêu cầu việc tổ chức thực hiện phải đảm bảo những gì?")
    assert not ans.refused and all("Yêu cầu" in s for s in _sections(ans)), _sections(ans)


def test_english_number_and_issue_date_asked_together(binhdinh):
    ans = binhdinh.ask("What is the number and issue date of Binh Dinh's lifelong learning plan?")
    assert not ans.refused and "215/KH-UBND" in ans.answer and "2024-05-12" in ans.answer
