"""More plan outlines the bundled plans do not have (issue 11, held-out plans whose every passage was the
preamble): roman and arabic labels written "I-", "II/", "III -", "IV)", "1-", "2 -", "a-", "đ/"; unnumbered
upper-case part headings; agencies as run-in labels ("- Công an xã: …"); targets per year in prose; and a text
PDF numbered 1./1.1./1.1.1. with page-foot footnotes. Every plan is made up here (own places and wording), read
through the real readers, then asked through the real index and model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.chunk import chunk_document
from ingest.clean import clean_lines
from ingest.load import load_plan
from ingest.matrix import extract_matrix
from ingest.outline import NOTES_TITLE, PREAMBLE_TITLE, parse_outline
from ingest.readers import mark_footnotes
from ingest.targets import extract_targets
from ingest.types import Document
from tests.conftest import assistant_over

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _tops(doc: Document) -> list[str]:
    return [s.heading for s in doc.sections if s.kind == "roman"]


def _section_of(doc: Document, needle: str) -> str:
    pos = doc.text.index(needle)
    return max((s for s in doc.sections if s.start <= pos < s.end), key=lambda s: s.level).path_str


# ---------------------------------------------------------------- 1. labels with a dash, slash or parenthesis

HEADER = ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN THÀNH", "Số: 64/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Yên Thành, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
          "Xây dựng xã hội học tập huyện Yên Thành giai đoạn 2026-2030"]
# (text, is a heading) — one plan, written out as .txt, markdown and DOCX below
MIXED = [
    ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân huyện ban hành "
     "Kế hoạch như sau:", False),
    ("I- MỤC ĐÍCH, YÊU CẦU", True), ("1- Mục đích", True),
    ("Tạo cơ hội học tập suốt đời cho người dân các xã vùng bán sơn địa.", False),
    ("2/ Yêu cầu", True), ("Các cơ quan, đơn vị phối hợp chặt chẽ, bảo đảm thiết thực, tránh hình thức.", False),
    ("II/ MỤC TIÊU", True), ("1 - Mục tiêu chung", True),
    ("Hình thành thói quen tự học trong mỗi gia đình, dòng họ.", False), ("2 - Chỉ tiêu cụ thể", True),
    ("a- Đến năm 2030, ít nhất 65% hộ gia đình đạt danh hiệu “Gia đình học tập”.", False),
    ("b/ Đến năm 2030, 100% xã có Trung tâm học tập cộng đồng hoạt động hiệu quả.", False),
    ("III - NHIỆM VỤ VÀ GIẢI PHÁP", True), ("1/ Đẩy mạnh truyền thông", True),
    ("a) Phát sóng chuyên mục “Học tập suốt đời” trên Đài Truyền thanh huyện.", False),
    ("b- Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm.", False),
    ("c- Biểu dương gương người tốt, việc tốt trong học tập.", False),
    ("d- Phát hành bản tin học tập hằng quý.", False),
    ("đ- Bổ sung sách cho thư viện các trường học và tủ sách các thôn.", False),
    ("IV) KINH PHÍ THỰC HIỆN", True),
    ("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện và nguồn vận động xã hội hóa.", False),
    ("V. TỔ CHỨC THỰC HIỆN", True), ("1/ Phòng Giáo dục và Đào tạo", True),
    ("- Chủ trì, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; tổng hợp kết quả báo cáo trước ngày 20/12 "
     "hằng năm.", False),
    ("2- Phòng Văn hóa và Thông tin", True),
    ("- Phối hợp tuyên truyền về xây dựng xã hội học tập trên Cổng thông tin điện tử huyện.", False),
    ("3 - Ủy ban nhân dân các xã", True),
    ("- Xây dựng kế hoạch cụ thể của địa phương; củng cố Trung tâm học tập cộng đồng.", False),
    ("Trên đây là Kế hoạch xây dựng xã hội học tập huyện Yên Thành giai đoạn 2026-2030./.", False),
]
TAIL = ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]
MIXED_TOPS = ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. KINH PHÍ THỰC HIỆN",
              "V. TỔ CHỨC THỰC HIỆN"]
MIXED_AGENCIES = ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân các xã"]


def _mixed_docx(path: Path) -> Path:
    """Headings as bold Normal paragraphs, one with its numeral in a paragraph of its own ("IV)" / "KINH PHÍ …"),
    one item heading plain."""
    import docx

    d = docx.Document()
    for line in HEADER:
        d.add_paragraph().add_run(line).bold = line.isupper()
    for text, head in MIXED:
        if text.startswith("IV) "):
            d.add_paragraph().add_run("IV)").bold = True
            text = text[4:]
        d.add_paragraph().add_run(text).bold = head and text != "2/ Yêu cầu"
    for line in TAIL:
        d.add_paragraph(line)
    d.save(path)
    return path


@pytest.fixture(scope="module", params=["txt", "md", "docx"])
def mixed(request, tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("mixed") / f"yenthanh.{request.param}"
    if request.param == "docx":
        return load_plan(_mixed_docx(path))
    if request.param == "md":
        body = [f"**{t}**" if head and t[0].isupper() else t for t, head in MIXED]
        text = "\n\n".join([f"**{h}**" for h in HEADER] + body + TAIL)
    else:
        text = "\n".join(HEADER + [t for t, _ in MIXED] + TAIL)
    path.write_text(text, encoding="utf-8")
    return load_plan(path)


def test_labels_with_a_dash_slash_or_parenthesis_are_the_outline(mixed):
    assert _tops(mixed) == MIXED_TOPS
    assert _section_of(mixed, "Các cơ quan, đơn vị") == "I. MỤC ĐÍCH, YÊU CẦU › 2. Yêu cầu"
    assert _section_of(mixed, "Hình thành thói quen") == "II. MỤC TIÊU › 1. Mục tiêu chung"
    assert _section_of(mixed, "Bổ sung sách").startswith("III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Đẩy mạnh truyền thông › đ)")
    assert _section_of(mixed, "ngân sách huyện") == "IV. KINH PHÍ THỰC HIỆN"
    assert "I- MỤC ĐÍCH, YÊU CẦU\n1- Mục đích\n" in mixed.text  # the text keeps the labels as written
    assert [(t.value, t.year) for t in extract_targets(mixed)] == [("ít nhất 65%", 2030), ("100%", 2030)]
    rows = extract_matrix(mixed)
    assert [a.agency for a in rows] == MIXED_AGENCIES
    assert rows[1].section == "V. TỔ CHỨC THỰC HIỆN › 2. Phòng Văn hóa và Thông tin" and rows[1].role == "coordinate"
    assert rows[0].deadlines == ("trước ngày 20/12 hằng năm",)
    assert not [c for c in chunk_document(mixed) if c.section.startswith(PREAMBLE_TITLE) and "Kinh phí" in c.text]


def test_a_dash_after_a_number_in_running_text_is_no_label():
    body = "Tổ chức các lớp bồi dưỡng kiến thức cho hội viên, mỗi lớp kéo dài từ ngày thứ hai đến thứ sáu trong tuần"
    lines = [ln.text for ln in clean_lines(f"I- MỤC TIÊU\n{body}\n2 - 3 lớp mỗi năm.")]
    assert lines == ["I- MỤC TIÊU", f"{body} 2 - 3 lớp mỗi năm."]
    _, sections = parse_outline(clean_lines(f"I- MỤC TIÊU\n{body}.\n2 - 3 lớp mỗi năm.\ne- Learning cho cán bộ."))
    assert [s.kind for s in sections] == ["preamble", "roman"]


def test_agencies_numbered_with_a_dash_or_slash_and_their_tasks_after_a_colon(tmp_path):
    (tmp_path / "kyson.txt").write_text(
        "KẾ HOẠCH\nXây dựng xã hội học tập huyện Kỳ Sơn năm 2026\nCăn cứ Kế hoạch của tỉnh, Ủy ban nhân dân huyện ban "
        "hành Kế hoạch như sau:\nI- MỤC TIÊU\nNâng cao dân trí, phát triển nguồn nhân lực, tạo cơ hội học tập suốt "
        "đời cho mọi người dân trên địa bàn.\nII- TỔ CHỨC THỰC HIỆN\n1- Phòng Giáo dục và Đào tạo: chủ trì, tham mưu "
        "triển khai Kế hoạch; báo cáo trước ngày 10/12/2026.\n2 - Phòng Nội vụ: phối hợp bồi dưỡng cán bộ, công chức."
        "\n3/ Đề nghị Ủy ban MTTQ Việt Nam huyện: vận động nhân dân tham gia học tập.\nTrên đây là Kế hoạch./.\n",
        encoding="utf-8")
    rows = extract_matrix(load_plan(tmp_path / "kyson.txt"))
    assert [(a.agency, a.role, a.section) for a in rows] == [
        ("Phòng Giáo dục và Đào tạo", "lead", "II. TỔ CHỨC THỰC HIỆN › 1. Phòng Giáo dục và Đào tạo"),
        ("Phòng Nội vụ", "coordinate", "II. TỔ CHỨC THỰC HIỆN › 2. Phòng Nội vụ"),
        ("Đề nghị Ủy ban MTTQ Việt Nam huyện", "request", "II. TỔ CHỨC THỰC HIỆN › 3. Đề nghị Ủy ban MTTQ Việt Nam huyện")]
    assert rows[0].deadlines == ("trước ngày 10/12/2026",)


# ---------------------------------------------------------------- 2–4. unnumbered parts, run-in agencies, years

BARE_MD = """**ỦY BAN NHÂN DÂN**
**XÃ QUẢNG PHÚ**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 19/KH-UBND

