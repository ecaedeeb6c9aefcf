"""Background re-index jobs: one at a time, run in a thread, polled over HTTP.

Re-indexing takes seconds to minutes (embedding every chunk), so the upload/delete routes answer
202 at once and the admin polls ``GET /api/jobs/{id}``. Only one job may run because two concurrent
index builds would race on the ``CURRENT`` swap; queries keep using the old index meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]


@dataclass
class Job:
    id: str
    kind: str  # "upload" | "delete"
    status: str = "queued"  # queued | running | done | failed
    progress: float = 0.0  # 0–1; ``percent`` in to_dict() is the same as 0–100
    message: str = ""
    stage: str = ""  # what the build is doing now ("embedding passages 120/480")
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    created_at: float = field(default_factory=time.time)
    finished_at: float | None = None

    @property
    def percent(self) -> int:
        return int(round(100 * min(1.0, max(0.0, self.progress))))

    def to_dict(self) -> dict:
        return {**asdict(self), "percent": self.percent}


class JobBusyError(RuntimeError):
    """Raised when a job is submitted while another one is still queued or running."""

    def __init__(self, job: Job) -> None:
        super().__init__(f"job {job.id} is still {job.status}")
        self.job = job


class JobRegistry:
    """Thread-safe registry; ``submit`` refuses a second job while one is active."""

    def __init__(self, keep: int = 50) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, Job] = {}
        self._keep = keep

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return Job(**asdict(job)) if job else None  # a snapshot: the worker keeps mutating the original

    def active(self) -> Job | None:
        with self._lock:
            return next((j for j in self._jobs.values() if j.status in ("queued", "running")), None)

    def submit(self, kind: str, work: Callable[[Progress], str | None], message: str = "",
               warnings: list[str] | None = None) -> Job:
        """Start ``work(progress)`` in a daemon thread; its return value becomes the final message."""
        with self._lock:
            busy = next((j for j in self._jobs.values() if j.status in ("queued", "running")), None)
            if busy:
                raise JobBusyError(Job(**asdict(busy)))
            job = Job(id=uuid.uuid4().hex[:12], kind=kind, message=message, stage=message,
                      warnings=list(warnings or []))
            self._jobs[job.id] = job
            self._prune()
        threading.Thread(target=self._run, args=(job, work), name=f"planqa-job-{job.id}", daemon=True).start()
        return Job(**asdict(job))

    def _run(self, job: Job, work: Callable[[Progress], str | None]) -> None:
        def progress(fraction: float, message: str = "") -> None:
            with self._lock:
                job.progress = min(1.0, max(job.progress, float(fraction)))
                if message:
                    job.message = job.stage = message

        with self._lock:
            job.status = "running"
        try:
            final = work(progress)
        except Exception as exc:  # a failed build must never take the server down
            log.exception("job %s (%s) failed", job.id, job.kind)
            with self._lock:
                job.status, job.error, job.finished_at = "failed", str(exc) or type(exc).__name__, time.time()
            return
        with self._lock:
            job.status, job.progress, job.finished_at, job.stage = "done", 1.0, time.time(), "done"
            if final:
                job.message = final

    def _prune(self) -> None:
        finished = [j for j in self._jobs.values() if j.status in ("done", "failed")]
        for j in sorted(finished, key=lambda j: j.created_at)[: max(0, len(self._jobs) - self._keep)]:
            del self._jobs[j.id]
