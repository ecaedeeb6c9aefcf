"""The Gradio tables' plain rendering functions over made-up targets and assignments (no browser)."""

from __future__ import annotations

from ingest.types import Assignment, Document, Target
from web.ui_tables import (
    ALL,
    cell_html,
    chart_frame,
    concept_choices,
    matrix_frame,
    target_html,
    targets_for,
)


def _doc(doc: str, locality: str) -> Document:
    return Document(doc=doc, title="Kế hoạch xây dựng xã hội học tập", locality=locality, level="huyện",
                    number=None, year=2025, period=None, text="")


def _target(doc: str, n: float, year: int | None, concept: str = "cong_dan_hoc_tap", unit: str = "%") -> Target:
    return Target(id=f"{doc}#t{int(n)}", doc=doc, indicator="công dân học tập", value=f"{n:g}%", number=n, unit=unit,
                  bound="eq", year=year, scope="", section="II. MỤC TIÊU", section_id=1,
                  text=f"Phấn đấu {n:g}% công dân học tập <b>", start=0, end=10, concept=concept)


DOCS = {"a.txt": _doc("a.txt", "Tân Lập"), "b.docx": _doc("b.docx", "Quảng Trị")}


def test_concepts_filters_and_chart():
    targets = [_target("a.txt", 40, 2025), _target("b.docx", 60, 2025), _target("b.docx", 80, 2030),
               _target("a.txt", 3, None, concept="so_lop", unit="count")]
    choices = concept_choices(targets)
    assert choices[0] == ("công dân học tập (2 kế hoạch)", "cong_dan_hoc_tap")
    assert len(targets_for(targets, "cong_dan_hoc_tap", ALL, "2025")) == 2
    assert [t.doc for t in targets_for(targets, ALL, "a.txt", ALL)] == ["a.txt", "a.txt"]
    chart = chart_frame(targets_for(targets, "cong_dan_hoc_tap"), DOCS)
    assert sorted(chart["Giá trị"]) == [40, 60, 80] and set(chart["Kế hoạch"]) == {"Tân Lập · 2025", "Quảng Trị · 2025", "Quảng Trị · 2030"}
    assert "&lt;b&gt;" in target_html(targets[0], DOCS["a.txt"])  # plan text is escaped


def test_matrix_grid_and_cell():
    rows = [Assignment(id="a.txt#a0", doc="a.txt", agency="Công chức Văn phòng - Thống kê", key="home_affairs",
                       label="Nội vụ", level="commune", role="lead", section="V › 2", section_id=3, start=0, end=1,
                       tasks=("Tham mưu <i>bồi dưỡng</i>", "Báo cáo"), deadlines=("trước ngày 15/12",)),
            Assignment(id="b.docx#a1", doc="b.docx", agency="Sở Nội vụ", key="home_affairs", label="Nội vụ",
                       level="province", role="coordinate", section="V › 3", section_id=4, start=0, end=1,
                       tasks=("Phối hợp",))]
    grid = matrix_frame(rows, DOCS)
    assert list(grid.columns) == ["Cơ quan / chức năng", "Tân Lập", "Quảng Trị"]
    assert grid.iloc[0].tolist() == ["Nội vụ", "2 nhiệm vụ", "1 nhiệm vụ"]
    html = cell_html(rows, "home_affairs", "a.txt", DOCS["a.txt"])
    assert "&lt;i&gt;" in html and "trước ngày 15/12" in html and "chủ trì" in html
    assert "không giao" in cell_html(rows, "police", "a.txt", DOCS["a.txt"])
