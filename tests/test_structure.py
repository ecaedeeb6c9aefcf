"""Targets table and responsibility matrix: acceptance on the five bundled plans (real e5 model, real index
build) against the hand-checked gold in eval/gold/, and extraction on small made-up plans of other shapes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from eval.structure import load_gold, score_structure
from index.concepts import normalise, slug
from ingest.load import load_plan
from ingest.matrix import extract_matrix
from ingest.targets import extract_targets
from ingest.types import PATH_SEP, Document, Section

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold"

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
KẾ HOẠCH
Xây dựng xã hội học tập năm 2025 trên địa bàn xã An Bình
Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao dân trí, tạo cơ hội học tập cho 100% người dân.
II. MỤC TIÊU
1. Chỉ tiêu cụ thể
a. Ít nhất 45% công dân đạt danh hiệu “Công dân học tập”.
b. Tỷ lệ lao động qua đào tạo đạt 68-70%.
c. Duy trì đạt chuẩn xóa mù chữ mức độ 2.
d. Có ít nhất 6 thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn; khoảng 55,5% hộ gia đình đạt danh hiệu “Gia đình học tập”.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Huy động nguồn lực
- Vận động tổng quỹ khuyến học xã đạt trên 150 triệu đồng.
- Triển khai Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ, Điều 5 Thông tư số 44/2014/TT-BGDĐT.
IV. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
- Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; báo cáo trước ngày 10/12/2025.
2. Công chức Văn phòng - Thống kê
- Phối hợp cập nhật số liệu dân số, lao động.
3. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể
- Đề nghị Hội Liên hiệp Phụ nữ xã vận động hội viên đăng ký danh hiệu “Gia đình học tập”.
- Đoàn Thanh niên xã: tổ chức sinh hoạt hè cho thiếu nhi trong Quý III/2025.
4. Trưởng các thôn
- Tuyên truyền, vận động người dân tham gia học tập.
Trên đây là Kế hoạch xây dựng xã hội học tập năm 2025 của xã An Bình./.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("plans") / "anbinh.txt"
    path.write_text(COMMUNE_PLAN, encoding="utf-8")
    return load_plan(path)


def _by_value(targets):
    return {t.value: t for t in targets}


def test_commune_targets_qualifiers_ranges_levels_and_vnd(commune):
    got = _by_value(extract_targets(commune))
    assert set(got) == {"Ít nhất 45%", "68-70%", "mức độ 2", "ít nhất 6", "khoảng 55,5%", "trên 150 triệu đồng"}
    assert (got["Ít nhất 45%"].number, got["Ít nhất 45%"].bound, got["Ít nhất 45%"].unit) == (45.0, "min", "%")
    assert (got["68-70%"].number, got["68-70%"].number_max, got["68-70%"].bound) == (68.0, 70.0, "range")
    assert got["68-70%"].indicator == "lao động qua đào tạo"
    assert (got["mức độ 2"].unit, got["mức độ 2"].number) == ("level", 2.0)
    assert (got["ít nhất 6"].unit, got["ít nhất 6"].bound) == ("count", "min")
    assert (got["khoảng 55,5%"].number, got["khoảng 55,5%"].bound) == (55.5, "approx")
    vnd = got["trên 150 triệu đồng"]
    assert (vnd.unit, vnd.number, vnd.bound, vnd.kind) == ("VND", 150e6, "min", "task")
    assert all(t.year == 2025 for t in got.values())  # an annual plan's single year
    for t in got.values():
        assert commune.text[t.start:t.end] == t.text and t.value in t.text
    # not targets: "100%" in the purposes, legal references, dates and article numbers
    assert not any(t.section.startswith("I.") for t in got.values())


def _doc_with_rows(rows: list[str], heading: str = "2. Chỉ tiêu cụ thể") -> Document:
    head = "II. MỤC TIÊU"
    text = "\n".join([head, heading, *rows])
    secs = [Section(0, "roman", "II.", "MỤC TIÊU", 1, None, (head,), 0, len(head) + 1, len(text))]
    pos = len(head) + 1
    secs.append(Section(1, "number", "2.", heading[3:], 2, 0, (head, heading), pos, pos + len(heading) + 1, len(text)))
    pos += len(heading) + 1
    for i, row in enumerate(rows):
        secs.append(Section(2 + i, "row", "", row[:40], 3, 1, (head, heading, row[:40]), pos, pos, pos + len(row)))
        pos += len(row) + 1
    return Document(doc="bang.docx", title="Kế hoạch xây dựng xã hội học tập giai đoạn 2025-2030",
                    locality="Quảng Trị", level="tỉnh/thành phố", number=None, year=2024, period="2025-2030",
                    text=text, sections=secs)


def test_table_row_targets_take_the_year_from_the_header_cell():
    doc = _doc_with_rows([
        "STT: 1 | Chỉ tiêu: Tỷ lệ công dân đạt danh hiệu “Công dân học tập” | Năm 2025: 60% | Năm 2030: 80%",
        "STT: 2 | Chỉ tiêu: Tỷ lệ lao động qua đào tạo | Năm 2025: Khoảng 65% | Năm 2030: 70-75%",
        "STT: 3 | Chỉ tiêu: Đơn vị cấp huyện đạt chuẩn xóa mù chữ mức độ 2 | Năm 2025: 100% | Năm 2030: 100%",
    ])
    got = [(t.year, t.value, t.bound) for t in extract_targets(doc)]
    assert got == [(2025, "60%", "eq"), (2030, "80%", "eq"), (2025, "Khoảng 65%", "approx"),
                   (2030, "70-75%", "range"), (2025, "100%", "eq"), (2030, "100%", "eq")]
    first = extract_targets(doc)[0]
    assert first.indicator == "công dân đạt danh hiệu “Công dân học tập”"
    assert first.section.endswith(PATH_SEP + "2. Chỉ tiêu cụ thể" + PATH_SEP + first.section.split(PATH_SEP)[-1])


def test_commune_matrix_functions_levels_roles(commune):
    rows = {a.agency: a for a in extract_matrix(commune)}
    assert list(rows) == ["Công chức Văn hóa - Xã hội", "Công chức Văn phòng - Thống kê",
                          "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể", "Đề nghị Hội Liên hiệp Phụ nữ xã",
                          "Đoàn Thanh niên xã", "Trưởng các thôn"]
    first = rows["Công chức Văn hóa - Xã hội"]
    assert (first.role, first.level, first.deadlines) == ("standing", "commune", ("trước ngày 10/12/2025",))
    assert (rows["Công chức Văn phòng - Thống kê"].key, rows["Công chức Văn phòng - Thống kê"].role) == \
        ("home_affairs", "coordinate")
    group = rows["Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể"]
    assert (group.key, group.level, group.role, group.is_group) == ("fatherland_front", "organisation", "request", True)
    women, youth = rows["Đề nghị Hội Liên hiệp Phụ nữ xã"], rows["Đoàn Thanh niên xã"]
    assert (women.key, women.role, women.parent) == ("womens_union", "request", group.id)
    assert (youth.key, youth.parent, youth.deadlines) == ("youth_union", group.id, ("trong Quý III/2025",))
    assert rows["Trưởng các thôn"].key == "village_heads"
    assert all(commune.text[a.start:a.end].strip() for a in rows.values())


def test_concept_phrases_are_normalised_and_slugged():
    assert normalise("100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2") == \
        normalise("Tỷ lệ quận, huyện đạt chuẩn xóa mù chữ mức độ 2")
    assert slug("công dân danh hiệu công dân học tập") == "cong_dan_danh_hieu_cong_dan_hoc"  # 7 words


@pytest.fixture(scope="module")
def structure(built_settings):
    from index.store import load_index

    ix = load_index(built_settings)
    assert (ix.path / "structure.sqlite3").exists()
    return ix.targets, ix.assignments


def test_five_plans_meet_the_acceptance_bar(structure):
    targets, assignments = structure
    gold_targets, gold_agencies = load_gold(GOLD)
    report = score_structure(targets, assignments, gold_targets, gold_agencies)
    t, c, a, f = report["targets"], report["concepts"], report["agencies"], report["functions"]
    assert t["precision"] >= 0.95 and t["recall"] >= 0.95, report["unmatched"]
    assert c["agreement"] >= 0.90 and c["purity"] >= 0.90, c
    assert a["recall"] >= 0.95 and a["precision"] >= 0.90, report["unmatched"]
    assert f["agreement"] >= 0.95, f


def test_structure_api_json_csv_xlsx(built_settings, assistant):
    from fastapi.testclient import TestClient

    from tests.conftest import HANOI
    from web.api import create_app

    with TestClient(create_app(built_settings, assistant, with_ui=False)) as client:
        rows = client.get("/api/targets", params={"doc": HANOI, "year": 2030, "q": "cong dan hoc tap"}).json()
        assert [r["value"] for r in rows] == ["70%"] and rows[0]["concept"]
        same = client.get("/api/targets", params={"concept": rows[0]["concept"]}).json()
        assert len({r["doc"] for r in same}) == 3  # Huế, Mỹ Lộc, Hà Nội set it
        matrix = client.get("/api/matrix").json()
        assert HANOI in matrix["plans"]
        home = next(r for r in matrix["rows"] if r["key"] == "home_affairs")
        assert home["label"] == "Nội vụ" and len(home["cells"]) >= 4
        cell = home["cells"][HANOI][0]
        assert {"agency", "level", "role", "section", "tasks", "deadlines", "id"} <= set(cell)
        body = client.get("/api/targets.csv").content
        assert body.startswith(b"\xef\xbb\xbf")
        assert next(csv.reader(io.StringIO(body.decode("utf-8-sig"))))[:3] == ["id", "doc", "indicator"]
        assert client.get("/api/matrix.csv").content.startswith(b"\xef\xbb\xbf")
        for path in ("/api/targets.xlsx", "/api/matrix.xlsx"):
            r = client.get(path)
            assert r.status_code == 200 and r.content[:2] == b"PK"


def test_structure_sqlite_round_trip(commune, tmp_path):
    from index.tables import read_structure, write_structure

    targets, assignments = extract_targets(commune), extract_matrix(commune)
    write_structure(tmp_path / "structure.sqlite3", targets, assignments)
    assert read_structure(tmp_path / "structure.sqlite3") == (targets, assignments)
    assert read_structure(tmp_path / "missing.sqlite3") == ([], [])
