"""Two more shapes officials upload: a plan saved by LibreOffice Writer (.odt) with auto-numbered lists and headings,
a merged-header table, a footnote, a comment and a tracked deletion; and a plan's appendix kept as an Excel workbook
(.xlsx) beside it, with a hidden draft sheet, percent/thousands formats and a SUM saved without its value — read with
the real readers, cleaner, model and index."""

from __future__ import annotations

import io
import zipfile

from ingest.load import extract_bytes, parse_text
from ingest.opendoc import read_odt
from ingest.spreadsheet import read_xlsx
from tests.conftest import assistant_over

_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">')
_STYLES = """<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="L1">
 <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
 <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
</text:list-style>
</office:automatic-styles>"""
_OUTLINE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:styles>
<text:outline-style style:name="Outline">
 <text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>
 <text:outline-level-style text:level="2" style:num-format=""/>
</text:outline-style></office:styles></office:document-styles>"""

_BODY = """<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
<text:p>Bỏ chỉ tiêu 55% người lao động tham gia học tập.</text:p></text:deletion></text:changed-region></text:tracked-changes>
<table:table table:name="Header"><table:table-column table:number-columns-repeated="2"/><table:table-row>
<table:table-cell><text:p text:style-name="PB">ỦY BAN NHÂN DÂN</text:p><text:p text:style-name="PB">TỈNH BÌNH PHƯỚC</text:p>
<text:p>Số: 317/KH-UBND</text:p></table:table-cell>
<table:table-cell><text:p text:style-name="PB">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>
<text:p text:style-name="PB">Độc lập - Tự do - Hạnh phúc</text:p>
<text:p>Bình Phước, ngày 12 tháng 11 năm 2024</text:p></table:table-cell></table:table-row></table:table>
<text:p text:style-name="PB">KẾ HOẠCH</text:p>
<text:p text:style-name="PB">Xây dựng xã hội học tập tỉnh Bình Phước giai đoạn 2025 - 2030</text:p>
<text:p>Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;<text:note text:note-class="footnote">
<text:note-citation>1</text:note-citation><text:note-body><text:p>Phê duyệt Đề án Xây dựng xã hội học tập giai đoạn
2021 - 2030.</text:p></text:note-body></text:note></text:p>
<text:h text:outline-level="1">MỤC ĐÍCH, YÊU CẦU</text:h>
<text:p>Tạo cơ hội học tập suốt đời cho mọi người dân,<text:s text:c="3"/>nhất là đồng bào dân tộc thiểu số.</text:p>
<text:h text:outline-level="1">MỤC TIÊU</text:h>
<text:p>Các chỉ tiêu theo lộ trình tại Bảng 1<office:annotation><dc:creator>Lan</dc:creator>
<text:p>Đề nghị xem lại chỉ tiêu 90%</text:p></office:annotation>:</text:p>
<table:table table:name="Bang1"><table:table-column table:number-columns-repeated="4"/>
<table:table-header-rows>
<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>TT</text:p></table:table-cell>
<table:table-cell table:number-rows-spanned="2"><text:p>Chỉ tiêu</text:p></table:table-cell>
<table:table-cell table:number-columns-spanned="2"><text:p>Lộ trình</text:p></table:table-cell>
<table:covered-table-cell/></table:table-row>
<table:table-row><table:covered-table-cell/><table:covered-table-cell/>
<table:table-cell><text:p>Năm 2027</text:p></table:table-cell><table:table-cell><text:p>Năm 2030</text:p></table:table-cell>
</table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>
<table:table-cell><text:p>Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”</text:p></table:table-cell>
<table:table-cell><text:p>68%</text:p></table:table-cell><table:table-cell><text:p>81%</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>2</text:p></table:table-cell>
<table:table-cell><text:p>Tỷ lệ xã đạt chuẩn “Cộng đồng học tập” cấp xã</text:p></table:table-cell>
<table:table-cell/><table:table-cell><text:p>90%</text:p></table:table-cell></table:table-row>
</table:table>
<text:h text:outline-level="1">TỔ CHỨC THỰC HIỆN</text:h>
<text:list text:style-name="L1">
<text:list-item><text:p><text:span text:style-name="B">Sở Giáo dục và Đào tạo</text:span></text:p>
 <text:list><text:list-item><text:p>Chủ trì, hướng dẫn các huyện triển khai Kế hoạch.</text:p></text:list-item>
 <text:list-item><text:p>Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 05/12 hằng năm.</text:p></text:list-item></text:list>
</text:list-item>
</text:list>
<text:p>Các cơ quan phối hợp thực hiện như sau:</text:p>
<text:list text:style-name="L1" text:continue-numbering="true">
<text:list-item><text:p><text:span text:style-name="B">Sở Lao động - Thương binh và Xã hội</text:span></text:p>
 <text:list><text:list-item><text:p>Phát triển giáo dục nghề nghiệp gắn với<text:line-break/>nhu cầu thị trường lao động.</text:p>
 </text:list-item></text:list></text:list-item>
