"""Run the service (API + widget + Gradio UI) with uvicorn."""

from __future__ import annotations

import logging
import sys

import uvicorn

from planqa.config import Settings
from web.api import create_app

log = logging.getLogger(__name__)


def serve(settings: Settings) -> None:
    """Serve on ``settings.host:settings.port``; the assistant loads on the first request that needs it."""
    problem = index_problem(settings)
    if problem:  # still serve: /docs works and the API answers 503 with this message until the index is built
        print(f"planqa: {problem}", file=sys.stderr)
        log.error("%s", problem)
    app = create_app(settings)
    # X-Forwarded-For is believed only from the configured proxies (also by the rate limiter)
    uvicorn.run(app, host=settings.host, port=settings.port, proxy_headers=bool(settings.trusted_proxies),
                forwarded_allow_ips=",".join(settings.trusted_proxies) or None, log_level="info")


def index_problem(settings: Settings) -> str | None:
    """Why the index cannot be served (missing / corrupt, naming the command that rebuilds it), or None."""
    from index.store import IndexMissing, check_index

    try:
        check_index(settings)
    except IndexMissing as exc:
        return str(exc)
    return None


if __name__ == "__main__":
    serve(Settings())
