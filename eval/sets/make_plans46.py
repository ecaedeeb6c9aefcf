"""Build the two held-out plans of set 46 (plans46/) from src46/.

    python eval/sets/make_plans46.py

A DISTRICT plan and the plan of ONE OF ITS COMMUNES, uploaded together: huyện Lạc Dương, tỉnh Lâm Đồng, and xã Đạ Sar.

1. lacduong_36-KH-UBND_2025.html - the district plan (KH 36/KH-UBND, 24/02/2025, giai đoạn 2025 - 2027) as saved from
   the district's DOCUMENT DATABASE ("Cơ sở dữ liệu văn bản"): a site menu and breadcrumb, then a "Thuộc tính văn bản"
   metadata table (Số ký hiệu, Ngày ban hành, Ngày có hiệu lực, Loại văn bản, Cơ quan ban hành, Người ký, Chức vụ,
   Lĩnh vực, Trích yếu, Tình trạng hiệu lực, Văn bản căn cứ) that agrees with the body, then "Toàn văn" (letterhead
   table, body, a per-commune target table Bảng 1, Nơi nhận and signature), then the site footer. Targets of three
   kinds: absolute year figures, RELATIVE lines ("mỗi năm tăng ít nhất 2 điểm phần trăm so với năm trước", "tăng ít
   nhất 10% so với năm 2024", "không thấp hơn mức bình quân chung của tỉnh") and the per-commune rows of Bảng 1.
2. dasar_15-KH-UBND_2025.xlsx - the commune plan (KH 15/KH-UBND, 14/3/2025, năm 2025) made as an Excel WORKBOOK: sheet
   "KH" holds the plan text (letterhead in two column blocks, one paragraph a row, Nơi nhận beside the signature),
   "PL1 Chỉ tiêu" the commune's 2025 targets (DIFFERENT from the district's Bảng 1 row for Đạ Sar: 58% vs 55%, 4/6 vs
   3/6), "PL2 Tiến độ" a MONTH GRID (TT | Nội dung | Chủ trì | Phối hợp | T1 … T12 with "x" in the months a task runs;
   several lead bodies are named only in the grid) and "PL3 Kinh phí" the budget table.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src46")
OUT = os.path.join(HERE, "plans46")
DISTRICT = "lacduong_36-KH-UBND_2025.html"
COMMUNE = "dasar_15-KH-UBND_2025.xlsx"

META = [
    ("Số ký hiệu", "36/KH-UBND"),
    ("Ngày ban hành", "24/02/2025"),
    ("Ngày có hiệu lực", "24/02/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Cơ quan ban hành", "Ủy ban nhân dân huyện Lạc Dương"),
    ("Người ký", "Đinh Thị Phương Lan"),
    ("Chức vụ", "Phó Chủ tịch Ủy ban nhân dân huyện"),
    ("Lĩnh vực", "Giáo dục, đào tạo"),
    ("Trích yếu", "Kế hoạch xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027"),
    ("Tình trạng hiệu lực", "Còn hiệu lực"),
]
BASES = ["Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
         "Kế hoạch 2187/KH-UBND ngày 18/4/2022 của UBND tỉnh Lâm Đồng",
         "Nghị quyết 09-NQ/HU ngày 12/10/2023 của Ban Thường vụ Huyện ủy Lạc Dương"]
NOI_NHAN_D = ["Nơi nhận:", "- Sở Giáo dục và Đào tạo tỉnh Lâm Đồng;", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị tại Mục V;", "- UBND các xã, thị trấn;",
              "- Lưu: VT, PGDĐT."]
SIGN_D = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đinh Thị Phương Lan"]

NOI_NHAN_C = ["Nơi nhận:", "- Phòng Giáo dục và Đào tạo huyện Lạc Dương;", "- TT Đảng ủy, TT HĐND xã;",
              "- CT, PCT UBND xã;", "- Các thành phần tại Phụ lục 2;", "- Lưu: VT."]
SIGN_C = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Cil Ha Liêng"]

PL1 = [  # TT, indicator, unit, value, number format
    (1, "Hộ gia đình đạt danh hiệu “Gia đình học tập”", "%", 0.58, "0%"),
    (2, "Thôn đạt danh hiệu “Thôn học tập”", "thôn", "4/6", None),
    (3, "Dòng họ đạt danh hiệu “Dòng họ học tập”", "dòng họ", 3, "0"),
    (4, "Người từ 15 đến 60 tuổi biết chữ mức độ 2", "%", 0.965, "0.0%"),
    (5, "Lớp chuyên đề tại Trung tâm học tập cộng đồng", "lớp", 24, "0"),
    (6, "Người trong độ tuổi lao động có kỹ năng số cơ bản", "%", 0.5, "0%"),
    (7, "Học viên các lớp xóa mù chữ", "người", 50, "0"),
]
PL2 = [  # TT, task, lead, partners, months
    (1, "Tuyên truyền về xây dựng xã hội học tập trên loa truyền thanh xã và tại các buổi họp thôn",
     "Công chức Văn hóa - Xã hội", "Trưởng các thôn", range(3, 13)),
    (2, "Rà soát, thống kê người từ 15 đến 60 tuổi chưa biết chữ, tái mù chữ", "Trường Tiểu học và THCS Đạ Sar",
     "Trung tâm học tập cộng đồng xã; Trưởng các thôn", [3, 4]),
    (3, "Mở 02 lớp xóa mù chữ tại thôn Đạ Nghịt và thôn Đưng Iar Gián", "Trung tâm học tập cộng đồng xã",
     "Trường Tiểu học và THCS Đạ Sar; Hội Liên hiệp Phụ nữ xã", [6, 7, 8, 9, 10, 11]),
    (4, "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam", "Trường Tiểu học và THCS Đạ Sar", "Đoàn Thanh niên xã", [4]),
    (5, "Lớp chuyên đề kỹ thuật chăm sóc, thu hoạch cà phê Arabica và trồng rau, hoa",
     "Trung tâm học tập cộng đồng xã", "Hội Nông dân xã", [3, 4, 8, 9]),
    (6, "Hướng dẫn người dân kích hoạt tài khoản VNeID, sử dụng dịch vụ công trực tuyến", "Công an xã",
     "Đoàn Thanh niên xã", [5, 6, 7]),
    (7, "Lớp truyền dạy đánh cồng chiêng, dệt thổ cẩm cho thanh thiếu niên", "Hội Liên hiệp Phụ nữ xã",
     "Nghệ nhân các thôn", [7, 8]),
    (8, "Kiểm tra hoạt động của Trung tâm học tập cộng đồng xã", "Công chức Văn hóa - Xã hội", "Hội Khuyến học xã",
     [9]),
    (9, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời", "Trung tâm học tập cộng đồng xã",
     "Hội Khuyến học xã; các trường học", [10]),
    (10, "Đánh giá, bình xét “Gia đình học tập”, “Dòng họ học tập”, “Thôn học tập”", "Hội Khuyến học xã",
     "Trưởng các thôn; Ủy ban Mặt trận Tổ quốc Việt Nam xã", [11, 12]),
    (11, "Tổng hợp kết quả, báo cáo Phòng Giáo dục và Đào tạo huyện", "Công chức Văn hóa - Xã hội",
     "Trung tâm học tập cộng đồng xã", [11]),
]
PL3 = [  # TT, content, commune budget, national programme, socialised (triệu đồng)
    (1, "Mở 02 lớp xóa mù chữ", 0, 40, 0),
    (2, "Lớp chuyên đề tại Trung tâm học tập cộng đồng", 36, 0, 12),
    (3, "Tuần lễ hưởng ứng học tập suốt đời; bình xét danh hiệu", 15, 0, 10),
    (4, "Bổ sung tủ sách tại nhà văn hóa 6 thôn", 10, 0, 18),
    (5, "Hướng dẫn kỹ năng số cho người dân", 20, 0, 0),
    (6, "Chi hoạt động thường xuyên của Trung tâm học tập cộng đồng", 25, 0, 0),
]


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def e(s):
    return html.escape(s, quote=False)


def build_html():
    body = []
    rows = None
    for ln in read_src("lacduong36.txt"):
        kind, _, text = ln.partition(": ")
        if kind == "T":
            cells = [c.strip() for c in text.split("|")]
            if rows is None:
                rows = []
                body.append('<table class="tbl-data" border="1" cellspacing="0" cellpadding="4">')
                body.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in cells) + "</tr>")
            else:
                body.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
            continue
        if ln == "ENDT":
            body.append("</table>")
            rows = None
            continue
        if kind == "H":
            body.append(f'<p class="heading"><b>{e(text)}</b></p>')
        elif kind == "C":
            body.append(f'<p align="center"><b>{e(text)}</b></p>')
        else:
            body.append(f'<p style="text-indent:1cm;text-align:justify">{e(text)}</p>')
    meta = "\n".join(f'<tr><th scope="row">{e(k)}</th><td>{e(v)}</td></tr>' for k, v in META)
    bases = "".join(f'<li><a href="/van-ban/chi-tiet?id={900 + i}">{e(b)}</a></li>' for i, b in enumerate(BASES))
    sign = "".join(f"<p>{e(x)}</p>" for x in SIGN_D)
    noi = "".join(f"<p>{e(x)}</p>" for x in NOI_NHAN_D)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch 36/KH-UBND năm 2025 - Cơ sở dữ liệu văn bản huyện Lạc Dương</title>
<style>body{{font-family:'Times New Roman',serif}} .tbl-meta th{{text-align:left;width:25%}}</style>
<script>window.dataLayer=window.dataLayer||[];</script>
</head>
<body>
<header><div class="brand">CƠ SỞ DỮ LIỆU VĂN BẢN - ỦY BAN NHÂN DÂN HUYỆN LẠC DƯƠNG</div></header>
<nav><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản chỉ đạo, điều hành</a> | <a href="/tra-cuu">Tra cứu</a></nav>
<div class="breadcrumb">Trang chủ › Văn bản › Kế hoạch › 36/KH-UBND</div>
<article>
<h2>Thuộc tính văn bản</h2>
<table class="tbl-meta" border="1" cellspacing="0" cellpadding="4">
{meta}
<tr><th scope="row">Văn bản căn cứ</th><td><ul>{bases}</ul></td></tr>
</table>
<div class="tools"><a href="/files/36-KH-UBND.pdf">Tải về bản PDF</a> | <a href="javascript:print()">In văn bản</a></div>
<h2>Toàn văn</h2>
<table class="letterhead" width="100%">
<tr><td align="center"><p>ỦY BAN NHÂN DÂN</p><p><b>HUYỆN LẠC DƯƠNG</b></p><p>Số: 36/KH-UBND</p></td>
<td align="center"><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Lạc Dương, ngày 24 tháng 02 năm 2025</i></p></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027</b></p>
{chr(10).join(body)}
<table class="sign" width="100%">
<tr><td valign="top">{noi}</td><td align="center" valign="top">{sign}</td></tr>
</table>
</article>
<footer><p>Cơ sở dữ liệu văn bản huyện Lạc Dương - Văn phòng HĐND và UBND huyện quản lý</p>
<p>Địa chỉ: thị trấn Lạc Dương, huyện Lạc Dương, tỉnh Lâm Đồng</p></footer>
</body>
</html>
"""
    with open(os.path.join(OUT, DISTRICT), "w", encoding="utf-8") as f:
        f.write(page)


