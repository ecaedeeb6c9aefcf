"""A request timeout for the answering routes: no response started in time → 504 with a bilingual message.

The route's worker thread cannot be killed; it finishes in the background and its late response is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.errors import ApiError
from web.ratelimit import send_json

log = logging.getLogger(__name__)


class TimeoutMiddleware:
    """504 when the wrapped app has not started its response ``timeout_s`` after the request (0 = off)."""

    def __init__(self, app: ASGIApp, paths: Collection[str], timeout_s: float) -> None:
        self.app, self.paths, self.timeout_s = app, frozenset(paths), timeout_s
        self._late: set[asyncio.Task] = set()  # abandoned requests, kept referenced until they end

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.timeout_s <= 0 or scope["type"] != "http" or scope.get("path") not in self.paths:
            await self.app(scope, receive, send)
            return
        started = asyncio.Event()
        abandoned = False

        async def guarded_send(message: Message) -> None:
            if abandoned:
                return
            if message["type"] == "http.response.start":
                started.set()
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, guarded_send))
        waiter = asyncio.ensure_future(started.wait())
        await asyncio.wait({task, waiter}, timeout=self.timeout_s, return_when=asyncio.FIRST_COMPLETED)
        if started.is_set() or task.done():
            waiter.cancel()
            await task  # the response is under way (or done): let it finish, streaming included
            return
        abandoned = True
        waiter.cancel()
        task.cancel()
        self._late.add(task)
        task.add_done_callback(self._finished)
        seconds = f"{self.timeout_s:g}"
        err = ApiError(504, "timeout", f"Quá {seconds} giây mà chưa có câu trả lời; vui lòng thử lại sau.",
                       f"No answer within {seconds} s; please try again later.", timeout_s=self.timeout_s)
        await send_json(send, 504, err.to_dict())

    def _finished(self, task: asyncio.Task) -> None:
        self._late.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("a timed-out request failed later: %s", task.exception())
