"""The Gradio "Quản trị" tab: upload / delete plans, follow the re-index job, check a plan's outline.

Every action checks the admin key and calls the same plain functions as the HTTP admin routes
(``web.admin``), so the rules (validation before accepting, one job at a time) are the same.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from ingest.types import Document
from planqa.config import Settings
from web import admin
from web.errors import ApiError
from web.jobs import JobRegistry

if TYPE_CHECKING:
    from chat.pipeline import Assistant

KIND_NAMES = {"preamble": "Phần mở đầu", "roman": "Mục La Mã (I., II.)", "number": "Mục số (1., 2.1.)",
              "letter": "Mục chữ (a), b))", "closing": "Phần kết", "row": "Dòng bảng",
              "group": "Nhóm dòng bảng", "appendix": "Phụ lục"}
STATUS_NAMES = {"queued": "Đang chờ", "running": "Đang chạy", "done": "Hoàn tất", "failed": "Thất bại"}


def esc(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


def error_html(err: ApiError) -> str:
    return f'<div class="pq-card" style="border-color:#c62828"><b>Lỗi:</b> {esc(err.vi)}<br>' \
           f'<span class="pq-muted">{esc(err.en)}</span></div>'


def job_html(view: dict) -> str:
    """A job as a progress bar with its stage, warnings and error."""
    pct = int(view.get("percent", 0))
    status = STATUS_NAMES.get(view.get("status", ""), view.get("status", ""))
    rows = [f'<div><b>Tác vụ {esc(view.get("id"))}</b> ({esc(view.get("kind"))}) — {esc(status)} · {pct}%</div>',
            f'<progress max="100" value="{pct}" style="width:100%"></progress>',
            f'<div class="pq-muted">{esc(view.get("stage") or view.get("message"))}</div>']
    if view.get("status") == "done":
        rows.append(f"<div>{esc(view.get('message'))}</div>")
    rows += [f'<div style="color:#b26a00">⚠ {esc(w)}</div>' for w in view.get("warnings") or []]
    if view.get("error"):
        rows.append(f'<div style="color:#c62828">✖ {esc(view["error"])}</div>')
    return f'<div class="pq-card" id="pq-job">{"".join(rows)}</div>'


def outline_report(doc: Document, chunks: int) -> str:
    """Counts by section kind, agencies found, and the sections tree: what an admin checks after an upload."""
    kinds = Counter(s.kind for s in doc.sections)
    counts = "".join(f"<dt>{esc(KIND_NAMES.get(k, k))}</dt><dd>{n}</dd>" for k, n in kinds.items())
    agencies = sum(1 for s in doc.sections if s.agency)
    warn = "" if any(s.kind in ("roman", "number", "letter") for s in doc.sections) else \
        '<p style="color:#b26a00">⚠ Không tìm thấy mục nào (I., 1., a)…): kiểm tra lại định dạng tệp.</p>'
    tree = "".join(
        f'<div style="padding-left:{1.2 * (s.level - 1):.1f}em">{esc(s.heading or "(Phần mở đầu)")}'
        + (f' <span class="pq-muted">· {esc(s.agency)}</span>' if s.agency else "")
        + f' <span class="pq-muted">[{s.end - s.start} ký tự]</span></div>'
        for s in doc.sections)
    return (f'<div class="pq-card" id="pq-outline-check"><h3>{esc(doc.title)}</h3>'
            f"<dl><dt>Mã tệp</dt><dd>{esc(doc.doc)}</dd><dt>Số mục</dt><dd>{len(doc.sections)}</dd>{counts}"
            f"<dt>Cơ quan được giao</dt><dd>{agencies}</dd><dt>Đoạn trích</dt><dd>{chunks}</dd></dl>{warn}"
            f'<details open><summary>Cây mục lục</summary><div style="max-height:420px;overflow:auto">{tree}'
            "</div></details></div>")


class AdminActions:
    """The tab's event handlers, each guarded by the admin key; plain methods so they can be tested directly."""

    def __init__(self, get_assistant: Callable[[], Assistant], settings: Settings, jobs: JobRegistry) -> None:
        self.get_assistant, self.settings, self.jobs = get_assistant, settings, jobs

    def plan_choices(self) -> list[tuple[str, str]]:
        return [(f"{d.locality} — {d.doc}", d.doc) for d in self.get_assistant().documents()]

    def _started(self, result: dict) -> tuple[str, str | None, Any]:
        view = admin.job_view(self.jobs.get(result["job"]), result["job"])
        return job_html(view), result["job"], gr.Timer(active=True)

    def upload(self, key: str, path: str | None) -> tuple[str, str | None, Any]:
        """Validate and accept a file (same rules as ``POST /api/plans``): (job html, job id, timer)."""
        try:
            admin.check_admin_key(self.settings, key)
            if not path:
                raise ApiError(400, "no_file", "Chưa chọn tệp.", "No file chosen.")
            result = admin.accept_upload(self.get_assistant(), self.jobs, self.settings, Path(path).name,
                                         Path(path).read_bytes())
        except ApiError as err:
            return error_html(err), None, gr.Timer(active=False)
        return self._started(result)

    def delete(self, key: str, doc: str | None) -> tuple[str, str | None, Any]:
        """Remove a plan (same rules as ``DELETE /api/plans/{doc}``): (job html, job id, timer)."""
        try:
            admin.check_admin_key(self.settings, key)
            if not doc:
                raise ApiError(400, "no_plan", "Chưa chọn kế hoạch.", "No plan chosen.")
            result = admin.remove_plan(self.get_assistant(), self.jobs, doc)
        except ApiError as err:
            return error_html(err), None, gr.Timer(active=False)
        return self._started(result)

    def poll(self, key: str, job_id: str | None) -> tuple[str, Any, Any]:
        """The job's progress; stops the timer (and refreshes the plan list) when it ends."""
        try:
            admin.check_admin_key(self.settings, key)
            view = admin.job_view(self.jobs.get(job_id or ""), job_id or "")
        except ApiError as err:
            return error_html(err), gr.Timer(active=False), gr.update()
        finished = view["status"] in ("done", "failed")
        choices = gr.update(choices=self.plan_choices(), value=None) if finished else gr.update()
        return job_html(view), gr.Timer(active=not finished), choices

    def outline(self, key: str, doc_id: str | None) -> str:
        """The outline check of one plan."""
        try:
            admin.check_admin_key(self.settings, key)
            if not doc_id:
                return ""
            doc = admin.find_plan(self.get_assistant(), doc_id)
        except ApiError as err:
            return error_html(err)
        chunks = sum(1 for c in self.get_assistant().chunks() if c.doc == doc.doc)
        return outline_report(doc, chunks)