def build_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "KH"
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 12
    bold = Font(name="Times New Roman", size=13, bold=True)
    norm_f = Font(name="Times New Roman", size=13)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left_head = ["ỦY BAN NHÂN DÂN", "XÃ ĐẠ SAR", "Số: 15/KH-UBND"]
    right_head = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Đạ Sar, ngày 14 tháng 3 năm 2025"]
    r = 1
    for a, b in zip(left_head, right_head, strict=True):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        ws.cell(r, 1, a).alignment = center
        ws.cell(r, 4, b).alignment = center
        ws.cell(r, 1).font = bold if r == 2 else norm_f
        ws.cell(r, 4).font = bold if r < 3 else Font(name="Times New Roman", size=13, italic=True)
        r += 1
    r += 1
    for ln in read_src("dasar15.txt"):
        kind, _, text = ln.partition(": ")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, text)
        c.font = bold if kind == "H" else norm_f
        c.alignment = center if text.startswith(("KẾ HOẠCH", "Xây dựng")) else wrap
        ws.row_dimensions[r].height = 18 if kind == "H" else 18 * (1 + len(text) // 95)
        r += 1
    r += 1
    for i in range(max(len(NOI_NHAN_C), len(SIGN_C))):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        if i < len(NOI_NHAN_C):
            ws.cell(r, 1, NOI_NHAN_C[i]).font = Font(name="Times New Roman", size=11, bold=(i == 0), italic=(i == 0))
        if i < len(SIGN_C):
            ws.cell(r, 5, SIGN_C[i]).alignment = center
            ws.cell(r, 5).font = bold
        r += 1

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def grid(ws, r0, header, rows, widths, formats=None):
        for j, h in enumerate(header, 1):
            c = ws.cell(r0, j, h)
            c.font, c.alignment, c.border = bold, center, box
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(r0 + i, j, v)
                c.border = box
                c.alignment = wrap if isinstance(v, str) and len(v) > 12 else center
                if formats and formats[i - 1] and j == formats[i - 1][0]:
                    c.number_format = formats[i - 1][1]
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + j)].width = w

    # PL1
    ws1 = wb.create_sheet("PL1 Chỉ tiêu")
    ws1.merge_cells("A1:E1")
    ws1["A1"] = "Phụ lục 1: CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP XÃ ĐẠ SAR NĂM 2025"
    ws1["A1"].font = bold
    ws1.merge_cells("A2:E2")
    ws1["A2"] = "(Kèm theo Kế hoạch số 15/KH-UBND ngày 14/3/2025 của UBND xã Đạ Sar)"
    rows = [(tt, ind, unit, v, "") for tt, ind, unit, v, _ in PL1]
    grid(ws1, 4, ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Ghi chú"], rows, [6, 48, 12, 12, 20],
         [(4, fmt) if fmt else None for *_, fmt in PL1])
    # PL2
    ws2 = wb.create_sheet("PL2 Tiến độ")
    ws2.merge_cells("A1:P1")
    ws2["A1"] = "Phụ lục 2: TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2025"
    ws2["A1"].font = bold
    ws2.merge_cells("A2:P2")
    ws2["A2"] = "(Kèm theo Kế hoạch số 15/KH-UBND ngày 14/3/2025 của UBND xã Đạ Sar)"
    for j, h in enumerate(["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp"], 1):
        ws2.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
        c = ws2.cell(4, j, h)
        c.font, c.alignment, c.border = bold, center, box
    ws2.merge_cells("E4:P4")
    ws2["E4"] = "Thời gian thực hiện năm 2025 (tháng)"
    ws2["E4"].font, ws2["E4"].alignment = bold, center
    for m in range(1, 13):
        c = ws2.cell(5, 4 + m, f"T{m}")
        c.font, c.alignment, c.border = bold, center, box
    for i, (tt, task, lead, part, months) in enumerate(PL2):
        rr = 6 + i
        for j, v in enumerate([tt, task, lead, part], 1):
            c = ws2.cell(rr, j, v)
            c.alignment, c.border = (wrap if j > 1 else center), box
        for m in range(1, 13):
            c = ws2.cell(rr, 4 + m, "x" if m in months else None)
            c.alignment, c.border = center, box
    ws2.column_dimensions["A"].width = 5
    ws2.column_dimensions["B"].width = 46
    ws2.column_dimensions["C"].width = 24
    ws2.column_dimensions["D"].width = 28
    for m in range(1, 13):
        ws2.column_dimensions[chr(68 + m)].width = 4.5
    ws2.freeze_panes = "E6"
    # PL3
    ws3 = wb.create_sheet("PL3 Kinh phí")
    ws3.merge_cells("A1:F1")
    ws3["A1"] = "Phụ lục 3: DỰ TOÁN KINH PHÍ NĂM 2025"
    ws3["A1"].font = bold
    ws3.merge_cells("A2:F2")
    ws3["A2"] = "(Đơn vị tính: triệu đồng)"
    rows = [(tt, what, a, b, c, a + b + c) for tt, what, a, b, c in PL3]
    tot = [sum(x[k] for x in PL3) for k in (2, 3, 4)]
    rows.append(("", "Tổng cộng", *tot, sum(tot)))
    grid(ws3, 4, ["TT", "Nội dung", "Ngân sách xã", "Chương trình MTQG", "Xã hội hóa", "Cộng"], rows,
         [5, 46, 14, 18, 12, 10])
    wb.properties.creator = "Văn phòng HĐND và UBND xã Đạ Sar"
    wb.properties.title = "Kế hoạch xây dựng xã hội học tập xã Đạ Sar năm 2025"
    path = os.path.join(OUT, COMMUNE)
    wb.save(path)
    _freeze_zip(path)


def _freeze_zip(path):
    """Make the workbook byte-stable: fixed created/modified times in docProps/core.xml and fixed zip entry times."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-14T08:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 3, 14, 8, 0, 0)), data, zipfile.ZIP_DEFLATED)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_html()
    build_xlsx()
    assert sum(a + b + c for _, _, a, b, c in PL3) == 186
    print("wrote", DISTRICT, COMMUNE)


if __name__ == "__main__":
    main()