**KẾ HOẠCH**
**XÂY DỰNG XÃ HỘI HỌC TẬP XÃ QUẢNG PHÚ GIAI ĐOẠN 2026-2028**

Căn cứ Kế hoạch số 71/KH-UBND ngày 05/02/2026 của UBND huyện Lương Sơn, Ủy ban nhân dân xã Quảng Phú ban hành Kế hoạch như sau:

**MỤC ĐÍCH, YÊU CẦU**

Khơi dậy tinh thần tự học của người dân, gắn việc học với phát triển kinh tế hộ gia đình.

MỤC TIÊU

Năm 2026: 42% công dân đạt danh hiệu “Công dân học tập”; năm 2027: 46%; năm 2028: 50%.

Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”:
- Năm 2026: đạt 55%;
- Năm 2027: đạt 60%;
- Năm 2028: đạt 65%.

**NHIỆM VỤ VÀ GIẢI PHÁP**

1. Tuyên truyền, nâng cao nhận thức

- Phát thanh chuyên mục học tập trên loa truyền thanh các thôn vào sáng chủ nhật.

2. Phát huy vai trò Trung tâm học tập cộng đồng

- Mở lớp chuyên đề trồng cây ăn quả, chăn nuôi an toàn sinh học.

**KINH PHÍ THỰC HIỆN**