def build_admin_tab(get_assistant: Callable[[], Assistant], settings: Settings, jobs: JobRegistry) -> AdminActions:
    """Render the tab inside the current ``gr.Tabs`` context."""
    act = AdminActions(get_assistant, settings, jobs)
    with gr.Tab("Quản trị", id="admin") as tab:
        gr.Markdown("Thêm, xoá kế hoạch và kiểm tra mục lục. Cần **khoá quản trị** (`PLANQA_ADMIN_API_KEY`). "
                    "Tệp được kiểm tra trước khi nhận; chỉ mục cũ vẫn phục vụ cho đến khi cập nhật xong.",
                    elem_classes=["pq-muted"])
        key = gr.Textbox(label="Khoá quản trị", type="password", elem_id="pq-admin-key")
        job_id = gr.State(None)
        timer = gr.Timer(1.0, active=False)
        with gr.Row(equal_height=False):
            with gr.Column():
                upload_file = gr.File(label="Tải lên kế hoạch (.txt, .md, .docx, .odt, .rtf, .pdf, .html, phụ lục .xlsx)", type="filepath",
                                      file_types=list(admin.UPLOAD_EXTENSIONS), elem_id="pq-admin-file")
                upload_btn = gr.Button("Thêm kế hoạch", variant="primary", elem_id="pq-admin-upload")
                delete_pick = gr.Dropdown(label="Kế hoạch cần xoá", choices=[], elem_id="pq-admin-delete-pick")
                delete_btn = gr.Button("Xoá kế hoạch", variant="stop", elem_id="pq-admin-delete")
                job_box = gr.HTML(elem_id="pq-admin-job")
            with gr.Column():
                outline_pick = gr.Dropdown(label="Kiểm tra mục lục của kế hoạch", choices=[],
                                           elem_id="pq-admin-outline-pick")
                outline_box = gr.HTML(elem_id="pq-admin-outline")

        upload_btn.click(act.upload, inputs=[key, upload_file], outputs=[job_box, job_id, timer])
        delete_btn.click(act.delete, inputs=[key, delete_pick], outputs=[job_box, job_id, timer])
        timer.tick(act.poll, inputs=[key, job_id], outputs=[job_box, timer, delete_pick], show_progress="hidden")
        outline_pick.change(act.outline, inputs=[key, outline_pick], outputs=outline_box)
        tab.select(lambda: (gr.update(choices=act.plan_choices()),) * 2, outputs=[delete_pick, outline_pick],
                   queue=False)
    return act
