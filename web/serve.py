"""Run the service (API + widget + Gradio UI) with uvicorn."""

from __future__ import annotations

import uvicorn

from planqa.config import Settings
from web.api import create_app


def serve(settings: Settings) -> None:
    """Serve on ``settings.host:settings.port``; the assistant loads on the first request that needs it."""
    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, proxy_headers=True, log_level="info")


if __name__ == "__main__":
    serve(Settings())