</text:list>
<table:table table:name="Sign"><table:table-column table:number-columns-repeated="2"/><table:table-row>
<table:table-cell><text:p>Nơi nhận:</text:p><text:p>- Bộ GD&amp;ĐT (b/c);</text:p><text:p>- Lưu: VT.</text:p></table:table-cell>
<table:table-cell><text:p text:style-name="PB">TM. ỦY BAN NHÂN DÂN</text:p><text:p text:style-name="PB">CHỦ TỊCH</text:p>
<text:p text:style-name="PB">Lê Văn Thành</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"""


def _odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
        zf.writestr("content.xml", _HEAD + _STYLES + _BODY, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("styles.xml", _OUTLINE, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _xlsx() -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PL1 Chỉ tiêu"
    ws.append(["PHỤ LỤC 1: CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP HUYỆN HỚN QUẢN"])
    ws.merge_cells("A1:E1")
    ws.append(["(Kèm theo Kế hoạch số 142/KH-UBND ngày 20/11/2024 của UBND huyện Hớn Quản)"])
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2030"])
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = [(1, "Tỷ lệ người dân biết chữ độ tuổi 15 - 60", "%", 0.972, 0.99),
            (2, "Số lượt người học tại các Trung tâm học tập cộng đồng", "lượt", 18500, 24000),
            (3, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”", "%", None, 0.6)]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=5, max_row=7):
        unit = row[2].value
        for c in row[3:]:
            c.number_format = "0.0%" if unit == "%" and c.row == 5 else ("0%" if unit == "%" else "#,##0")
    ws2 = wb.create_sheet("PL2 Kinh phí")
    ws2.append(["PHỤ LỤC 2: KINH PHÍ THỰC HIỆN (triệu đồng)"])
    ws2.append(["TT", "Nguồn", "Kinh phí"])
    for c in ws2[2]:
        c.font = Font(bold=True)
    ws2.append([1, "Ngân sách huyện", 1250.5])
    ws2.append([2, "Xã hội hóa", 640])
    ws2.append(["", "Tổng cộng", "=SUM(C3:C4)"])
    for r in (3, 4, 5):
        ws2.cell(r, 3).number_format = "#,##0.0"
    draft = wb.create_sheet("Nháp")
    draft.append(["Kinh phí dự kiến cũ", 9999])
    draft.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_an_odt_reads_with_its_drawn_numbers_merged_header_and_without_comments_or_deletions():
    raw = read_odt(_odt(), "binhphuoc.odt")
    for want in ("**I. MỤC ĐÍCH, YÊU CẦU**", "**III. TỔ CHỨC THỰC HIỆN**", "**1. Sở Giáo dục và Đào tạo**",
                 "a) Chủ trì, hướng dẫn", "b) Tổng hợp, báo cáo", "**2. Sở Lao động - Thương binh và Xã hội**",
                 "| TT | Chỉ tiêu | Lộ trình | Lộ trình |", "| TT | Chỉ tiêu | Năm 2027 | Năm 2030 |",
                 "| 2 | Tỷ lệ xã đạt chuẩn “Cộng đồng học tập” cấp xã |  | 90% |", "Phê duyệt Đề án"):
        assert want in raw, want
    for gone in ("55%", "Đề nghị xem lại", "Lan"):
        assert gone not in raw, gone
    doc = parse_text(extract_bytes(_odt(), "binhphuoc.odt"), "binhphuoc.odt")
    assert doc.number == "317/KH-UBND" and doc.locality == "Bình Phước" and doc.issued == "2024-11-12"
    assert any(s.path_str.endswith("2. Sở Lao động - Thương binh và Xã hội") for s in doc.sections)
    assert "Lê Văn Thành" in doc.signature


def test_a_workbook_reads_as_excel_shows_it_without_its_hidden_sheet():
    raw = read_xlsx(_xlsx(), "honquan_phuluc.xlsx")
    for want in ("PHỤ LỤC 1: CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP HUYỆN HỚN QUẢN",
                 "| 1 | Tỷ lệ người dân biết chữ độ tuổi 15 - 60 | % | 97,2% | 99,0% |",
                 "| 2 | Số lượt người học tại các Trung tâm học tập cộng đồng | lượt | 18.500 | 24.000 |",
                 "| 3 | Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” | % |  | 60% |",
                 "| 1 | Ngân sách huyện | 1.250,5 |", "|  | Tổng cộng | 1.890,5 |"):
        assert want in raw, want
    assert "9999" not in raw and "Nháp" not in raw


def test_the_two_shapes_answer_over_the_real_index(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "binhphuoc.odt").write_bytes(_odt())
    (tmp_path / "plans" / "honquan_phuluc.xlsx").write_bytes(_xlsx())
    a = assistant_over(tmp_path, embedder)
    ans = a.ask("Sở LĐ-TB&XH tỉnh Bình Phước phải làm gì?")
    assert not ans.refused and "giáo dục nghề nghiệp" in ans.answer
    assert all(c.doc == "binhphuoc.odt" for c in ans.citations)
    ans = a.ask("Bình Phước đặt chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?")
    assert not ans.refused and "81%" in ans.answer
    ans = a.ask("Năm 2027 tỉnh Bình Phước đặt bao nhiêu % xã đạt cộng đồng học tập?")
    assert ans.refused  # the 2027 cell is blank
    ans = a.ask("Hớn Quản năm 2030 phấn đấu bao nhiêu lượt người học tại TTHTCĐ?")
    assert not ans.refused and "24.000" in ans.answer
    assert all(c.doc == "honquan_phuluc.xlsx" for c in ans.citations)