Kinh phí được bố trí trong dự toán ngân sách xã hằng năm và huy động từ các nguồn xã hội hóa hợp pháp.

**TỔ CHỨC THỰC HIỆN**

**- Ban Văn hóa - Xã hội xã:** Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp kết quả báo cáo trước ngày 05/12 hằng năm.

- **Công an xã:** Bảo đảm an ninh, trật tự tại các buổi sinh hoạt học tập cộng đồng.

**Trường Tiểu học Quảng Phú:** Tổ chức ngày hội đọc sách cho học sinh và phụ huynh.

Trạm Y tế xã:
- Lồng ghép tuyên truyền chăm sóc sức khỏe vào các lớp chuyên đề;
- Cử cán bộ hướng dẫn sơ cấp cứu cho hội viên các chi hội.

Các cơ quan, đơn vị căn cứ nhiệm vụ được giao: xây dựng kế hoạch của đơn vị mình.

CHẾ ĐỘ BÁO CÁO

Các đơn vị gửi báo cáo sơ kết 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 05/12 về Ủy ban nhân dân xã.

Trên đây là Kế hoạch xây dựng xã hội học tập xã Quảng Phú giai đoạn 2026-2028./.

**Nơi nhận:**
- UBND huyện;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Hoàng Thị Mai**
"""
BARE_TOPS = ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN",
             "CHẾ ĐỘ BÁO CÁO"]
RUNIN = ["Ban Văn hóa - Xã hội xã", "Công an xã", "Trường Tiểu học Quảng Phú", "Trạm Y tế xã"]


@pytest.fixture(scope="module")
def bare_md(tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("bare") / "quangphu.md"
    path.write_text(BARE_MD, encoding="utf-8")
    return load_plan(path)


def test_unnumbered_upper_case_parts_are_top_sections_and_the_header_is_not(bare_md):
    assert _tops(bare_md) == BARE_TOPS
    preamble = bare_md.sections[0]
    assert preamble.title == PREAMBLE_TITLE and "Căn cứ Kế hoạch số 71" in bare_md.text[preamble.start:preamble.end]
    assert _section_of(bare_md, "Khơi dậy") == "MỤC ĐÍCH, YÊU CẦU"
    assert _section_of(bare_md, "loa truyền thanh") == "NHIỆM VỤ VÀ GIẢI PHÁP › 1. Tuyên truyền, nâng cao nhận thức"
    assert _section_of(bare_md, "sơ kết 6 tháng") == "CHẾ ĐỘ BÁO CÁO"
    assert bare_md.signer is not None and bare_md.signer.name == "Hoàng Thị Mai"
    assert (bare_md.title, bare_md.locality, bare_md.level) == (
        "Kế hoạch XÂY DỰNG XÃ HỘI HỌC TẬP XÃ QUẢNG PHÚ GIAI ĐOẠN 2026-2028", "Quảng Phú", "xã")


def test_unnumbered_parts_in_a_docx_with_bold_runs(tmp_path):
    import docx

    d = docx.Document()
    for text, bold in [("ỦY BAN NHÂN DÂN", True), ("XÃ ĐỒNG TÂM", True), ("KẾ HOẠCH", True),
                       ("Xây dựng xã hội học tập xã Đồng Tâm năm 2026", True),
                       ("Thực hiện Kế hoạch của huyện, Ủy ban nhân dân xã Đồng Tâm ban hành Kế hoạch như sau:", False),
                       ("MỤC ĐÍCH", True), ("Nâng cao dân trí cho người dân.", False),
                       ("NHIỆM VỤ, GIẢI PHÁP", True), ("Mở các lớp chuyên đề về kỹ năng số.", False),
                       ("TỔ CHỨC THỰC HIỆN", False), ("Công chức Văn hóa - Xã hội: tham mưu triển khai.", False),
                       ("Đoàn Thanh niên xã: tổ chức các đội hình tình nguyện hướng dẫn kỹ năng số.", False),
                       ("TM. ỦY BAN NHÂN DÂN", True), ("CHỦ TỊCH", True)]:
        d.add_paragraph().add_run(text).bold = bold
    d.save(tmp_path / "dongtam.docx")
    doc = load_plan(tmp_path / "dongtam.docx")
    assert _tops(doc) == ["MỤC ĐÍCH", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"]
    assert [a.agency for a in extract_matrix(doc)] == ["Công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã"]


def test_a_plan_with_numbered_parts_keeps_an_upper_case_line_inside_them():
    body = "Nâng cao dân trí, phát triển nguồn nhân lực, tạo cơ hội học tập suốt đời cho mọi người dân trên địa bàn."
    text = (f"Căn cứ Kế hoạch của huyện;\nI. MỤC TIÊU\n{body}\nMỤC TIÊU CỤ THỂ\n{body}\nII. TỔ CHỨC THỰC HIỆN\n"
            f"Phòng Nội vụ: phối hợp.\nKINH PHÍ THỰC HIỆN\n{body}")
    _, sections = parse_outline(clean_lines(text))
    assert [s.heading for s in sections if s.kind == "roman"] == ["I. MỤC TIÊU", "II. TỔ CHỨC THỰC HIỆN"]


def test_run_in_agency_labels_are_agency_sections(bare_md):
    agencies = [s for s in bare_md.sections if s.agency]
    assert [(s.agency, s.path_str) for s in agencies] == [(a, f"TỔ CHỨC THỰC HIỆN › {a}") for a in RUNIN]
    rows = {a.agency: a for a in extract_matrix(bare_md)}
    assert list(rows) == RUNIN
    assert rows["Ban Văn hóa - Xã hội xã"].deadlines == ("trước ngày 05/12 hằng năm",)
    assert rows["Trạm Y tế xã"].tasks == ("- Lồng ghép tuyên truyền chăm sóc sức khỏe vào các lớp chuyên đề;",
                                           "- Cử cán bộ hướng dẫn sơ cấp cứu cho hội viên các chi hội.")
    # the paragraph after the last body is the part's again, and a sentence with a colon is no body
    assert _section_of(bare_md, "Các cơ quan, đơn vị căn cứ") == "TỔ CHỨC THỰC HIỆN"
    chunks = {c.agency: c.text for c in chunk_document(bare_md) if c.agency}
    assert set(chunks) == set(RUNIN) and "Các cơ quan, đơn vị" not in chunks["Trạm Y tế xã"]
    assert chunks["Công an xã"].startswith("- Công an xã: Bảo đảm an ninh")


def test_run_in_labels_under_an_organising_item_are_agency_sections(tmp_path):
    (tmp_path / "hoabinh.txt").write_text(
        "KẾ HOẠCH\nXây dựng xã hội học tập xã Hòa Bình năm 2026\nCăn cứ Kế hoạch của Ủy ban nhân dân huyện, Ủy ban "
        "nhân dân xã ban hành Kế hoạch như sau:\nI. MỤC TIÊU\nNâng cao dân trí, phát triển nguồn nhân lực, tạo cơ hội "
        "học tập suốt đời cho mọi người dân.\nII. TỔ CHỨC THỰC HIỆN\n1. Phân công nhiệm vụ\n"
        "- Công chức Văn hóa - Xã hội: tham mưu Ủy ban nhân dân xã triển khai Kế hoạch, tổng hợp báo cáo.\n"
        "+ Hướng dẫn các thôn xây dựng mô hình học tập.\n- Công an xã: bảo đảm an ninh trật tự tại các buổi học.\n"
        "2. Chế độ báo cáo\nCác đơn vị báo cáo kết quả trước ngày 10/12/2026.\nTrên đây là Kế hoạch./.\n",
        encoding="utf-8")
    doc = load_plan(tmp_path / "hoabinh.txt")
    assert _section_of(doc, "+ Hướng dẫn các thôn") == \
        "II. TỔ CHỨC THỰC HIỆN › 1. Phân công nhiệm vụ › Công chức Văn hóa - Xã hội"
    rows = extract_matrix(doc)
    assert [(a.agency, len(a.tasks)) for a in rows] == [("Công chức Văn hóa - Xã hội", 2), ("Công an xã", 1)]


def test_a_run_in_label_under_a_numbered_body_stays_a_task_of_it():
    text = ("Căn cứ Kế hoạch của huyện;\nI. MỤC TIÊU\nNâng cao dân trí.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Lực lượng vũ trang huyện\n- Công an huyện: bảo đảm an ninh.\n- Ban Chỉ huy Quân sự huyện: phối hợp.")
    _, sections = parse_outline(clean_lines(text))
    assert [s.agency for s in sections if s.agency] == ["Lực lượng vũ trang huyện"]


def test_targets_per_year_in_prose_take_their_year(bare_md):
    got = [(t.value, t.year, t.indicator) for t in extract_targets(bare_md)]
    citizen, family = "công dân đạt danh hiệu “Công dân học tập”", "hộ gia đình đạt danh hiệu “Gia đình học tập”"
    assert got == [("42%", 2026, citizen), ("46%", 2027, citizen), ("50%", 2028, citizen),
                   ("55%", 2026, family), ("60%", 2027, family), ("65%", 2028, family)]
    assert all(t.section == "MỤC TIÊU" and t.kind == "objective" for t in extract_targets(bare_md))


def test_per_year_bullets_in_one_line_and_counts_under_a_lead(tmp_path):
    (tmp_path / "tanhoa.txt").write_text(
        "KẾ HOẠCH\nXây dựng xã hội học tập xã Tân Hòa giai đoạn 2026-2028\nCăn cứ Kế hoạch của huyện;\nI. MỤC TIÊU\n"
        "1. Tỷ lệ người dân đạt danh hiệu “Công dân học tập”: - Năm 2026: 35%; - Năm 2027: 40%.\n"
        "2. Số thôn đạt danh hiệu “Cộng đồng học tập”:\n- Năm 2026: ít nhất 4 thôn;\n- Năm 2027: ít nhất 6 thôn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội: tham mưu triển khai Kế hoạch.\n", encoding="utf-8")
    got = [(t.value, t.year, t.indicator) for t in extract_targets(load_plan(tmp_path / "tanhoa.txt"))]
    assert got == [("35%", 2026, "người dân đạt danh hiệu “Công dân học tập”"),
                   ("40%", 2027, "người dân đạt danh hiệu “Công dân học tập”"),
                   ("ít nhất 4", 2026, "Số thôn đạt danh hiệu “Cộng đồng học tập”"),
                   ("ít nhất 6", 2027, "Số thôn đạt danh hiệu “Cộng đồng học tập”")]


def test_per_year_figures_named_once_after_the_last_year(tmp_path):
    (tmp_path / "tanhoa.txt").write_text(
        "KẾ HOẠCH\nXây dựng xã hội học tập xã Tân Hòa giai đoạn 2026-2028\nCăn cứ Kế hoạch của huyện;\nI. MỤC TIÊU\n"
        "1. Phấn đấu năm 2026 đạt 45%, năm 2027 đạt 50%, năm 2028 đạt 55% công dân đạt danh hiệu “Công dân học tập”.\n"
        "2. Năm 2026: 3 thôn; năm 2027: 5 thôn đạt danh hiệu “Cộng đồng học tập”.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội: tham mưu triển khai Kế hoạch.\n", encoding="utf-8")
    got = [(t.value, t.year, t.indicator) for t in extract_targets(load_plan(tmp_path / "tanhoa.txt"))]
    citizen, village = "công dân đạt danh hiệu “Công dân học tập”", "thôn đạt danh hiệu “Cộng đồng học tập”"
    assert got == [("45%", 2026, citizen), ("50%", 2027, citizen), ("55%", 2028, citizen), ("3", 2026, village),
                   ("5", 2027, village)]


# ---------------------------------------------------------------- 5. text PDF: 1./1.1./1.1.1. and footnotes


PDF_TOPS = ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"]


def _pdf_plan(path: Path, tops: list[str] = PDF_TOPS) -> Path:
    """A text PDF numbered 1./1.1./1.1.1., its parts named ``tops``, with page-foot footnotes."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.set_auto_page_break(False)

    def page(lines: list, notes: list[str]) -> None:
        pdf.add_page()
        for ln in lines:
            pdf.set_font("DejaVu", "", 11)
            if isinstance(ln, tuple):  # text, a raised footnote mark, text
                pdf.write(6, ln[0])
                pdf.set_font("DejaVu", "", 7)
                pdf.char_vpos = "SUP"
                pdf.write(6, ln[1])
                pdf.char_vpos = "LINE"
                pdf.set_font("DejaVu", "", 11)
                pdf.write(6, ln[2])
            else:
                pdf.cell(0, 6, ln)
            pdf.ln(6)
        pdf.set_y(-30)
        pdf.set_font("DejaVu", "", 8)
        for n in notes:
            pdf.cell(0, 4, n)
            pdf.ln(4)

    page(["ỦY BAN NHÂN DÂN", "QUẬN BÌNH THẠNH", "Số: 210/KH-UBND", "KẾ HOẠCH",
          "Xây dựng xã hội học tập quận Bình Thạnh giai đoạn 2026-2030",
          "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân quận",
          "ban hành Kế hoạch như sau:", f"1. {tops[0]}", "1.1. Mục đích",
          "Xây dựng môi trường học tập mở cho cư dân đô thị.", f"2. {tops[1]}", "2.1. Chỉ tiêu cụ thể",
          ("2.1.1. Chỉ tiêu theo Bảng 1", "3", " của Kế hoạch: đến năm 2030, 70% phường đạt danh hiệu"),
          "“Cộng đồng học tập” cấp phường mức độ tốt và ít nhất 80% gia đình đạt danh hiệu"],
         ["3 Theo Quyết định số 387/QĐ-BGDĐT ngày 25/01/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo."])
    page(["“Gia đình học tập”.", "2.1.2. Mỗi phường có ít nhất 01 mô hình học tập gắn với chuyển đổi số.",
          f"3. {tops[2]}", "3.1. Chuyển đổi số trong học tập", "3.1.1. Phát triển kho học liệu số",
          ("Xây dựng kho học liệu mở dùng chung", "4", " cho các Trung tâm học tập cộng đồng, cập nhật"),
          "hằng quý theo chương trình của từng phường.",
          f"4. {tops[3]}", "Kinh phí thực hiện từ ngân sách quận theo phân cấp và nguồn xã hội hóa.",
          f"5. {tops[4]}", "5.1. Phòng Giáo dục và Đào tạo",
          "Chủ trì, tham mưu triển khai Kế hoạch; báo cáo kết quả trước ngày 15/12 hằng năm.",
          "5.2. Phòng Văn hóa, Khoa học và Thông tin", "Phối hợp tuyên truyền trên Cổng thông tin điện tử quận.",
          "Trên đây là Kế hoạch xây dựng xã hội học tập quận Bình Thạnh giai đoạn 2026-2030./."],
         ["4 Học liệu mở là tài nguyên học tập được chia sẻ miễn phí", "theo giấy phép mở."])
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module", params=["upper", "sentence"])
def pdf_plan(request, tmp_path_factory) -> tuple[Document, list[str]]:
    tops = PDF_TOPS if request.param == "upper" else [t[0] + t[1:].lower() for t in PDF_TOPS]
    return load_plan(_pdf_plan(tmp_path_factory.mktemp("pdf") / "binhthanh.pdf", tops)), tops


