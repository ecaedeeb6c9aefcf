"""Plan metadata for any plan: issuing unit, level, parents, number, date of issue, signer; the signature
block and "Nơi nhận" list kept as metadata, out of every answer passage. Real files, real parsers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunk import chunk_document, signature_chunk
from ingest.clean import parse_tail
from ingest.load import load_plan, load_plans
from ingest.metadata import issued_date, signer_from
from ingest.types import Signer

from .conftest import ANLAO, CANTHO, HANOI, HUE, MYLOC, PLANS

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

COMMUNE_BODY = """KẾ HOẠCH
Xây dựng xã hội học tập năm 2025 trên địa bàn
xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện Đan Phượng, Ủy ban nhân dân xã
ban hành Kế hoạch xây dựng xã hội học tập năm 2025 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, nhân dân trong xã về học tập suốt đời.
II. MỤC TIÊU
- Phấn đấu đến năm 2025 có 60% hộ gia đình đạt danh hiệu gia đình học tập.
III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
- Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.
2. Trung tâm học tập cộng đồng
- Tổ chức các lớp học chuyên đề cho người dân.
Trên đây là Kế hoạch xây dựng xã hội học tập năm 2025 của Ủy ban nhân dân xã Tân Lập./.
"""

COMMUNE_HEADER = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LẬP                     Độc lập - Tự do - Hạnh phúc
Số: 112/KH-UBND                Tân Lập, ngày 15 tháng 3 năm 2025
"""

