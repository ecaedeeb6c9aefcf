"""A plan amending another, loaded beside it (a district's 2024 plan and its 2025 'điều chỉnh, bổ sung' plan): the
two are linked at ingest, an answer from the amended plan brings the amendment's lines first and says which parts were
amended, unchanged content is answered from the original alone, and the amendment's own items are listed when asked —
with the real readers, model and index."""

from __future__ import annotations

from ingest.load import parse_text
from tests.conftest import assistant_over

_ORIGINAL = """ỦY BAN NHÂN DÂN
HUYỆN PHÚ GIÁO
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Giáo, ngày 15 tháng 3 năm 2024

KẾ HOẠCH
Xây dựng xã hội học tập huyện Phú Giáo giai đoạn 2024 - 2030

Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH, YÊU CẦU
Tạo cơ hội cho mọi người dân được học tập suốt đời, nâng cao dân trí.

II. MỤC TIÊU
1. Đến năm 2025
- 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 60% dòng họ đạt danh hiệu "Dòng họ học tập".
2. Đến năm 2030
- 85% hộ gia đình đạt danh hiệu "Gia đình học tập".
- 75% dòng họ đạt danh hiệu "Dòng họ học tập".

III. KINH PHÍ
Tổng kinh phí thực hiện giai đoạn 2024 - 2030 là 4.200 triệu đồng từ ngân sách huyện và nguồn xã hội hóa.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Chủ trì, tham mưu UBND huyện triển khai Kế hoạch.
- Tổng hợp, báo cáo UBND huyện kết quả thực hiện trước ngày 30/11 hằng năm.
2. Phòng Văn hóa và Thông tin
- Tuyên truyền về xây dựng xã hội học tập trên Đài Truyền thanh huyện.
3. Phòng Lao động - Thương binh và Xã hội
- Tổ chức các lớp dạy nghề ngắn hạn cho lao động nông thôn.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hải
"""

_AMENDMENT = """ỦY BAN NHÂN DÂN
HUYỆN PHÚ GIÁO
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Giáo, ngày 10 tháng 2 năm 2025

KẾ HOẠCH
Điều chỉnh, bổ sung một số nội dung của Kế hoạch số 88/KH-UBND ngày 15/3/2024 của UBND huyện về xây dựng xã hội học tập huyện Phú Giáo

Căn cứ Kế hoạch số 88/KH-UBND ngày 15/3/2024 của UBND huyện Phú Giáo;
UBND huyện điều chỉnh, bổ sung một số nội dung như sau:

1. Sửa đổi chỉ tiêu tại khoản 2 mục II như sau:
- 90% hộ gia đình đạt danh hiệu "Gia đình học tập" vào năm 2030.
2. Bổ sung nhiệm vụ cho Trung tâm Văn hóa, Thể thao và Truyền thanh huyện:
- Xây dựng chuyên mục "Học tập suốt đời" phát sóng hằng tháng trên Đài Truyền thanh huyện.
3. Điều chỉnh thời gian báo cáo của Phòng Giáo dục và Đào tạo: báo cáo UBND huyện trước ngày 15/12 hằng năm.
4. Tổng kinh phí thực hiện giai đoạn 2024 - 2030 điều chỉnh thành 5.100 triệu đồng.

Các nội dung khác giữ nguyên theo Kế hoạch số 88/KH-UBND ngày 15/3/2024.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hải
"""


def test_an_amending_plan_names_the_plan_it_amends_and_its_items_are_sections():
    doc = parse_text(_AMENDMENT, "phugiao_41.md")
    assert doc.amends == ("88/KH-UBND",) and doc.number == "41/KH-UBND" and doc.locality == "Phú Giáo"
    assert [s.label for s in doc.sections if s.kind == "roman"] == ["1.", "2.", "3.", "4."]
    assert parse_text(_ORIGINAL, "phugiao_88.md").amends == ()