def test_pdf_three_level_numbering_with_footnotes(pdf_plan):
    pdf_plan, tops = pdf_plan
    assert _tops(pdf_plan) == [f"{i}. {t}" for i, t in enumerate(tops, 1)]
    # the paragraph running across the page break is whole, and the footnote below it is no heading nor figure
    assert "ít nhất 80% gia đình đạt danh hiệu “Gia đình học tập”.\n2.1.2. Mỗi phường" in pdf_plan.text
    assert _section_of(pdf_plan, "ít nhất 80%") == f"2. {tops[1]} › 2.1. Chỉ tiêu cụ thể › 2.1.1. Chỉ tiêu theo Bảng 13 " \
                                                   "của Kế hoạch"
    assert _section_of(pdf_plan, "hằng quý theo chương trình") == \
        f"3. {tops[2]} › 3.1. Chuyển đổi số trong học tập › 3.1.1. Phát triển kho học liệu số"
    assert _section_of(pdf_plan, "ngân sách quận") == f"4. {tops[3]}"
    assert [(t.value, t.year) for t in extract_targets(pdf_plan)] == [("70%", 2030), ("ít nhất 80%", 2030),
                                                                      ("ít nhất 01", None)]
    notes = [s for s in pdf_plan.sections if s.title == NOTES_TITLE]
    assert not notes  # the plan closes with "Trên đây là …": its notes follow in the closing part
    closing = pdf_plan.sections[-1]
    assert pdf_plan.text[closing.start:closing.end].endswith(
        "3 Theo Quyết định số 387/QĐ-BGDĐT ngày 25/01/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.\n"
        "4 Học liệu mở là tài nguyên học tập được chia sẻ miễn phí theo giấy phép mở.")
    assert [a.agency for a in extract_matrix(pdf_plan)] == ["Phòng Giáo dục và Đào tạo",
                                                             "Phòng Văn hóa, Khoa học và Thông tin"]


