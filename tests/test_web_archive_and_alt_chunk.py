"""Two ways a plan's text hides from a plain reader (held-out set 56): a page saved by a browser as one .mht file
(a MIME message whose HTML is quoted-printable), and a Word file whose targets table is an embedded HTML part
(``w:altChunk``) that Word imports when it opens the file. Real readers, cleaner, model and index."""

from __future__ import annotations

import io
import quopri

import pytest

from ingest.errors import IngestError
from ingest.load import SUPPORTED, extract_bytes, parse_text
from tests.conftest import assistant_over

_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Kế hoạch xây dựng xã hội học tập năm 2026 - Cổng thông tin điện tử xã Hòa Bình</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
<div class="content">
<p>ỦY BAN NHÂN DÂN XÃ HÒA BÌNH</p><p>Số: 14/KH-UBND</p><p>Hòa Bình, ngày 12 tháng 01 năm 2026</p>
<p><b>KẾ HOẠCH</b></p><p><b>Xây dựng xã hội học tập năm 2026</b></p>
<p><b>I. CHỈ TIÊU</b></p>
<p>- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.</p>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Công chức Văn hóa - Xã hội</b></p>
<p>Tham mưu Ủy ban nhân dân xã tổ chức 04 lớp “Bình dân học vụ số” tại nhà văn hóa các thôn.</p>
</div>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân xã Hòa Bình</div>
</body></html>"""


def _mht(html: str) -> bytes:
    """A single-file page as a browser saves it: multipart/related, the HTML quoted-printable."""
    boundary = "----MultipartBoundary--abc123----"
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (f"From: <Saved by Blink>\r\nSubject: =?utf-8?b?S+G6vyBob+G6oWNo?=\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: https://hoabinh.example.gov.vn/ke-hoach.html\r\n\r\n{body}\r\n"
            f"--{boundary}\r\nContent-Type: text/css\r\nContent-Location: https://hoabinh.example.gov.vn/s.css\r\n\r\n"
            f"body {{ font-family: Arial; }}\r\n--{boundary}--\r\n").encode("ascii")


def test_a_single_file_web_page_reads_as_its_plan():
    assert ".mht" in SUPPORTED and ".mhtml" in SUPPORTED
    raw = extract_bytes(_mht(_PAGE), "hoabinh.mht")
    assert "70% hộ gia đình" in raw and "04 lớp “Bình dân học vụ số”" in raw
    assert "=E1" not in raw and "font-family" not in raw and "Trang chủ" not in raw  # no mail encoding, no chrome
    doc = parse_text(raw, "hoabinh.mht")
    assert doc.number == "14/KH-UBND" and any(s.heading.startswith("1. Công chức") for s in doc.sections)


def test_a_web_archive_without_a_page_is_refused_plainly():
    with pytest.raises(IngestError) as err:
        extract_bytes(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nxin chao\r\n", "trong.mht")
    assert "không có nội dung HTML" in err.value.vi and "no HTML page" in err.value.en


def _alt_chunk_docx() -> bytes:
    """A plan whose targets table is an HTML part Word imports on opening (as a web app's export pastes it)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    for text in ("BỆNH VIỆN ĐA KHOA TỈNH LẠNG SƠN", "Số: 77/KH-BVĐK", "KẾ HOẠCH",
                 "Xây dựng “Bệnh viện học tập” giai đoạn 2026 - 2030", "I. CHỈ TIÊU",
                 "Các chỉ tiêu theo nhóm viên chức:"):
        d.add_paragraph(text)
    html = ("<html><head><meta charset='utf-8'></head><body><table border='1'>"
            "<tr><th>Nhóm viên chức</th><th>Chỉ tiêu</th><th>Năm 2030</th></tr>"
            "<tr><td>Điều dưỡng</td><td>Số giờ đào tạo liên tục mỗi người mỗi năm</td><td>36 giờ</td></tr>"
            "</table></body></html>").encode()
    part = Part(PackURI("/word/afchunk1.htm"), "application/xhtml+xml", html, d.part.package)
    rid = d.part.relate_to(part, RT.A_F_CHUNK)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), rid)
    d.element.body.insert(len(d.element.body) - 1, chunk)  # before the section properties
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Phòng Điều dưỡng: theo dõi số giờ đào tạo liên tục của điều dưỡng.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_an_embedded_html_part_is_read_in_place():
    raw = extract_bytes(_alt_chunk_docx(), "bvdk.docx")
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    at = next(i for i, ln in enumerate(lines) if "36 giờ" in ln)
    assert "Số giờ đào tạo liên tục" in lines[at] and "Điều dưỡng" in lines[at]
    assert at > next(i for i, ln in enumerate(lines) if "Các chỉ tiêu theo nhóm" in ln)
    assert at < next(i for i, ln in enumerate(lines) if "TỔ CHỨC THỰC HIỆN" in ln)


@pytest.fixture(scope="module")
def archived(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("archived")
    (home / "plans").mkdir()
    (home / "plans" / "hoabinh_14.mht").write_bytes(_mht(_PAGE))
    (home / "plans" / "bvdk_77.docx").write_bytes(_alt_chunk_docx())
    return assistant_over(home, embedder)


def test_both_files_answer_with_their_own_lines(archived):
    ans = archived.ask("Xã Hòa Bình giao công chức Văn hóa - Xã hội tổ chức bao nhiêu lớp Bình dân học vụ số?")
    assert "04 lớp" in ans.answer and {c.doc for c in ans.citations} == {"hoabinh_14.mht"}
    ans = archived.ask("Điều dưỡng của bệnh viện phải học bao nhiêu giờ đào tạo liên tục mỗi năm đến 2030?")
    assert "36 giờ" in ans.answer and {c.doc for c in ans.citations} == {"bvdk_77.docx"}
