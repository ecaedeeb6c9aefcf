"""The HTTP service: JSON + SSE API, the embeddable widget, and the Gradio UI mounted at ``/``.

Routes stay thin: validation and serialisation live in plain functions below so they can be tested
and reused without HTTP. Every error a caller can fix is answered with a Vietnamese + English message.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Collection, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, File, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.sse import EventSourceResponse
from pydantic import BaseModel, Field
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from chat.types import Turn
from index.store import IndexMissing
from ingest.types import Chunk, Document, Section
from planqa.config import Settings
from web import admin
from web.admin import check_admin_key, check_upload_name, reindex_job, safe_filename  # noqa: F401 - re-exported
from web.errors import ApiError
from web.feedback import RATINGS, save_feedback
from web.jobs import JobRegistry
from web.ratelimit import RateLimitMiddleware
from web.tables import (
    MATRIX_COLUMNS,
    TARGET_COLUMNS,
    filter_targets,
    matrix_records,
    matrix_view,
    to_csv,
    to_xlsx,
)
from web.timeout import TimeoutMiddleware

if TYPE_CHECKING:
    from chat.pipeline import Assistant

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
ROLES = ("user", "assistant")
MAX_HISTORY_TURNS = 20
MAX_JSON_BODY = 256 * 1024
ASK_PATHS = ("/api/ask", "/api/ask/stream")


# ---------------------------------------------------------------- request bodies


class HistoryTurn(BaseModel):
    role: str = Field(description='"user" or "assistant"')
    content: str


class AskRequest(BaseModel):
    question: str = Field(description="Câu hỏi bằng tiếng Việt (có hoặc không dấu)")
    history: list[HistoryTurn] = Field(default_factory=list, description="Previous turns, oldest first")
    plans: list[str] | None = Field(default=None, description="Restrict to these plan ids (file names)")


class FeedbackRequest(BaseModel):
    question: str
    answer_id: str
    rating: str = Field(description='"up" or "down"')
    comment: str | None = None


class SignerView(BaseModel):
    name: str = Field(description="Người ký, e.g. Nguyễn Văn A")
    capacity: str = Field(description='Cương vị ký, e.g. "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"')


class PlanSummary(BaseModel):
    """One plan in ``GET /api/plans``: its metadata and size."""

    id: str = Field(description="Plan id (file name), used in citations")
    title: str
    locality: str = Field(description="The issuing unit's own place (a commune plan → the commune)")
    level: str = Field(description='"tỉnh/thành phố" | "huyện" | "xã"')
    parents: list[str] = Field(description="Enclosing units, nearest first (district, province)")
    number: str | None = Field(description='e.g. "112/KH-UBND"; null when the copy leaves it blank')
    issued: str | None = Field(description="Date of issue, YYYY-MM-DD; null when blank")
    period: str | None = Field(description='e.g. "2021-2030" or "2025"')
    signer: SignerView | None
    sections: int
    chunks: int


@dataclass
class AskArgs:
    question: str
    history: list[Turn]
    plans: list[str] | None


# ---------------------------------------------------------------- plain functions


def parse_ask(req: AskRequest, max_chars: int, known_docs: Collection[str]) -> AskArgs:
    """Validate a question before any retrieval work, so mistakes come back as 4xx, not as odd answers."""
    question = req.question.strip()
    if not question:
        raise ApiError(422, "empty_question", "Câu hỏi đang trống.", "The question is empty.")
    if len(question) > max_chars:
        raise ApiError(
            422, "question_too_long",
            f"Câu hỏi dài {len(question)} ký tự, vượt giới hạn {max_chars} ký tự.",
            f"The question has {len(question)} characters, over the {max_chars}-character limit.",
            max_chars=max_chars,
        )
    history: list[Turn] = []
    for i, turn in enumerate(req.history[-MAX_HISTORY_TURNS:]):
        if turn.role not in ROLES:
            raise ApiError(
                422, "bad_role",
                f"Lượt hội thoại {i} có vai trò không hợp lệ {turn.role!r}; chỉ chấp nhận 'user' hoặc 'assistant'.",
                f"History turn {i} has invalid role {turn.role!r}; expected 'user' or 'assistant'.",
            )
        history.append(Turn(role=turn.role, content=turn.content[: 4 * max_chars]))
    plans = list(dict.fromkeys(req.plans)) if req.plans else None
    if plans:
        unknown = [p for p in plans if p not in known_docs]
        if unknown:
            raise ApiError(
                422, "unknown_plan",
                f"Không có kế hoạch: {', '.join(unknown)}. Mã hợp lệ: {', '.join(sorted(known_docs))}.",
                f"Unknown plan id(s): {', '.join(unknown)}. Valid ids: {', '.join(sorted(known_docs))}.",
                unknown=unknown, valid=sorted(known_docs),
            )
    return AskArgs(question, history, plans)


def plan_summary(doc: Document, chunks: int) -> dict:
    """The fields of ``PlanSummary``, exactly (the evaluation reads them)."""
    signer = {"name": doc.signer.name, "capacity": doc.signer.capacity} if doc.signer else None
    return {"id": doc.doc, "title": doc.title, "locality": doc.locality, "level": doc.level,
            "parents": list(doc.parents), "number": doc.number, "issued": doc.issued, "period": doc.period,
            "signer": signer, "sections": len(doc.sections), "chunks": chunks}


def section_view(s: Section) -> dict:
    return {"id": s.id, "kind": s.kind, "label": s.label, "title": s.title, "level": s.level,
            "parent": s.parent, "path": list(s.path), "agency": s.agency, "start": s.start, "end": s.end}


def plan_outline(doc: Document, chunks: int) -> dict:
    return {**plan_summary(doc, chunks), "sections": [section_view(s) for s in doc.sections]}


def passage_view(chunk: Chunk, doc: Document | None) -> dict:
    view = asdict(chunk)
    if doc is not None:
        view.update(number=doc.number, year=doc.year)
    return view


def chunk_counts(assistant: Assistant) -> dict[str, int]:
    """Chunks per plan, for the plan list and /healthz."""
    counts: dict[str, int] = {}
    for chunk in assistant.chunks():
        counts[chunk.doc] = counts.get(chunk.doc, 0) + 1
    return counts


def sse(event: str, data: Any) -> str:
    """One Server-Sent Event; JSON on a single ``data:`` line (JSON never contains raw newlines)."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _bounded(events: Iterator[Any], slots: threading.BoundedSemaphore) -> Iterator[Any]:
    """``events`` produced while holding one of the answering slots (released when done or abandoned)."""
    with slots:
        yield from events


