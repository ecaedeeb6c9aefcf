"""Ingest against the real plans: outline, agencies, metadata, chunks, and DOCX/PDF parity."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunk import chunk_document, recipients_chunk
from ingest.clean import clean_lines
from ingest.errors import IngestError
from ingest.load import load_plan, load_plans
from ingest.textnorm import canonical_tones, strip_accents

from .conftest import ANLAO, CANTHO, HANOI, HUE, MYLOC, PLANS

EXPECTED_AGENCIES = {
    HUE: [
        "Sở Giáo dục và Đào tạo", "Sở Văn hóa và Thể thao", "Sở Nội vụ", "Sở Tài chính",
        "Các sở, ban, ngành trực thuộc thành phố",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội",
        "Hội Khuyến học thành phố", "Liên đoàn Lao động thành phố", "Ủy ban nhân dân các xã, phường",
    ],
    MYLOC: [
        "Phòng Giáo dục và Đào tạo", "Phòng Lao động - Thương binh và Xã hội",
        "Trung tâm Văn hóa - Thể thao và Truyền thông", "Phòng Văn hóa - Thông tin", "Phòng Tài chính - Kế hoạch",
        "Công an huyện, Bộ Chỉ huy Quân sự huyện", "Các phòng, ban, ngành của huyện", "Ban Tuyên giáo Huyện ủy",
        "Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội",
        "Trung tâm Văn hóa - Thể thao và truyền thông huyện", "UBND các xã, thị trấn",
    ],
    HANOI: [
        "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Văn hóa và Thể thao",
        "Sở Thông tin và Truyền thông", "Sở Tài chính", "Ban Thi đua - Khen thưởng (Sở Nội vụ)",
        "Lực lượng vũ trang Thành phố", "Liên đoàn Lao động Thành phố", "Ban Dân tộc Thành phố", "Các Sở, ngành khác",
        "Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội",
        "Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố",
        "Ban Tuyên giáo Thành ủy", "các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp",
        "Ủy ban nhân dân quận, huyện, thị xã",
    ],
    CANTHO: [
        "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "Bộ Chỉ huy Quân sự thành phố", "Công an thành phố",
        "Ban Dân tộc", "Ban Tuyên giáo Thành ủy",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội",
        "Hội Người cao tuổi thành phố", "Hội Khuyến học thành phố", "Ủy ban nhân dân quận, huyện",
    ],
    ANLAO: [
        "Phòng Giáo dục và Đào tạo", "Phòng Nội vụ", "Phòng Văn hóa Khoa học và Thông tin", "Phòng Tài chính - Kế hoạch",
        "Hội Khuyến học huyện",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; "
        "các trường học, doanh nghiệp",
        "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Các phòng, ban, ngành huyện", "Ủy ban nhân dân xã, thị trấn",
    ],
}


@pytest.fixture(scope="module")
def docs():
    return {d.doc: d for d in load_plans(PLANS)}


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_AGENCIES))
def test_agency_sections_under_implementation(docs, doc_id):
    doc = docs[doc_id]
    top = [s for s in doc.agencies() if s.level == 2]
    assert [s.agency for s in top] == EXPECTED_AGENCIES[doc_id]
    for s in top:  # each agency is its own section under "TỔ CHỨC THỰC HIỆN", with its text inside it
        assert "TỔ CHỨC THỰC HIỆN" in s.path[0]
        assert doc.text[s.start:s.end].startswith(s.label)


def test_section_paths_match_the_text(docs):
    hue, hanoi, cantho = docs[HUE], docs[HANOI], docs[CANTHO]
    noi_vu = next(s for s in hue.sections if s.agency == "Sở Nội vụ")
    assert noi_vu.path_str == "V. TỔ CHỨC THỰC HIỆN › 3. Sở Nội vụ"
    assert "đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn" in hue.text[noi_vu.start:noi_vu.end]
    target = next(s for s in hanoi.sections if s.label == "2.1.")
    assert target.path_str == "II. MỤC TIÊU › 2. Mục tiêu cụ thể › 2.1. Mục tiêu cụ thể đến năm 2025"
    assert "50% công dân đạt danh hiệu công dân học tập" in hanoi.text[target.start:target.end]
    # markdown heading marks are hints, not text
    assert "**" not in cantho.text and "##" not in cantho.text
    assert any(s.path_str == "V. TỔ CHỨC THỰC HIỆN › 8. Công an thành phố" for s in cantho.sections)


def test_wrapped_numbers_are_not_headings(docs):
    # "2026. Đồng thời, …" in Huế is a wrapped line, not item 2026
    assert not any(s.label.startswith("2026") for s in docs[HUE].sections)
    romans = [s.label for s in docs[HUE].sections if s.kind == "roman"]
    assert romans == ["I.", "II.", "III.", "IV.", "V."]


def test_metadata(docs):
    assert [(d.locality, d.level) for d in docs.values()] == [
        ("Huế", "tỉnh/thành phố"), ("Mỹ Lộc", "huyện"), ("Hà Nội", "tỉnh/thành phố"), ("Cần Thơ", "tỉnh/thành phố"),
        ("An Lão", "huyện")]
    assert docs[CANTHO].number == "74/KH-BCĐ"
    assert [d.year for d in docs.values()] == [2026, 2022, 2024, 2024, 2025]
    assert docs[MYLOC].period == "2021-2030" and docs[MYLOC].province == "Nam Định"
    assert docs[HUE].title.startswith("Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026")


def test_hard_wrapped_lines_are_rejoined(docs):
    text = docs[HUE].text
    assert "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, tổ chức, đơn vị và mỗi công dân" in text
    # the "Nơi nhận" list and the signature close the text outside every section, cited only as themselves
    listed = recipients_chunk(docs[HUE])
    assert listed is not None and listed.text.startswith("Nơi nhận")
    assert "Nơi nhận" not in text[:listed.start]
    assert all(s.end <= listed.start for s in docs[HUE].sections)
    lines = clean_lines("- Tiếp tục triển khai của \n\nĐảng, chính sách.\n4\n- Mục hai.")
    assert [ln.text for ln in lines] == ["- Tiếp tục triển khai của Đảng, chính sách.", "- Mục hai."]


def test_chunks_never_straddle_agencies_or_roman_sections(docs):
    for doc in docs.values():
        chunks = chunk_document(doc)
        assert chunks
        agency_spans = [(s.start, s.end) for s in doc.agencies()]
        roman_spans = [(s.start, s.end) for s in doc.sections if s.kind in ("roman", "preamble", "closing")]
        for c in chunks:
            assert doc.text[c.start:c.end] == c.text
            assert len(c.text) <= 1200
            assert any(a <= c.start and c.end <= b for a, b in roman_spans), c.id
            inside = [(a, b) for a, b in agency_spans if a < c.end and c.start < b]
            assert all(a <= c.start and c.end <= b for a, b in inside[-1:]), c.id
            assert c.title == doc.title and c.locality == doc.locality and c.section


def test_chunks_cover_every_line_but_headings(docs):
    """No text is lost between outline and chunks: a one-paragraph item ("1. Kinh phí … hiện hành.") is
    content, not a heading, and must be retrievable."""
    from ingest.outline import is_heading_line

    for d in docs.values():
        covered = [False] * len(d.text)
        for c in chunk_document(d):
            covered[c.start:c.end] = [True] * (c.end - c.start)
        pos = 0
        # (the closing "Nơi nhận" list is cited whole by a recipients question, never retrieved: no chunk holds it)
        listed = recipients_chunk(d)
        for line in d.text.split("\n"):
            at, pos = pos, pos + len(line) + 1
            if listed and listed.start <= at < listed.end:
                continue
            if line.strip() and not is_heading_line(line.strip()):
                assert all(covered[at + i] for i, ch in enumerate(line) if not ch.isspace()), (d.doc, line[:80])


def test_vietnamese_normalisation():
    assert canonical_tones("hoà thuỷ khoẻ") == "hòa thủy khỏe"
    assert canonical_tones("Quỹ khuyến học, quý IV") == "Quỹ khuyến học, quý IV"  # "qu" is one consonant
    assert strip_accents("Sở Nội vụ Đà Nẵng") == "So Noi vu Da Nang"


def _outline(doc):
    return [(s.kind, s.label, s.title[:40], s.agency) for s in doc.sections]


def test_docx_and_pdf_parse_to_the_same_outline(tmp_path: Path, docs):
    import docx
    from fpdf import FPDF

    src = PLANS / HUE
    reference = docs[HUE]
    raw = src.read_text(encoding="utf-8")

    d = docx.Document()  # one Word paragraph per paragraph of the plan; roman headings in bold
    for ln in clean_lines(raw):
        para = d.add_paragraph()
        para.add_run(ln.text).bold = ln.text.split(".")[0] in ("I", "II", "III", "IV", "V")
    d.save(tmp_path / "plan.docx")

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    for ln in raw.split("\n"):
        pdf.multi_cell(0, 5, ln.strip() or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "plan.pdf"))

    for name in ("plan.docx", "plan.pdf"):
        parsed = load_plan(tmp_path / name, name=HUE)
        assert _outline(parsed) == _outline(reference), name
        assert parsed.locality == "Huế"


def test_bad_input_gets_a_bilingual_error(tmp_path: Path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(IngestError) as e:
        load_plan(bad)
    assert "PDF" in e.value.vi and "PDF" in e.value.en
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    with pytest.raises(IngestError):
        load_plan(empty)
    with pytest.raises(IngestError):
        load_plan(tmp_path / "plan.xlsx")


def test_filled_in_number_and_date_of_issue_are_kept(docs):
    """They are citable facts ("kế hoạch số mấy, ban hành ngày nào?"); blank templates are dropped."""
    ct = docs[CANTHO]
    assert ct.text.startswith("Số: 74 /KH-BCĐ\nCần Thơ, ngày 04 tháng 5 năm 2024\nKẾ HOẠCH\n")
    assert ct.sections[0].kind == "preamble" and ct.sections[0].start == 0
    assert docs[MYLOC].text.startswith("KẾ HOẠCH\n")  # "Số: /KH-UBND … ngày tháng năm 2022" is a blank form
