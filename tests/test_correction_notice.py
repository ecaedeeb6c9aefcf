"""A plan saved from a portal under a correction notice ("ĐÍNH CHÍNH (theo Thông báo số …)": "Tại điểm a khoản 1
Mục II: cụm từ “…” được sửa thành “…”", the uncorrected text posted below it): the notice opens the plan's text,
each of its lines is linked to the item holding the words it corrects, and an answer quoting that item quotes the
correction and the notice's line above it; a figure is not read out of the corrected item. The page's list numbers
(``<ol>`` items, lettered by its style sheet) are the plan's item numbers. A social insurance agency's letterhead
("BẢO HIỂM XÃ HỘI TỈNH …") names the province, not a commune "Hội Việt Nam". Real reader, model and index."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 07/KH-HLG</title>
<style>ol.muc { list-style-type: decimal; } ol.diem { list-style-type: lower-alpha; }</style></head><body>
<nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav>
<article>
<h1>Kế hoạch số 07/KH-HLG về tư vấn pháp luật năm 2026</h1>
<div class="notice">
<p><strong>ĐÍNH CHÍNH</strong> (theo Thông báo số 02/TB-HLG ngày 10/02/2026 của Ban Thường vụ Hội)</p>
<ol class="muc">
<li>Tại điểm b khoản 1 Mục II: cụm từ “ít nhất 24 buổi” được sửa thành “ít nhất 30 buổi”.</li>
<li>Tại Mục III: cụm từ “do Sở Tài chính bố trí” được sửa thành “do Hội tự cân đối”.</li>
</ol>
<p>Các nội dung khác giữ nguyên.</p>
</div>
<table><tr><td>HỘI LUẬT GIA VIỆT NAM<br>HỘI LUẬT GIA TỈNH NINH BÌNH<br>Số: 07/KH-HLG</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Ninh Bình, ngày 02 tháng 02 năm 2026</td></tr></table>
<h2>KẾ HOẠCH</h2>
<p><strong>Tư vấn pháp luật miễn phí cho người dân tỉnh Ninh Bình năm 2026</strong></p>
<h3>I. MỤC ĐÍCH, YÊU CẦU</h3>
<ol class="muc"><li>Giúp người dân hiểu đúng pháp luật về bảo hiểm xã hội.</li></ol>
<h3>II. CHỈ TIÊU</h3>
<ol class="muc"><li>Năm 2026:
<ol class="diem">
<li>Ít nhất 2.000 lượt người được tư vấn miễn phí.</li>
<li>Tổ chức ít nhất 24 buổi tư vấn pháp luật lưu động tại các xã, phường.</li>
</ol></li></ol>
<h3>III. KINH PHÍ</h3>
<p>Tổng kinh phí 150 triệu đồng, do Sở Tài chính bố trí.</p>
<h3>IV. TỔ CHỨC THỰC HIỆN</h3>
<ol class="muc"><li><strong>Văn phòng Hội</strong> bảo đảm kinh phí, báo cáo kết quả trước ngày 10/12/2026.</li></ol>
<p>CHỦ TỊCH</p><p>Đinh Văn Hòa</p>
</article></body></html>
"""

_AGENCY = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH
Số: 15/KH-BHXH
Ninh Bình, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng “Cơ quan học tập” năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kiến thức chính sách bảo hiểm xã hội cho công chức, viên chức.
II. CHỈ TIÊU
1. 100% phòng nghiệp vụ đạt danh hiệu “Đơn vị học tập” năm 2026.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng
Tổng hợp, báo cáo Giám đốc trước ngày 15/12/2026.
GIÁM ĐỐC
Phạm Thu Trang
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("ninhbinh")
    (home / "plans").mkdir()
    (home / "plans" / "hlg_ninhbinh_07.html").write_text(_PAGE, encoding="utf-8")
    (home / "plans" / "bhxh_ninhbinh_15.txt").write_text(_AGENCY, encoding="utf-8")
    return home


def test_the_notice_opens_the_plan_and_amends_the_items_it_quotes(home):
    doc = load_plan(home / "plans" / "hlg_ninhbinh_07.html")
    assert doc.text.startswith("ĐÍNH CHÍNH"), doc.text[:200]
    assert "b) Tổ chức ít nhất 24 buổi" in doc.text and "1. Năm 2026" in doc.text, doc.text  # the page's numbers
    corrected = {doc.text[a.start:a.end][:25]: [doc.sections[t].title for t in a.targets] for a in doc.amendments}
    assert len(corrected) == 2, corrected
    assert any("24 buổi" in " ".join(t) for t in corrected.values()), corrected  # điểm b khoản 1 Mục II
    assert any("KINH PHÍ" in " ".join(t) for t in corrected.values()), corrected  # the part holding the words
    at = doc.text.rindex("ít nhất 24 buổi")  # the item, below the notice quoting it
    assert doc.amended_at(at) and not doc.amended_at(doc.text.index("2.000 lượt")), doc.amendments


def test_a_social_insurance_letterhead_names_the_province(home):
    doc = load_plan(home / "plans" / "bhxh_ninhbinh_15.txt")
    assert (doc.locality, doc.level) == ("Ninh Bình", "tỉnh/thành phố"), (doc.locality, doc.level)


@pytest.fixture(scope="module")
def plans(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_an_answer_quoting_a_corrected_item_quotes_the_correction(plans):
    ans = plans.ask("Hội Luật gia tỉnh Ninh Bình phải tổ chức bao nhiêu buổi tư vấn lưu động năm 2026?")
    assert "ít nhất 30 buổi" in ans.answer and "02/TB-HLG" in ans.answer, ans.answer
    assert "**" not in ans.answer.split("\n")[0] or "24" not in ans.answer.split("\n")[0], ans.answer
    ans = plans.ask("Kinh phí kế hoạch tư vấn pháp luật của Hội Luật gia Ninh Bình do ai bố trí?")
    assert "do Hội tự cân đối" in ans.answer, ans.answer


def test_a_quarter_follow_up_asks_the_same_of_that_quarter(plans):
    # "Còn quý IV thì sao?" after a question naming "quý III": the same question, of that quarter
    from datetime import date

    from index.query import QueryAnalyzer
    analyzer = QueryAnalyzer(plans.retriever.documents, date(2026, 12, 5))
    query, _ = analyzer.analyse("Còn quý IV thì sao?", [("user", "Hội Luật gia Ninh Bình mở bao nhiêu buổi tư vấn quý III?"),
                                                         ("assistant", "Kế hoạch không chia theo quý.")])
    assert "quý IV" in query.text and "buổi tư vấn" in query.text and "quý III" not in query.text, query.text
