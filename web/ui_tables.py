"""The Gradio tabs over the plans-as-data tables: "Chỉ tiêu" (targets across plans, with a bar chart) and
"Phân công" (the responsibility matrix: function × plan, task counts, a cell's cited tasks).

Rendering is plain functions over ``Target`` / ``Assignment`` lists, so tests can call them without a browser.
Everything from the plans is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from ingest.types import Assignment, Document, Target
from web.tables import select_targets

if TYPE_CHECKING:
    from chat.pipeline import Assistant

ALL = "__all__"
TARGET_COLUMNS = ["Kế hoạch", "Giá trị", "Năm", "Chỉ tiêu", "Phạm vi", "Mục"]
TARGET_WIDTHS = ["11%", "10%", "7%", "38%", "12%", "22%"]
ROLE_VI = {"standing": "thường trực", "lead": "chủ trì", "coordinate": "phối hợp", "request": "đề nghị"}


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def plan_name(doc: Document | None, doc_id: str) -> str:
    return doc.locality if doc is not None else doc_id


def concept_choices(targets: Sequence[Target]) -> list[tuple[str, str]]:
    """One choice per concept, labelled by its most common wording, most widely set concepts first."""
    wordings: dict[str, Counter[str]] = defaultdict(Counter)
    plans: dict[str, set[str]] = defaultdict(set)
    for t in targets:
        key = t.concept
        wordings[key][t.indicator] += 1
        plans[key].add(t.doc)
    order = sorted(wordings, key=lambda k: (-len(plans[k]), wordings[k].most_common(1)[0][0]))
    out = []
    for k in order:
        label = wordings[k].most_common(1)[0][0]
        label = label if len(label) <= 90 else label[:89].rstrip() + "…"
        out.append((f"{label} ({len(plans[k])} kế hoạch)", k))
    return out


def targets_for(targets: Sequence[Target], concept: str | None = None, doc: str | None = None,
                year: str | int | None = None) -> list[Target]:
    """The tab's filters (``ALL`` = no filter, the year as the dropdown gives it) over the API's selection."""
    def given(v: str | int | None) -> str | int | None:
        return None if v in (None, "", ALL) else v

    y = given(year)
    return select_targets(targets, doc=given(doc), concept=given(concept), year=None if y is None else int(y))


def targets_frame(targets: Sequence[Target], docs: dict[str, Document]) -> pd.DataFrame:
    rows = [[plan_name(docs.get(t.doc), t.doc), t.value, "" if t.year is None else str(t.year), t.indicator,
             t.scope, t.section] for t in targets]
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


def chart_frame(targets: Sequence[Target], docs: dict[str, Document]) -> pd.DataFrame:
    """Values of one indicator across plans (one bar per plan and year); percentages only when mixed units."""
    units = Counter(t.unit for t in targets)
    unit = units.most_common(1)[0][0] if units else "%"
    rows = []
    for t in targets:
        if t.unit != unit:
            continue
        year = "không rõ năm" if t.year is None else str(t.year)
        # one bar per plan and year side by side (a shared x would stack a plan's 2025 and 2030 values)
        rows.append({"Kế hoạch": f"{plan_name(docs.get(t.doc), t.doc)} · {year}", "Giá trị": t.number, "Năm": year})
    return pd.DataFrame(rows, columns=["Kế hoạch", "Giá trị", "Năm"])


def target_html(t: Target, doc: Document | None) -> str:
    where = esc(plan_name(doc, t.doc)) + " › " + esc(t.section)
    return (f'<div class="pq-muted">{where}</div><div class="pq-text">{esc(t.text)}</div>'
            f'<div class="pq-muted">Mã trích dẫn: {esc(t.id)} · Giá trị: {esc(t.value)}'
            f'{" · năm " + str(t.year) if t.year else ""}</div>')


def matrix_rows(assignments: Sequence[Assignment]) -> list[tuple[str, str]]:
    """(key, label) of every function, the most widely assigned first."""
    plans: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for a in assignments:
        plans[a.key].add(a.doc)
        labels.setdefault(a.key, a.label or a.agency)
    return sorted(labels.items(), key=lambda kv: (-len(plans[kv[0]]), kv[1]))


def matrix_frame(assignments: Sequence[Assignment], docs: dict[str, Document]) -> pd.DataFrame:
    """Function × plan grid; a cell holds the number of task lines assigned there ("" when none)."""
    order = sorted({a.doc for a in assignments} | set(docs))
    cells: dict[tuple[str, str], int] = defaultdict(int)
    present: set[tuple[str, str]] = set()
    for a in assignments:
        cells[(a.key, a.doc)] += len(a.tasks)
        present.add((a.key, a.doc))
    rows = []
    for key, label in matrix_rows(assignments):
        rows.append([label] + [str(cells[(key, d)]) + " nhiệm vụ" if (key, d) in present else "" for d in order])
    return pd.DataFrame(rows, columns=["Cơ quan / chức năng"] + [plan_name(docs.get(d), d) for d in order])


def cell_html(assignments: Sequence[Assignment], key: str, doc_id: str, doc: Document | None) -> str:
    found = [a for a in assignments if a.key == key and a.doc == doc_id]
    if not found:
        return f'<div class="pq-muted">{esc(plan_name(doc, doc_id))}: kế hoạch không giao nhiệm vụ cho cơ quan này.</div>'
    parts = []
    for a in found:
        tasks = "".join(f"<li>{esc(t.lstrip('-+•* ').strip())}</li>" for t in a.tasks) or "<li>(không tách được dòng nhiệm vụ)</li>"
        deadlines = ("<div class=\"pq-muted\">Thời hạn: " + esc("; ".join(a.deadlines)) + "</div>") if a.deadlines else ""
        parts.append(f'<div class="pq-muted">{esc(plan_name(doc, doc_id))} › {esc(a.section)} · '
                     f'vai trò: {esc(ROLE_VI.get(a.role, a.role))} · trích dẫn {esc(a.id)}</div>'
                     f"<h4>{esc(a.agency)}</h4><ol>{tasks}</ol>{deadlines}")
    return '<div class="pq-text">' + "<hr>".join(parts) + "</div>"


DOWNLOADS = ('<div class="pq-downloads">Tải về: <a href="/api/targets.csv" download>Chỉ tiêu (CSV)</a> · '
             '<a href="/api/targets.xlsx" download>Chỉ tiêu (Excel)</a> · '
             '<a href="/api/matrix.csv" download>Phân công (CSV)</a> · '
             '<a href="/api/matrix.xlsx" download>Phân công (Excel)</a></div>')


def add_table_tabs(get_assistant: Callable[[], Assistant]) -> tuple[Callable[[], tuple[Any, ...]], list[Any]]:
    """Create the two tabs inside the caller's ``gr.Tabs``; returns the on-load refresher and its outputs."""

    def data() -> tuple[list[Target], list[Assignment], dict[str, Document]]:
        a = get_assistant()
        return a.targets(), a.assignments(), {d.doc: d for d in a.documents()}

    def show_targets(concept: str, doc: str, year: str) -> tuple[Any, Any, str]:
        targets, _, docs = data()
        picked = targets_for(targets, concept, doc, year)
        chart_src = targets_for(targets, concept, ALL, year) if concept and concept != ALL else []
        return targets_frame(picked, docs), chart_frame(chart_src, docs), ""

    def open_target(concept: str, doc: str, year: str, evt: gr.SelectData) -> str:
        targets, _, docs = data()
        picked = targets_for(targets, concept, doc, year)
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not isinstance(row, int) or row >= len(picked):
            return ""
        return target_html(picked[row], docs.get(picked[row].doc))

    def open_cell(evt: gr.SelectData) -> str:
        _, assignments, docs = data()
        row, col = evt.index if isinstance(evt.index, (list, tuple)) else (evt.index, 0)
        keys = matrix_rows(assignments)
        order = sorted({a.doc for a in assignments} | set(docs))
        if row >= len(keys) or col < 1 or col > len(order):
            return '<div class="pq-muted">Chọn một ô của kế hoạch để xem nhiệm vụ được giao.</div>'
        return cell_html(assignments, keys[row][0], order[col - 1], docs.get(order[col - 1]))

    with gr.Tab("Chỉ tiêu", id="targets"):
        with gr.Row():
            concept = gr.Dropdown(label="Chỉ tiêu", choices=[("Tất cả chỉ tiêu", ALL)], value=ALL, elem_id="pq-t-concept", scale=3)
            plan = gr.Dropdown(label="Kế hoạch", choices=[("Tất cả kế hoạch", ALL)], value=ALL, elem_id="pq-t-plan", scale=2)
            year = gr.Dropdown(label="Năm", choices=[("Mọi năm", ALL)], value=ALL, elem_id="pq-t-year", scale=1)
        chart = gr.BarPlot(x="Kế hoạch", y="Giá trị", color="Năm", label="So sánh giữa các kế hoạch",
                           elem_id="pq-t-chart", height=260)
        table = gr.Dataframe(headers=TARGET_COLUMNS, interactive=False, wrap=True, elem_id="pq-t-table",
                             column_widths=TARGET_WIDTHS, max_height=420)
        passage = gr.HTML(elem_id="pq-t-passage")
        gr.HTML(DOWNLOADS)
    with gr.Tab("Phân công", id="matrix"):
        gr.Markdown("Mỗi ô: số nhiệm vụ kế hoạch giao cho cơ quan (cùng chức năng ở mọi cấp). Bấm vào ô để xem "
                    "nguyên văn các nhiệm vụ.", elem_classes=["pq-muted"])
        grid = gr.Dataframe(interactive=False, wrap=True, elem_id="pq-m-grid", max_height=480)
        cell = gr.HTML(elem_id="pq-m-cell")
        gr.HTML(DOWNLOADS)

    filters = [concept, plan, year]
    for f in filters:
        f.change(show_targets, inputs=filters, outputs=[table, chart, passage])
    table.select(open_target, inputs=filters, outputs=passage)
    grid.select(open_cell, outputs=cell)

    def refresh() -> tuple[Any, ...]:
        targets, assignments, docs = data()
        years = sorted({str(t.year) for t in targets if t.year})
        plans = [("Tất cả kế hoạch", ALL)] + [(f"{d.locality} ({d.doc})", d.doc) for d in docs.values()]
        return (gr.update(choices=[("Tất cả chỉ tiêu", ALL)] + concept_choices(targets), value=ALL),
                gr.update(choices=plans, value=ALL), gr.update(choices=[("Mọi năm", ALL)] + [(y, y) for y in years],
                                                               value=ALL),
                targets_frame(targets, docs), matrix_frame(assignments, docs))

    return refresh, [concept, plan, year, table, grid]
