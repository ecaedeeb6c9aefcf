"""Admin actions as plain functions, shared by the HTTP routes and the Gradio "Quản trị" tab.

An upload is validated synchronously (readable, a real plan, not a copy of a loaded one) before a job is
accepted, and validated again inside the job; the index changes only when the whole build succeeds.
"""

from __future__ import annotations

import hmac
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import IngestError, UploadRejected
from ingest.load import SUPPORTED as UPLOAD_EXTENSIONS
from ingest.types import Document
from ingest.validate import Validated, validate_upload
from planqa.config import Settings
from web.errors import ApiError
from web.jobs import Job, JobBusyError, JobRegistry, Progress

if TYPE_CHECKING:
    from chat.pipeline import Assistant

# an upload refused for one of these reasons gets this status; any other IngestError is 422
REJECT_STATUS = {"zip_bomb": 413, "duplicate": 409}
JOB_FIELDS = ("id", "kind", "status", "progress", "percent", "stage", "message", "error", "warnings")


def check_admin_key(settings: Settings, given: str | None) -> None:
    """403 when no admin key is configured, 401 when ``given`` is missing or wrong (constant-time compare)."""
    if not settings.admin_api_key:
        raise ApiError(403, "admin_disabled", "Chức năng quản trị đang tắt (chưa cấu hình khoá).",
                       "Admin disabled: no admin API key is configured.")
    if not hmac.compare_digest((given or "").encode(), settings.admin_api_key.encode()):
        raise ApiError(401, "unauthorized", "Thiếu hoặc sai khoá quản trị (X-API-Key).",
                       "Missing or wrong admin key (X-API-Key).")


def safe_filename(name: str) -> str:
    """A plan id from an uploaded name: base name only, letters/digits/._- (Vietnamese letters kept)."""
    base = Path(unicodedata.normalize("NFC", name).replace("\\", "/")).name.strip()
    stem, ext = Path(base).stem, Path(base).suffix.lower()
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "plan"
    return f"{stem[:100]}{ext}"


def check_upload_name(filename: str | None, known_docs: Collection[str]) -> str:
    name = safe_filename(filename or "")
    ext = Path(name).suffix
    if ext not in UPLOAD_EXTENSIONS:
        raise ApiError(
            415, "unsupported_type",
            f"Định dạng tệp {ext or '(không có đuôi)'} không được hỗ trợ; chỉ nhận {', '.join(UPLOAD_EXTENSIONS)}.",
            f"Unsupported file type {ext or '(no extension)'}; accepted: {', '.join(UPLOAD_EXTENSIONS)}.",
        )
    if name in known_docs:
        raise ApiError(409, "plan_exists", f"Kế hoạch {name} đã có; hãy xoá trước khi tải lại.",
                       f"Plan {name} already exists; delete it first to replace it.")
    return name


def check_upload_size(data: bytes, max_mb: int) -> None:
    if len(data) > max_mb * 1024 * 1024:
        raise ApiError(413, "file_too_large", f"Tệp vượt quá {max_mb} MB.", f"The file is larger than {max_mb} MB.")
    if not data.strip():
        raise ApiError(400, "empty_file", "Tệp tải lên rỗng.", "The uploaded file is empty.")


def rejection(exc: IngestError) -> ApiError:
    """The HTTP form of an ingest error: 413 zip bomb, 409 duplicate, 422 anything else."""
    code = exc.code if isinstance(exc, UploadRejected) else "invalid_plan"
    extra = exc.extra if isinstance(exc, UploadRejected) else {}
    return ApiError(REJECT_STATUS.get(code, 422), code, exc.vi, exc.en, **extra)


def check_upload(assistant: Assistant, name: str, data: bytes) -> Validated:
    """Validate an upload against the loaded plans; raises ``ApiError`` (413/409/422) when refused."""
    try:
        return validate_upload(data, name, assistant.documents())
    except IngestError as exc:
        raise rejection(exc) from None


def reindex_job(assistant: Assistant, *, extra_file: Path | None = None, remove_doc: str | None = None,
                cleanup: Path | None = None, warnings: Collection[str] = ()) -> Callable[[Progress], str]:
    """The work of one job: (re-validate an upload,) build a new index version; swapped in only on success."""

    def work(progress: Progress) -> str:
        try:
            if extra_file is not None:  # defence in depth: the plans may have changed since the upload
                progress(0.01, "Kiểm tra tệp / checking the file")
                validate_upload(extra_file.read_bytes(), extra_file.name, assistant.documents())
            assistant.reindex(extra_file=extra_file, remove_doc=remove_doc, progress=progress)
        finally:
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)
        done = "Đã cập nhật chỉ mục. / Index updated."
        return f"{done} Cảnh báo / Warning: {' '.join(warnings)}" if warnings else done

    return work


def submit(jobs: JobRegistry, kind: str, work: Callable[[Progress], str], message: str,
           cleanup: Path | None = None, warnings: Collection[str] = ()) -> dict:
    """Start a job; 409 while another one runs."""
    try:
        job = jobs.submit(kind, work, message, warnings=list(warnings))
    except JobBusyError as busy:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
        raise ApiError(409, "job_running", f"Đang có tác vụ cập nhật chỉ mục ({busy.job.id}); vui lòng chờ.",
                       f"Another re-index job ({busy.job.id}) is running; please wait.", job=busy.job.id) from None
    return {"job": job.id, "status": job.status, "warnings": list(job.warnings)}


def accept_upload(assistant: Assistant, jobs: JobRegistry, settings: Settings, filename: str | None,
                  data: bytes) -> dict:
    """Validate an upload synchronously, then re-index in the background: ``{"job", "status", "warnings"}``."""
    name = check_upload_name(filename, {d.doc for d in assistant.documents()})
    check_upload_size(data, settings.max_upload_mb)
    checked = check_upload(assistant, name, data)
    staging = Path(tempfile.mkdtemp(prefix="planqa-upload-"))
    (staging / name).write_bytes(data)
    work = reindex_job(assistant, extra_file=staging / name, cleanup=staging, warnings=checked.warnings)
    return submit(jobs, "upload", work, f"Đang thêm {name}", cleanup=staging, warnings=checked.warnings)


def find_plan(assistant: Assistant, doc: str) -> Document:
    found = assistant.document(doc)
    if found is None:
        raise ApiError(404, "plan_not_found", f"Không tìm thấy kế hoạch {doc}.", f"Plan {doc} not found.",
                       valid=sorted(d.doc for d in assistant.documents()))
    return found


def remove_plan(assistant: Assistant, jobs: JobRegistry, doc: str) -> dict:
    """Remove a plan in the background: ``{"job", "status"}``; 404 for an unknown plan."""
    find_plan(assistant, doc)
    return submit(jobs, "delete", reindex_job(assistant, remove_doc=doc), f"Đang xoá {doc}")


def job_view(job: Job | None, job_id: str) -> dict:
    """What ``GET /api/jobs/{id}`` shows: status, ``progress`` (0–1), ``percent`` (0–100) and the stage."""
    if job is None:
        raise ApiError(404, "job_not_found", f"Không có tác vụ {job_id}.", f"Job {job_id} not found.")
    view = job.to_dict()
    return {k: view[k] for k in JOB_FIELDS}