def test_footnotes_without_a_closing_line_get_their_own_part():
    pages = ["KẾ HOẠCH\nCăn cứ Luật Giáo dục1 năm 2019;\nI. MỤC TIÊU\nNâng cao dân trí cho người\n"
             "1 Luật số 43/2019/QH14.", "dân trên địa bàn.\nII. TỔ CHỨC THỰC HIỆN\nPhòng Nội vụ: phối hợp."]
    marked = mark_footnotes(pages)
    _, sections = parse_outline(clean_lines("\n".join(marked)))
    assert [s.title for s in sections][-1] == NOTES_TITLE
    assert "Nâng cao dân trí cho người dân trên địa bàn." in [ln.text for ln in clean_lines("\n".join(marked))]


def test_a_footnote_on_the_signature_page_stays_out_of_the_signature():
    from ingest.load import parse_text

    pages = ["KẾ HOẠCH\nXây dựng xã hội học tập phường Tân Định năm 2026\nCăn cứ Kế hoạch của Ủy ban nhân dân quận;\n"
             "I. MỤC TIÊU\nNâng cao dân trí, phát triển nguồn nhân lực, tạo cơ hội học tập suốt đời cho người dân.\n"
             "II. TỔ CHỨC THỰC HIỆN\nCông chức Văn hóa - Xã hội: tham mưu triển khai Kế hoạch theo Đề án2.\n"
             "Trên đây là Kế hoạch của phường./.\nNơi nhận:\n- UBND quận;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
             "Lê Văn Tâm\n2 Đề án Xây dựng xã hội học tập giai đoạn 2021-2030."]
    doc = parse_text("\n".join(mark_footnotes(pages)), "tandinh.txt")
    assert doc.signature == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tâm" and doc.signer.name == "Lê Văn Tâm"
    assert "2 Đề án Xây dựng xã hội học tập giai đoạn 2021-2030." in doc.text
    assert "\u2064" not in doc.text


