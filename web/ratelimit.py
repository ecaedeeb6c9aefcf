"""Per-client token-bucket rate limit for the answering routes (429 with ``Retry-After``).

The client is the TCP peer address; ``X-Forwarded-For`` is used only when the peer is one of the
configured ``trusted_proxies`` (then the right-most address that is not itself a trusted proxy counts).
"""

from __future__ import annotations

import ipaddress
import json
import math
import threading
import time
from collections.abc import Collection, Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

from web.errors import ApiError

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class TokenBucket:
    """``burst`` tokens per client, refilled at ``per_minute / 60`` per second; idle clients are forgotten."""

    def __init__(self, per_minute: int, burst: int, max_clients: int = 100_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.max_clients = max_clients
        self._lock = threading.Lock()
        self._state: dict[str, tuple[float, float]] = {}  # client → (tokens, last refill time)

    def take(self, client: str, now: float | None = None) -> float:
        """Spend one token: 0.0 when allowed, else the seconds until one is available."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._state.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._state[client] = (tokens - 1.0, now)
                self._forget(now)
                return 0.0
            self._state[client] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _forget(self, now: float) -> None:
        if len(self._state) <= self.max_clients:
            return
        full = self.burst / self.rate  # after this long idle a bucket is full again: same as a new one
        self._state = {k: v for k, v in self._state.items() if now - v[1] < full}


def parse_networks(specs: Sequence[str]) -> list[Network]:
    return [ipaddress.ip_network(s.strip(), strict=False) for s in specs if s.strip()]


def _trusted(addr: str, networks: Collection[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_key(peer: str, forwarded_for: str | None, trusted: Collection[Network]) -> str:
    """Who is asking: the peer, or (behind a trusted proxy) the nearest untrusted X-Forwarded-For address."""
    if not forwarded_for or not _trusted(peer, trusted):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, trusted):
            return hop
    return hops[0] if hops else peer


class RateLimitMiddleware:
    """ASGI middleware: POSTs to ``paths`` spend one token of the client's bucket; an empty bucket → 429."""

    def __init__(self, app: ASGIApp, paths: Collection[str], per_minute: int, burst: int,
                 trusted_proxies: Sequence[str] = ()) -> None:
        self.app, self.paths = app, frozenset(paths)
        self.bucket = TokenBucket(per_minute, burst) if per_minute > 0 else None
        self.trusted = parse_networks(trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.bucket is None or scope["type"] != "http" or scope.get("path") not in self.paths \
                or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        peer = (scope.get("client") or ("unknown", 0))[0]
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        xff = headers.get(b"x-forwarded-for", b"").decode("latin-1") or None
        wait = self.bucket.take(client_key(peer, xff, self.trusted))
        if not wait:
            await self.app(scope, receive, send)
            return
        retry = max(1, math.ceil(wait))
        err = ApiError(429, "rate_limited",
                       f"Anh/chị gửi quá nhiều câu hỏi; vui lòng thử lại sau {retry} giây.",
                       f"Too many questions; please retry in {retry} s.", retry_after=retry)
        await send_json(send, 429, err.to_dict(), [(b"retry-after", str(retry).encode())])


async def send_json(send: Send, status: int, body: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    """A complete JSON response from inside an ASGI middleware."""
    payload = json.dumps(body, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(payload)).encode()),
        *headers]})
    await send({"type": "http.response.body", "body": payload})
