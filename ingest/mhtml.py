"""A plan page saved by a browser as one file (.mht, .mhtml: "Webpage, Single File").

The file is a MIME message (multipart/related): the page's HTML is one part, encoded for mail (quoted-printable or
base64), next to its style sheets and images. Read as text it shows "=E1=BA=BF" for every Vietnamese letter, so the
message is parsed with the standard ``email`` package, the first text/html part decoded (its transfer encoding,
then its charset: the part's own, else the page's meta charset, else UTF-8), and the page read like any saved web
page (``ingest.webpage``: the portal's menu, sidebar and footer dropped).
"""

from __future__ import annotations

import email
import email.policy
import re

from ingest.errors import UploadRejected
from ingest.webpage import read_html

_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)


def read_mht(data: bytes, name: str) -> str:
    """The plan's text out of a single-file web page (see the module docstring)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    payload = part.get_payload(decode=True) if part is not None else None
    if not payload:
        raise UploadRejected("corrupt_file", f"Tệp trang web {name} không có nội dung HTML",
                             f"Web archive {name} holds no HTML page")
    meta = _META_CHARSET_RE.search(payload[:4096])
    charset = part.get_content_charset() or (meta.group(1).decode("ascii") if meta else "utf-8")
    try:
        html = payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        html = payload.decode("utf-8", errors="replace")
    # the page as UTF-8 bytes, its declared charset made to say so (a "windows-1258" page is now UTF-8)
    body = _META_CHARSET_RE.sub(lambda m: m.group(0).replace(m.group(1), b"utf-8"), html.encode("utf-8"), count=1)
    return read_html(body, name)
