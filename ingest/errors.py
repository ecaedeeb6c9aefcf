"""Errors a user can act on: every message is given in Vietnamese and English."""


class IngestError(ValueError):
    """A plan file could not be read or parsed; the previous index stays untouched."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi = vi
        self.en = en
        super().__init__(f"{vi} / {en}")
