"""The one error shape of the HTTP API: a code and a Vietnamese + English message."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error the caller can act on; rendered as ``{"error", "message", ...}`` with a bilingual message."""

    def __init__(self, status: int, code: str, vi: str, en: str, **extra: Any) -> None:
        super().__init__(f"{vi} / {en}")
        self.status, self.code, self.vi, self.en, self.extra = status, code, vi, en, extra

    def to_dict(self) -> dict:
        return {"error": self.code, "message": f"{self.vi} / {self.en}", "message_vi": self.vi,
                "message_en": self.en, **self.extra}