COMMUNE_TAIL = """Nơi nhận:
- UBND huyện (để b/c);
- Đảng ủy, HĐND xã;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.fixture(scope="module")
def bundled():
    return {d.doc: d for d in load_plans(PLANS)}


def test_bundled_plans_metadata(bundled):
    """What the five plans' headers, titles and signature blocks actually say."""
    got = {k: (d.locality, d.level, d.parents, d.number, d.issued, d.period) for k, d in bundled.items()}
    assert got == {
        HUE: ("Huế", "tỉnh/thành phố", (), None, None, "2026"),
        MYLOC: ("Mỹ Lộc", "huyện", ("Nam Định",), None, None, "2021-2030"),  # "Số: /KH-UBND", blank date
        HANOI: ("Hà Nội", "tỉnh/thành phố", (), None, None, "2024-2030"),
        CANTHO: ("Cần Thơ", "tỉnh/thành phố", (), "74/KH-BCĐ", "2024-05-04", "2024"),
        ANLAO: ("An Lão", "huyện", ("Hải Phòng",), None, None, "2025"),
    }
    assert bundled[HUE].signer == Signer("Nguyễn Thanh Bình", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")
    assert bundled[MYLOC].signer == Signer("Lê Quang Huy", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")
    assert bundled[HANOI].signer == Signer("Vũ Thu Hà", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")
    assert bundled[CANTHO].signer == Signer("Nguyễn Thực Hiện", "TRƯỞNG BAN, PHÓ CHỦ TỊCH UBND THÀNH PHỐ")
    assert bundled[ANLAO].signer == Signer("Nguyễn Quốc Thịnh", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")
    assert bundled[CANTHO].signature.startswith("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN")
    assert bundled[HANOI].recipients.startswith("Nơi nhận:\n- Bộ Giáo dục và Đào tạo;")
    assert "- Lưu: VT, KGVX." in bundled[HANOI].recipients


def test_signature_is_metadata_not_an_answer_passage(bundled):
    for doc in bundled.values():
        sig = signature_chunk(doc)
        assert sig is not None and sig.id == f"{doc.doc}#sig"
        assert doc.text[sig.start:sig.end] == sig.text == doc.signature
        assert all(s.end <= sig.start for s in doc.sections)  # outside every section
        for c in chunk_document(doc):
            assert c.end <= sig.start and doc.signer.name not in c.text and "Nơi nhận" not in c.text


def _write_commune(tmp_path: Path) -> dict[str, Path]:
    """The same commune plan as text, Word (header and signature as layout tables) and PDF (hard wraps,
    page numbers, two-column header and signature)."""
    import docx
    from fpdf import FPDF

    paths = {"txt": tmp_path / "xa.txt", "docx": tmp_path / "xa.docx", "pdf": tmp_path / "xa.pdf"}
    paths["txt"].write_text(COMMUNE_HEADER + "\n" + COMMUNE_BODY + "\n" + COMMUNE_TAIL, encoding="utf-8")

    d = docx.Document()
    head = d.add_table(rows=3, cols=2)
    for r, line in enumerate(COMMUNE_HEADER.strip().split("\n")):
        left, right = (p.strip() for p in line.split("   ", 1))
        head.cell(r, 0).text, head.cell(r, 1).text = left, right.strip()
    for line in COMMUNE_BODY.strip().split("\n"):
        d.add_paragraph(line)
    tail = d.add_table(rows=1, cols=2)
    tail.cell(0, 0).text = "\n".join(COMMUNE_TAIL.strip().split("\n")[:4])
    tail.cell(0, 1).text = "\n".join(COMMUNE_TAIL.strip().split("\n")[4:])
    d.save(paths["docx"])

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)

    def two_columns(left: str, right: str) -> None:
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(80, 5, left)
        pdf.set_xy(110, y)
        pdf.cell(90, 5, right)
        pdf.ln()

    for line in COMMUNE_HEADER.strip().split("\n"):
        left, right = (p.strip() for p in line.split("   ", 1))
        two_columns(left, right)
    for line in COMMUNE_BODY.strip().split("\n"):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "2", new_x="LMARGIN", new_y="NEXT", align="C")  # a page number
    tail_lines = COMMUNE_TAIL.strip().split("\n")
    for left, right in zip(tail_lines[:4], tail_lines[4:], strict=True):
        two_columns(left, right)
    pdf.output(str(paths["pdf"]))
    return paths


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_commune_plan_metadata(tmp_path: Path, fmt: str):
    doc = load_plan(_write_commune(tmp_path)[fmt])
    assert (doc.locality, doc.level, doc.parents) == ("Tân Lập", "xã", ("Đan Phượng", "Hà Nội")), fmt
    assert (doc.number, doc.issued, doc.year, doc.period) == ("112/KH-UBND", "2025-03-15", 2025, "2025")
    assert doc.signer == Signer("Nguyễn Văn An", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")
    assert doc.recipients.split("\n")[0].startswith("Nơi nhận") and "- Lưu: VP." in doc.recipients
    assert [s.title for s in doc.sections if s.kind == "roman"] == [
        "MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "TỔ CHỨC THỰC HIỆN"]
    for c in chunk_document(doc):
        assert "Nguyễn Văn An" not in c.text and "Nơi nhận" not in c.text and "CỘNG HÒA" not in c.text


def test_district_and_province_levels_from_the_header(tmp_path: Path):
    body = COMMUNE_BODY.replace("xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội", "huyện Đan Phượng")
    district = tmp_path / "huyen.txt"
    district.write_text("ỦY BAN NHÂN DÂN\nHUYỆN ĐAN PHƯỢNG\nSố: 7/KH-UBND\nĐan Phượng, ngày 2/4/2025\n\n" + body
                        + "Nơi nhận:\n- UBND thành phố Hà Nội;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Thị Bích\n",
                        encoding="utf-8")
    doc = load_plan(district)
    assert (doc.locality, doc.level, doc.issued) == ("Đan Phượng", "huyện", "2025-04-02")
    assert doc.signer == Signer("Trần Thị Bích", "CHỦ TỊCH")

    province = tmp_path / "tinh.txt"
    province.write_text("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\n"
                        + COMMUNE_BODY.replace("xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội", "tỉnh Ninh Bình"),
                        encoding="utf-8")
    doc = load_plan(province)
    assert (doc.locality, doc.level, doc.parents, doc.signer) == ("Ninh Bình", "tỉnh/thành phố", (), None)


@pytest.mark.parametrize("block, expected", [
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn A",
     Signer("Nguyễn Văn A", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")),
    ("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nLê Thị Hoa", Signer("Lê Thị Hoa", "TRƯỞNG BAN")),
    ("CHỦ TỊCH\n\n\nPhạm Minh Chính", Signer("Phạm Minh Chính", "CHỦ TỊCH")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Quang Hưng", Signer("Đỗ Quang Hưng", "CHỦ TỊCH")),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", None),  # unsigned draft: no name
])
def test_signer_from_block_shapes(block: str, expected: Signer | None):
    assert signer_from(block) == expected


def test_glued_two_column_tail_is_split():
    """PDF extraction glues the signature column onto the recipients: "- Như trên; KT. CHỦ TỊCH"."""
    recipients, signature = parse_tail(
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Lưu: VT, GD. PHÓ CHỦ TỊCH\n\nHoàng Văn Nam")
    assert recipients == "Nơi nhận:\n- Như trên;\n- Lưu: VT, GD."
    assert signature == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Nam"
    assert signer_from(signature) == Signer("Hoàng Văn Nam", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH")


@pytest.mark.parametrize("header, expected", [
    ("Cần Thơ, ngày 04 tháng 5 năm 2024", "2024-05-04"),
    ("**Hà Nội, ngày 1 tháng 12 năm 2023**", "2023-12-01"),
    ("Tân Lập, ngày 15/3/2025", "2025-03-15"),
    ("Mỹ Lộc, ngày     tháng   năm 2022", None),  # blank form
    ("Huế, ngày 31 tháng 2 năm 2024", None),  # no such day
    ("Thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021", None),  # another document's date
])
def test_issued_date(header: str, expected: str | None):
    assert issued_date(header) == expected


_BODY = ("\nThực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân ban hành "
         "Kế hoạch như sau:\nI. MỤC TIÊU\n- Phấn đấu mọi người dân được học tập suốt đời, học tập thường xuyên.\n"
         "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n- Tham mưu triển khai Kế hoạch.\n")


@pytest.mark.parametrize("header, title, expected", [
    # district above the commune in the header; the title names no place
    ("UBND HUYỆN ĐAN PHƯỢNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN XÃ TÂN LẬP  Độc lập - Tự do - "
     "Hạnh phúc", "Xây dựng xã hội học tập năm 2025", ("Tân Lập", "xã", ("Đan Phượng", "Hà Nội"))),
    # a commune directly under its province (no district level), header glued to the motto by PDF extraction
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ YÊN PHONG Độc lập - Tự do - Hạnh phúc",
     "Xây dựng xã hội học tập năm 2025 trên địa bàn xã Yên Phong, tỉnh Bắc Ninh",
     ("Yên Phong", "xã", ("Bắc Ninh",))),
    # numbered ward and district of a centrally-run city
    ("", "Xây dựng xã hội học tập năm 2025 trên địa bàn Phường 5, Quận 3, thành phố Hồ Chí Minh",
     ("5", "xã", ("3", "Hồ Chí Minh"))),
    # place names made of words that also open organisations' names
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỘI AN", "Xây dựng xã hội học tập năm 2025 trên địa bàn xã Nhân Hòa, thành phố Hội An",
     ("Nhân Hòa", "xã", ("Hội An", "Quảng Nam"))),
    # a city under a province is a district-level unit
    ("", "Xây dựng xã hội học tập năm 2025 trên địa bàn thành phố Nam Định, tỉnh Nam Định",
     ("Nam Định", "huyện", ("Nam Định",))),
    # no unit named anywhere: the place of the place-and-date line
    ("Số: 9/KH-UBND   Hòa Bình, ngày 2 tháng 1 năm 2025", "Xây dựng xã hội học tập năm 2025",
     ("Hòa Bình", "tỉnh/thành phố", ())),
])
def test_issuing_unit_shapes(header: str, title: str, expected: tuple):
    from ingest.load import parse_text

    doc = parse_text(f"{header}\nKẾ HOẠCH\n{title}{_BODY}", "plan.txt")
    assert (doc.locality, doc.level, doc.parents) == expected


def test_markdown_layout_tables_and_own_period(tmp_path):
    """A markdown plan whose header and signature sit in layout tables with <br> breaks (as converters write
    them): the signer and recipients are read; the title's quoted programme period is not the plan's own; the
    district's province comes from the administrative-units reference data."""
    md = ("| ỦY BAN NHÂN DÂN<br>**HUYỆN ĐỨC TRỌNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - "
          "Hạnh phúc** |\n|---|---|\n| Số: 15/KH-UBND | *Đức Trọng, ngày 2 tháng 4 năm 2024* |\n\n# **KẾ HOẠCH**\n\n"
          "**Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn huyện Đức Trọng, "
          "giai đoạn 2024 - 2030**\n" + _BODY + "\n\n| **Nơi nhận:**<br>- UBND tỉnh;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN "
          "DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Trần Văn Bình** |\n|---|---|\n")
    path = tmp_path / "ductrong.md"
    path.write_text(md, encoding="utf-8")
    doc = load_plan(path)
    assert (doc.locality, doc.level, doc.parents) == ("Đức Trọng", "huyện", ("Lâm Đồng",))
    assert doc.period == "2024-2030" and doc.number == "15/KH-UBND" and doc.issued == "2024-04-02"
    assert doc.signer is not None and doc.signer.name == "Trần Văn Bình"
    assert doc.recipients.startswith("Nơi nhận:") and "UBND tỉnh" in doc.recipients
    assert "Trần Văn Bình" not in " ".join(c.text for c in chunk_document(doc))
