"""Two more shapes officials upload: a plan saved as Rich Text (.rtf, Windows-1258 bytes and \\uN escapes, a targets
table with years as rows, merged header cells, hidden text), and a Word plan whose letterhead (number, date) lives in
the first page's header while the body keeps hidden draft text — read as the printed page shows them, with the real
readers, cleaner, model and index."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest.errors import UploadRejected
from ingest.load import extract_bytes, parse_text
from tests.conftest import assistant_over


def _rtf_text(s: str) -> str:
    """Vietnamese as Word writes it into RTF: Windows-1258 bytes where the code page has the letter, else \\uN?."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
            continue
        try:
            b = ch.encode("cp1258")
            out.append("".join(f"\\'{x:02x}" for x in b))
        except UnicodeEncodeError:
            out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def _par(s: str) -> str:
    return f"\\pard\\plain\\f0\\fs28 {_rtf_text(s)}\\par\n"


def _row(cells: list[str], header: bool = False, merged: tuple[int, ...] = ()) -> str:
    defs = "".join(("\\clmrg" if i in merged else "") + f"\\cellx{1500 * (i + 1)}" for i in range(len(cells)))
    line = "\\line "  # a line break inside a cell
    body = "".join("\\pard\\plain\\intbl " + line.join(map(_rtf_text, c.split("\n"))) + "\\cell\n" for c in cells)
    mark = "\\trhdr" if header else ""
    return f"\\trowd{mark}{defs}\n{body}\\row\n"


_RTF = ("{\\rtf1\\ansi\\ansicpg1258\\uc1\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
        "{\\info{\\title " + _rtf_text("Bản nháp") + "}}{\\footer \\pard " + _rtf_text("Trang 1") + "\\par}\n"
        + _row(["ỦY BAN NHÂN DÂN XÃ TÀ XÙA\nSố: 07/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        + _par("KẾ HOẠCH") + _par("Xây dựng xã hội học tập xã Tà Xùa giai đoạn 2026 - 2030")
        + _par("I. MỤC ĐÍCH, YÊU CẦU") + _par("Nâng cao dân trí cho đồng bào các bản vùng cao.")
        + _par("II. CHỈ TIÊU") + _par("Bảng 1. Chỉ tiêu theo từng năm")
        + _row(["Năm", "Tỷ lệ đạt danh hiệu (%)", ""], header=True, merged=(2,))
        + _row(["Năm", "Gia đình học tập", "Bản học tập"], header=True)
        + _row(["2026", "58", "35"]) + _row(["2028", "66", "48"])
        + _par("III. TỔ CHỨC THỰC HIỆN")
        + "\\pard\\plain\\f0\\fs28 {\\b " + _rtf_text("Công chức Văn hóa - Xã hội:") + "} "
        + _rtf_text("tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; báo cáo kết quả trước ngày 10/12 hằng năm")
        + "{\\v " + _rtf_text(" (dự thảo cũ: trước ngày 20/11)") + "}.\\par\n"
        + _par("TM. ỦY BAN NHÂN DÂN") + _par("CHỦ TỊCH") + _par("Mùa A Sử") + "}")


def test_an_rtf_plan_reads_as_the_page_shows_it():
    text = extract_bytes(_RTF.encode("ascii"), "taxua_07.rtf")
    assert "ỦY BAN NHÂN DÂN XÃ TÀ XÙA" in text and "Số: 07/KH-UBND" in text, text
    assert "Bản nháp" not in text and "Trang 1" not in text and "20/11" not in text, text  # info, footer, hidden
    assert "| 2026 | 58 | 35 |" in text and "| Năm | Tỷ lệ đạt danh hiệu (%) | Tỷ lệ đạt danh hiệu (%) |" in text, text
    doc = parse_text(text, "taxua_07.rtf")
    assert doc.locality == "Tà Xùa" and doc.number == "07/KH-UBND", (doc.locality, doc.number)
    with pytest.raises(UploadRejected):
        extract_bytes(b"PK\x03\x04 not rich text", "taxua_07.rtf")


def _docx_with_header_letterhead() -> bytes:
    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    table = section.first_page_header.add_table(rows=1, cols=2, width=section.page_width)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\nSố: 88/KH-UBND"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nMường La, ngày 09 tháng 7 năm 2025"
    section.header.add_paragraph("Kế hoạch xây dựng xã hội học tập huyện Mường La")  # a running header
    for t in ("KẾ HOẠCH", "Xây dựng xã hội học tập huyện Mường La giai đoạn 2025 - 2030", "I. MỤC TIÊU"):
        d.add_paragraph(t)
    p = d.add_paragraph("- Phấn đấu ")
    old = p.add_run("60% ")
    vanish = OxmlElement("w:vanish")
    old._r.get_or_add_rPr().append(vanish)
    p.add_run("68% hộ gia đình đạt danh hiệu “Gia đình học tập” đến năm 2030.")
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Phòng Giáo dục và Đào tạo: tham mưu, tổng hợp kết quả thực hiện Kế hoạch.")
    note = d.add_paragraph().add_run("Ghi chú soạn thảo: chờ ý kiến Phòng Tài chính - Kế hoạch.")
    note._r.get_or_add_rPr().append(OxmlElement("w:vanish"))
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    buf = io.BytesIO()
    d.save(buf)
    assert d.element.body.find(qn("w:p")) is not None
    return buf.getvalue()


def test_a_letterhead_in_the_first_page_header_is_read_and_hidden_text_is_not():
    text = extract_bytes(_docx_with_header_letterhead(), "muongla_88.docx")
    assert text.index("Số: 88/KH-UBND") < text.index("KẾ HOẠCH"), text
    assert "60%" not in text and "Ghi chú soạn thảo" not in text and "68% hộ gia đình" in text, text
    assert "Kế hoạch xây dựng xã hội học tập huyện Mường La\n" not in text  # the running header is no letterhead
    doc = parse_text(text, "muongla_88.docx")
    assert doc.number == "88/KH-UBND" and doc.locality == "Mường La", (doc.number, doc.locality)


def test_both_shapes_answer_over_the_real_index(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "taxua_07.rtf").write_bytes(_RTF.encode("ascii"))
    (tmp_path / "plans" / "muongla_88.docx").write_bytes(_docx_with_header_letterhead())
    a = assistant_over(tmp_path, embedder)
    ans = a.ask("Năm 2028 xã Tà Xùa phấn đấu bao nhiêu % bản đạt Bản học tập?")
    assert not ans.refused and "48" in ans.answer and ans.citations[0].doc == "taxua_07.rtf", ans.answer
    ans = a.ask("Công chức Văn hóa - Xã hội xã Tà Xùa báo cáo kết quả trước ngày nào?")
    assert not ans.refused and "10/12" in ans.answer and "20/11" not in ans.answer, ans.answer
    ans = a.ask("Kế hoạch của huyện Mường La số mấy, ban hành ngày nào?")
    assert not ans.refused and "88/KH-UBND" in ans.answer and "09" in ans.answer, ans.answer
    ans = a.ask("Mường La đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?")
    assert not ans.refused and "68%" in ans.answer and "60%" not in ans.answer, ans.answer