async def stream_answer(events: Iterator[Any]) -> AsyncIterator[str]:
    """Relay ``Assistant.ask_stream`` as SSE; the generator runs in a worker thread (it blocks on the model)."""
    try:
        async for ev in iterate_in_threadpool(events):
            if ev.kind == "delta" and ev.text:
                yield sse("delta", {"text": ev.text})
            elif ev.kind == "final":
                yield sse("final", ev.answer.to_dict())
    except Exception:
        log.exception("streaming answer failed")
        err = ApiError(500, "internal", "Đã có lỗi khi tạo câu trả lời, vui lòng thử lại.",
                       "Something went wrong while answering; please try again.")
        yield sse("error", err.to_dict())


async def read_upload(file: UploadFile, max_mb: int) -> bytes:
    limit = max_mb * 1024 * 1024
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise ApiError(413, "file_too_large", f"Tệp vượt quá {max_mb} MB.", f"The file is larger than {max_mb} MB.")
    if not data.strip():
        raise ApiError(400, "empty_file", "Tệp tải lên rỗng.", "The uploaded file is empty.")
    return data


# ---------------------------------------------------------------- app plumbing


class AssistantHolder:
    """Builds the assistant on first use, so the server starts (and /docs works) before models load."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self._settings, self._assistant, self._lock = settings, assistant, threading.Lock()

    def get(self) -> Assistant:
        if self._assistant is None:
            with self._lock:
                if self._assistant is None:
                    from chat.pipeline import Assistant

                    self._assistant = Assistant.from_settings(self._settings)
        return self._assistant


class SecurityHeaders:
    """Conservative headers everywhere; strict CSP + no-store on the JSON API; cross-origin load of widget.js."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                defaults = {
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"strict-origin-when-cross-origin",
                    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
                }
                forced: dict[bytes, bytes] = {}
                if path == "/widget.js":
                    forced[b"cross-origin-resource-policy"] = b"cross-origin"
                else:
                    forced[b"x-frame-options"] = b"SAMEORIGIN"
                if path.startswith("/api/") or path == "/healthz":
                    forced[b"content-security-policy"] = b"default-src 'none'; frame-ancestors 'none'"
                    forced[b"cache-control"] = b"no-store"
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in forced]
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in defaults.items() if k not in present] + list(forced.items())
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _require_admin(settings: Settings) -> Callable[[Request], None]:
    def check(request: Request) -> None:
        check_admin_key(settings, request.headers.get("x-api-key", ""))

    return check


# ---------------------------------------------------------------- the app