def test_answers_bring_the_amendment_first_and_keep_unchanged_content_to_the_original(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "phugiao_88.md").write_text(_ORIGINAL, encoding="utf-8")
    (tmp_path / "plans" / "phugiao_41.md").write_text(_AMENDMENT, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)

    ans = a.ask("Chỉ tiêu gia đình học tập năm 2030 của huyện Phú Giáo là bao nhiêu?")
    assert not ans.refused and ans.citations[0].doc == "phugiao_41.md" and "90%" in ans.answer
    assert "41/KH-UBND" in ans.answer  # the original's block says which plan amended it

    ans = a.ask("Phòng GD&ĐT huyện Phú Giáo báo cáo kết quả trước ngày nào?")
    assert not ans.refused and ans.citations[0].doc == "phugiao_41.md" and "15/12" in ans.answer

    ans = a.ask("Tổng kinh phí xây dựng xã hội học tập huyện Phú Giáo là bao nhiêu?")
    assert not ans.refused and ans.citations[0].doc == "phugiao_41.md" and "5.100" in ans.answer

    ans = a.ask("Chỉ tiêu dòng họ học tập năm 2030 của Phú Giáo?")  # not amended: the original alone
    assert not ans.refused and "75%" in ans.answer and {c.doc for c in ans.citations} == {"phugiao_88.md"}

    ans = a.ask("Kế hoạch 41/KH-UBND điều chỉnh những nội dung gì?")
    assert not ans.refused and {c.doc for c in ans.citations} == {"phugiao_41.md"}
    assert "Bổ sung nhiệm vụ cho Trung tâm Văn hóa" in ans.answer and "5.100" in ans.answer


def test_an_amendment_names_a_number_only_for_its_own_place(tmp_path, embedder):
    """Many places issue a "Kế hoạch 88": another district's plan 88 is not the one Phú Giáo's plan 41 amends."""
    other = _ORIGINAL.replace("PHÚ GIÁO", "DẦU TIẾNG").replace("Phú Giáo", "Dầu Tiếng").replace("70%", "65%")
    docs = {n: parse_text(t, n) for n, t in
            (("phugiao_88.md", _ORIGINAL), ("phugiao_41.md", _AMENDMENT), ("dautieng_88.md", other))}
    assert docs["phugiao_41.md"].amends_plan(docs["phugiao_88.md"])
    assert not docs["phugiao_41.md"].amends_plan(docs["dautieng_88.md"])
    assert not docs["phugiao_88.md"].amends_plan(docs["phugiao_41.md"])

    unnumbered = other.replace("DẦU TIẾNG", "BÀU BÀNG").replace("Dầu Tiếng", "Bàu Bàng").replace("88/KH", "99/KH")
    (tmp_path / "plans").mkdir()
    for name, text in (("phugiao_88.md", _ORIGINAL), ("phugiao_41.md", _AMENDMENT), ("dautieng_88.md", other),
                       ("baubang_99.md", unnumbered)):
        (tmp_path / "plans" / name).write_text(text, encoding="utf-8")
    a = assistant_over(tmp_path, embedder)
    ans = a.ask("Chỉ tiêu gia đình học tập năm 2030 của huyện Dầu Tiếng là bao nhiêu?")
    assert not ans.refused and {c.doc for c in ans.citations} == {"dautieng_88.md"}
    assert "85%" in ans.answer and "41/KH-UBND" not in ans.answer
    ans = a.ask("Kế hoạch 88 của Dầu Tiếng: chỉ tiêu gia đình học tập năm 2025?")
    assert not ans.refused and {c.doc for c in ans.citations} == {"dautieng_88.md"} and "65%" in ans.answer
    # "hiện nay" of a plan no loaded plan amends reads the same whatever number it shares with an amended one
    same, alike = (a.ask(f"Hiện nay chỉ tiêu gia đình học tập năm 2030 của {p} là bao nhiêu?")
                   for p in ("Dầu Tiếng", "Bàu Bàng"))
    assert same.refused == alike.refused and len(same.citations) == len(alike.citations)
    ans = a.ask("Chỉ tiêu gia đình học tập năm 2030 của Phú Giáo hiện nay là bao nhiêu?")
    assert not ans.refused and ans.citations[0].doc == "phugiao_41.md" and "90%" in ans.answer