def test_a_numbered_line_at_a_page_foot_is_no_footnote_without_its_mark():
    pages = ["I. MỤC TIÊU\nCó các mô hình sau đây:\n12 Trung tâm học tập cộng đồng đạt chuẩn.", "II. NHIỆM VỤ"]
    assert mark_footnotes(pages) == pages
    pages = ["Kết quả năm 2022 được duy trì.\nI. MỤC TIÊU\nĐạt chuẩn như sau:\n2 Trung tâm học tập cộng đồng.", "II."]
    assert mark_footnotes(pages) == pages  # a year ending in the number is no mark


# ---------------------------------------------------------------- end to end: real ingest, index and model


@pytest.fixture(scope="module")
def shapes_assistant(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("shapes2")
    plans = home / "plans"
    plans.mkdir()
    _mixed_docx(plans / "yenthanh_64-KH-UBND_2026.docx")
    (plans / "quangphu_19-KH-UBND_2026.md").write_text(BARE_MD, encoding="utf-8")
    _pdf_plan(plans / "binhthanh_210-KH-UBND_2026.pdf")
    shutil.copy2(Path(__file__).parent.parent / "data" / "plans" / "003_1a817ee72b993e3e.txt", plans)
    return assistant_over(home, embedder)


def _cited(ans) -> list[str]:  # noqa: ANN001
    assert not ans.refused and ans.citations, ans.answer
    return [c.section for c in ans.citations]


@pytest.mark.parametrize("question, doc, section, fact", [
    ("Phòng Văn hóa và Thông tin huyện Yên Thành phải làm gì?", "yenthanh_64-KH-UBND_2026.docx",
     "V. TỔ CHỨC THỰC HIỆN › 2. Phòng Văn hóa và Thông tin", "Cổng thông tin điện tử huyện"),
    ("Đến năm 2030 huyện Yên Thành phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?",
     "yenthanh_64-KH-UBND_2026.docx", "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể", "65%"),
    ("Kinh phí thực hiện kế hoạch xây dựng xã hội học tập huyện Yên Thành lấy từ đâu?",
     "yenthanh_64-KH-UBND_2026.docx", "IV. KINH PHÍ THỰC HIỆN", "ngân sách huyện"),
    ("Trạm Y tế xã Quảng Phú phải làm gì?", "quangphu_19-KH-UBND_2026.md", "TỔ CHỨC THỰC HIỆN › Trạm Y tế xã",
     "sơ cấp cứu"),
    ("Năm 2027 xã Quảng Phú phấn đấu bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?",
     "quangphu_19-KH-UBND_2026.md", "MỤC TIÊU", "46%"),
    ("Năm 2027 xã Quảng Phú phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?",
     "quangphu_19-KH-UBND_2026.md", "MỤC TIÊU", "60%"),
    ("Công an xã Quảng Phú có nhiệm vụ gì?", "quangphu_19-KH-UBND_2026.md", "TỔ CHỨC THỰC HIỆN › Công an xã",
     "an ninh, trật tự"),
    ("Kinh phí thực hiện kế hoạch của xã Quảng Phú lấy từ đâu?", "quangphu_19-KH-UBND_2026.md",
     "KINH PHÍ THỰC HIỆN", "dự toán ngân sách xã"),
    ("Phòng Giáo dục và Đào tạo quận Bình Thạnh phải làm gì?", "binhthanh_210-KH-UBND_2026.pdf",
     "5. TỔ CHỨC THỰC HIỆN › 5.1. Phòng Giáo dục và Đào tạo", "15/12"),
    ("Đến năm 2030 quận Bình Thạnh phấn đấu bao nhiêu phần trăm gia đình đạt danh hiệu Gia đình học tập?",
     "binhthanh_210-KH-UBND_2026.pdf", "2. MỤC TIÊU › 2.1. Chỉ tiêu cụ thể › 2.1.1.", "80%"),
    ("Kinh phí thực hiện kế hoạch quận Bình Thạnh lấy từ đâu?", "binhthanh_210-KH-UBND_2026.pdf",
     "4. KINH PHÍ THỰC HIỆN", "ngân sách quận"),
])
def test_questions_are_answered_from_the_right_section(shapes_assistant, question, doc, section, fact):
    ans = shapes_assistant.ask(question)
    sections = _cited(ans)
    assert {c.doc for c in ans.citations} == {doc}, ans.answer
    assert sections[0].startswith(section), (sections, ans.answer)
    assert fact in ans.answer, ans.answer
    assert "Theo Quyết định số 387" not in ans.answer  # a footnote is never read into a passage


OCR_PLAN = """UY BAN NHAN DAN
HUYỆN EA H'LEO
Số: 33/KH-UBND
Ea H'Leo, ngày 12 tháng 3 năm 2O25
KẾ HOẠCH
Xây dựng xã hội học tập huyện Ea H'Leo giai đoạn 2025 - 2030
PHẦN I. MỤC ĐÍCH, YÊU CẦU
Nâng cao dân trí cho các xã vùng đồng bào dân tộc thiểu số.
PHAN II. MUC TIEU
- Đến năm 2030, 70% hộ gia đình đạt danh hiệu "Gia đình học tập"; 55% dòng họ đạt danh hiệu
"Dòng họ học tập".
- 3 -
PHẨN III. TO CHUC THUC HIEN
- Phòng Giáo dục và Đào tạo: chủ trì tham mưu triển khai Kế hoạch; tổng hợp báo cáo trước ngày 10/12 hằng năm.
- Phòng Dân tộc: phối hợp mở lớp xóa mù chữ cho đồng bào Ê Đê, Gia Rai.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Y Khoa Niê
"""


def test_an_ocr_text_with_parts_headings_without_accents_and_a_place_with_an_apostrophe():
    """"PHẦN I." / "PHAN II." / "PHẨN III." are roman parts (OCR garbles the accent, or drops all of a heading's
    accents: "MUC TIEU", "TO CHUC THUC HIEN" still set targets and assign tasks); "Ea H'Leo" is one name; a
    quoted name wrapped onto the next line runs on."""
    from ingest.load import parse_text
    from ingest.targets import extract_targets

    doc = parse_text(OCR_PLAN, "eahleo_33-KH-UBND_2025.txt")
    assert doc.locality == "Ea H'Leo" and doc.issued == "2025-03-12"
    assert [s.heading for s in doc.sections if s.kind == "roman"] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. MUC TIEU", "III. TO CHUC THUC HIEN"]
    assert [s.agency for s in doc.sections if s.agency] == ["Phòng Giáo dục và Đào tạo", "Phòng Dân tộc"]
    targets = {(t.value, t.year): t.indicator for t in extract_targets(doc)}
    assert targets[("55%", 2030)] == "dòng họ đạt danh hiệu \"Dòng họ học tập\""


def test_a_plan_issued_with_a_decision_keeps_the_decision_s_articles_and_signature():
    """"QUYẾT ĐỊNH … Điều 1. Ban hành kèm theo …", signed, then "KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)":
    the articles (who carries it out) are text before the plan's first part, the decision's signature is the
    document's, and the title is the plan's subject line, not the decision's."""
    from ingest.load import parse_text

    raw = (Path(__file__).parent / "data" / "quevo_1520-QD-UBND_2025.txt").read_text(encoding="utf-8")
    doc = parse_text(raw, "quevo_1520-QD-UBND_2025.txt")
    assert doc.title == "Kế hoạch xây dựng xã hội học tập thị xã Quế Võ giai đoạn 2025 - 2030"
    assert doc.number == "1520/QĐ-UBND" and doc.issued == "2025-08-05"
    assert doc.signer is not None and doc.signer.name == "Nguyễn Văn Hùng"
    preamble = doc.text[doc.sections[0].start:doc.sections[0].end]
    assert "Điều 3. Chánh Văn phòng HĐND và UBND thị xã" in preamble and "Căn cứ Luật Tổ chức" in preamble
    assert [s.agency for s in doc.sections if s.agency] == ["Phòng Văn hóa - Xã hội", "Phòng Tài chính - Kế hoạch",
                                                           "UBND các xã, phường"]