def create_app(settings: Settings, assistant: Assistant | None = None, *, with_ui: bool = True) -> FastAPI:
    """The whole service; ``assistant`` is built lazily from ``settings`` when not given."""
    holder = AssistantHolder(settings, assistant)
    jobs = JobRegistry()
    admin_only = Depends(_require_admin(settings))
    answering = threading.BoundedSemaphore(max(1, settings.ask_concurrency))
    app = FastAPI(
        title="planqa",
        summary="Hỏi đáp có trích dẫn về các Kế hoạch xây dựng xã hội học tập",
        version="0.1.0",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.assistant_holder, app.state.jobs, app.state.settings = holder, jobs, settings

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.to_dict(), status_code=exc.status)

    @app.exception_handler(IndexMissing)
    async def _no_index(_: Request, exc: IndexMissing) -> JSONResponse:
        vi, _sep, en = str(exc).partition(" / ")
        err = ApiError(503, "index_unavailable", vi, en or vi)
        return JSONResponse(err.to_dict(), status_code=503)

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        err = ApiError(500, "internal", "Lỗi máy chủ, vui lòng thử lại sau.", "Server error; please try again later.")
        return JSONResponse(err.to_dict(), status_code=500)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        err = ApiError(422, "invalid_request", f"Yêu cầu không hợp lệ: {problems}", f"Invalid request: {problems}",
                       details=json.loads(json.dumps(exc.errors(), default=str)))
        return JSONResponse(err.to_dict(), status_code=422)

    def known_docs() -> Collection[str]:
        return holder.get().retriever.documents.keys()  # a view: no per-question pass over all plans

    def get_doc(doc: str) -> Document:
        found = holder.get().document(doc)
        if found is None:
            raise ApiError(404, "plan_not_found", f"Không tìm thấy kế hoạch {doc}.", f"Plan {doc} not found.",
                           valid=sorted(known_docs()))
        return found

    @app.post("/api/ask", tags=["ask"], max_body_size=MAX_JSON_BODY)
    def ask(req: AskRequest) -> dict:
        """Answer a question with cited passages (the ``Answer`` contract)."""
        args = parse_ask(req, settings.max_question_chars, known_docs())
        with answering:  # runs in the worker pool, never on the event loop; at most ask_concurrency at once
            return holder.get().ask(args.question, history=args.history, plans=args.plans).to_dict()

    @app.post("/api/ask/stream", tags=["ask"], max_body_size=MAX_JSON_BODY,
              responses={200: {"content": {"text/event-stream": {}}, "description": "SSE: delta…, final | error"}})
    def ask_stream(req: AskRequest) -> EventSourceResponse:
        """Server-Sent Events: ``delta`` {text} … then ``final`` (the Answer) or ``error``."""
        args = parse_ask(req, settings.max_question_chars, known_docs())
        events = holder.get().ask_stream(args.question, history=args.history, plans=args.plans)
        return EventSourceResponse(stream_answer(_bounded(events, answering)),
                                   headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.get("/api/plans", tags=["plans"], response_model=list[PlanSummary])
    def plans() -> list[dict]:
        """All indexed plans: metadata (locality, level, parents, number, date of issue, period, signer) and size."""
        counts = chunk_counts(holder.get())
        return [plan_summary(d, counts.get(d.doc, 0)) for d in holder.get().documents()]

    @app.get("/api/plans/{doc}", tags=["plans"])
    def plan(doc: str) -> dict:
        """One plan's outline (sections with their character offsets)."""
        found = get_doc(doc)
        return plan_outline(found, chunk_counts(holder.get()).get(doc, 0))

    @app.get("/api/passages/{chunk_id:path}", tags=["plans"])
    def passage(chunk_id: str) -> dict:
        """A cited passage by id (``doc#n``; send ``#`` as ``%23``)."""
        chunk = holder.get().chunk(chunk_id)
        if chunk is None:
            raise ApiError(404, "passage_not_found", f"Không tìm thấy đoạn trích {chunk_id}.",
                           f"Passage {chunk_id} not found.")
        return passage_view(chunk, holder.get().document(chunk.doc))

    def targets_of(doc: str | None, concept: str | None, year: int | None, q: str | None) -> list[dict]:
        return filter_targets(holder.get().targets(), doc=doc, concept=concept, year=year, q=q)

    def matrix_of() -> dict:
        a = holder.get()
        return matrix_view(a.assignments(), [d.doc for d in a.documents()])

    def download(data: bytes, name: str, xlsx: bool) -> Response:
        media = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if xlsx
                 else "text/csv; charset=utf-8")
        return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/api/targets", tags=["structure"])
    def targets(doc: str | None = None, concept: str | None = None, year: int | None = None,
                q: str | None = None) -> list[dict]:
        """The plans' quantitative targets (one record per plan, indicator and year), filterable."""
        return targets_of(doc, concept, year, q)

    @app.get("/api/targets.csv", tags=["structure"])
    def targets_csv(doc: str | None = None, concept: str | None = None, year: int | None = None,
                    q: str | None = None) -> Response:
        """The targets table as CSV (UTF-8 with BOM)."""
        return download(to_csv(targets_of(doc, concept, year, q), TARGET_COLUMNS), "chi-tieu.csv", False)

    @app.get("/api/targets.xlsx", tags=["structure"])
    def targets_xlsx(doc: str | None = None, concept: str | None = None, year: int | None = None,
                     q: str | None = None) -> Response:
        """The targets table as an Excel workbook."""
        return download(to_xlsx(targets_of(doc, concept, year, q), TARGET_COLUMNS, "Chỉ tiêu"), "chi-tieu.xlsx",
                        True)

    @app.get("/api/matrix", tags=["structure"])
    def matrix() -> dict:
        """The responsibility matrix: one row per function, one cell per plan with its agencies."""
        return matrix_of()

    @app.get("/api/matrix.csv", tags=["structure"])
    def matrix_csv() -> Response:
        """The responsibility matrix as CSV (UTF-8 with BOM), one line per agency and plan."""
        return download(to_csv(matrix_records(matrix_of()), MATRIX_COLUMNS), "phan-cong.csv", False)

    @app.get("/api/matrix.xlsx", tags=["structure"])
    def matrix_xlsx() -> Response:
        """The responsibility matrix as an Excel workbook."""
        return download(to_xlsx(matrix_records(matrix_of()), MATRIX_COLUMNS, "Phân công"), "phan-cong.xlsx", True)

    @app.post("/api/plans", tags=["admin"], status_code=202, dependencies=[admin_only],
              max_body_size=(settings.max_upload_mb + 1) * 1024 * 1024)
    async def upload_plan(file: Annotated[UploadFile, File(description="Plan (.txt/.md/.docx/.odt/.rtf/.pdf/.html/.xlsx)")]) -> dict:
        """Add a plan (.txt/.md/.docx/.odt/.rtf/.pdf/.html, or its appendix workbook .xlsx), checked before it is accepted
        (413 zip bomb, 409 a copy of a loaded plan, 422 corrupt / encrypted / scanned / legacy-encoded); re-indexes
        in the background, returns the job id."""
        data = await read_upload(file, settings.max_upload_mb)
        return await run_in_threadpool(admin.accept_upload, holder.get(), jobs, settings, file.filename, data)

    @app.delete("/api/plans/{doc}", tags=["admin"], status_code=202, dependencies=[admin_only])
    def delete_plan(doc: str) -> dict:
        """Remove a plan; re-indexes in the background and returns the job id."""
        return admin.remove_plan(holder.get(), jobs, doc)

    @app.get("/api/jobs/{job_id}", tags=["admin"], dependencies=[admin_only])
    def job(job_id: str) -> dict:
        """Progress of a re-index job: ``percent`` (0–100), ``progress`` (0–1), ``stage``, ``warnings``."""
        return admin.job_view(jobs.get(job_id), job_id)

    @app.post("/api/feedback", tags=["feedback"], status_code=201, max_body_size=MAX_JSON_BODY)
    def feedback(req: FeedbackRequest) -> dict:
        """Store a 👍/👎 on an answer."""
        if req.rating not in RATINGS:
            raise ApiError(422, "bad_rating", "Đánh giá phải là 'up' hoặc 'down'.", "Rating must be 'up' or 'down'.")
        if not req.answer_id.strip():
            raise ApiError(422, "missing_answer_id", "Thiếu mã câu trả lời.", "answer_id is required.")
        comment = (req.comment or "").strip()[:2000] or None
        fid = save_feedback(settings.feedback_path, req.question[: 4 * settings.max_question_chars],
                            req.answer_id[:200], req.rating, comment)
        return {"id": fid}

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict:
        """Liveness + what is being served."""
        a = holder.get()
        return {"status": "ok", "plans": len(a.documents()), "chunks": len(a.chunks()),
                "index_version": a.index_version}

    @app.get("/widget.js", include_in_schema=False)
    def widget_js() -> FileResponse:
        return FileResponse(STATIC_DIR / "widget.js", media_type="text/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"})

    @app.get("/widget-demo", include_in_schema=False)
    def widget_demo() -> FileResponse:
        return FileResponse(STATIC_DIR / "widget-demo.html", media_type="text/html; charset=utf-8")

    app.add_middleware(TimeoutMiddleware, paths=ASK_PATHS, timeout_s=settings.request_timeout_s)
    app.add_middleware(RateLimitMiddleware, paths=ASK_PATHS, per_minute=settings.rate_limit_per_minute,
                       burst=settings.rate_limit_burst, trusted_proxies=settings.trusted_proxies)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(settings.cors_origins),  # empty = no cross-origin access at all
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
        max_age=600,
    )
    app.add_middleware(SecurityHeaders)

    if with_ui:
        import gradio as gr

        from web import ui

        blocks = ui.build_ui(holder.get, settings, jobs)
        app = gr.mount_gradio_app(app, blocks, path="/", theme=ui.theme(), css=ui.CSS, footer_links=[],
                                  run_history=False, mcp_server=False, ssr_mode=False)
    return app
