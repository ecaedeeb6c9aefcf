"""Errors a user can act on: every message is given in Vietnamese and English."""


class IngestError(ValueError):
    """A plan file could not be read or parsed; the previous index stays untouched."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi = vi
        self.en = en
        super().__init__(f"{vi} / {en}")


class UploadRejected(IngestError):
    """A file refused before indexing; ``code`` says why (``zip_bomb``, ``encrypted_pdf``, ``no_text_layer``,
    ``corrupt_file``, ``binary_text``, ``legacy_encoding``, ``duplicate``), so callers can map it to a status."""

    def __init__(self, code: str, vi: str, en: str, **extra: object) -> None:
        super().__init__(vi, en)
        self.code = code
        self.extra = extra
