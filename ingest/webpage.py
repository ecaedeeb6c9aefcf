"""A plan saved from a web portal (.html, .htm): the plan's own text, without the portal around it.

A page saved from a provincial e-portal holds the plan inside the site's chrome: menu, breadcrumb, share buttons,
a sidebar of *other* documents, a footer with the portal's address. Quoting any of it would cite what the plan does
not say. So the chrome is dropped by tag (``nav``, ``header``, ``footer``, ``aside``, forms, scripts) and by the
names sites give it (``menu``, ``breadcrumb``, ``sidebar``, ``share``, ``related``…), and the plan is the element
that holds the most paragraph text (the way reader views pick an article). Its paragraphs become lines, a wholly
bold paragraph a heading hint (``**…**``, as the Word reader writes them), and its tables pipe rows with merged
cells spelled out (``ingest.mdexport``).
"""

from __future__ import annotations

import re
from typing import Any

from ingest.clean import MARKER_RE
from ingest.errors import UploadRejected
from ingest.mdexport import html_tables
from ingest.readers import LAYOUT_RE, unfold_layout_tables

_CHROME_TAGS = ("script", "style", "noscript", "head", "nav", "header", "footer", "aside", "form", "iframe",
                "button", "svg", "select", "object", "template")
# class/id words of a site's furniture (general web vocabulary, not any one portal's)
_CHROME_RE = re.compile(r"(?:^|[\s_-])(?:menu|nav(?:bar)?|breadcrumbs?|sidebar|side-?bar|footer|header|topbar|banner|"
                        r"share|social|related|lien-?quan|tin-?moi|tin-?lien-?quan|comments?|widget|advert|ads|"
                        r"quang-?cao|lien-?ket|weblink|search|login|copyright|toolbar|print|rating)(?:$|[\s_-])",
                        re.IGNORECASE)
_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote",
           "ul", "ol", "dd", "dt", "pre", "center", "address", "figure", "figcaption", "body", "td", "th"}
_CANDIDATES = ("div", "article", "section", "main", "td", "body")


def read_html(data: bytes, name: str) -> str:
    """The plan's text out of a saved web page (see the module docstring)."""
    import lxml.html

    try:
        if not re.search(rb"<meta[^>]+charset|<\?xml[^>]+encoding", data[:4096], re.I):
            # no declared encoding: lxml would read the bytes as Latin-1; a page that is valid UTF-8 is UTF-8
            try:
                data = data.decode("utf-8").encode("ascii", "xmlcharrefreplace")
            except UnicodeDecodeError:
                pass
        root = lxml.html.document_fromstring(data)
    except Exception as exc:  # noqa: BLE001 - lxml raises several types for what is not HTML
        raise UploadRejected("corrupt_file", f"Tệp HTML {name} không đọc được", f"HTML file {name} cannot be read") from exc
    styles = _list_styles(root)
    _drop_chrome(root)
    body = root.find("body")
    content = _content(root if body is None else body)
    return unfold_layout_tables(_text(content, styles))


# "ol.diem { list-style-type: lower-alpha }": the numbering style a page's own style sheet gives a class of list
_LIST_RULE_RE = re.compile(r"ol\.([\w-]+)\s*\{[^}]*?list-style(?:-type)?\s*:\s*([\w-]+)", re.I)
_TYPE_ATTR = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman"}


def _list_styles(root: Any) -> dict[str, str]:
    """Each list class's numbering style, from the page's <style> sheets (read before they are dropped)."""
    return {m.group(1): m.group(2).lower() for el in root.iter("style") for m in _LIST_RULE_RE.finditer(el.text or "")}


def _marker(style: str, n: int) -> str:
    """An ordered list item's number as a browser shows it, written the way plans write it ("1.", "a)", "II."):
    the numbers are no text of the page, yet the plan's items and its corrections are cited by them."""
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin"):
        letter = "abcdđeghiklmnopqrstuvxy"[(n - 1) % 23]  # the Vietnamese letter order plans number points by
        return f"{letter.upper() if style.startswith('upper') else letter})"
    if style in ("lower-roman", "upper-roman"):
        roman = _roman(n)
        return f"{roman.lower() if style == 'lower-roman' else roman}."
    return f"{n}."


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _layout(table: Any) -> bool:
    """A borderless table laying out the header (issuing body | national motto) or the closing ("Nơi nhận" |
    signature): its cells are plain lines, not a table's rows."""
    border = (table.get("border") or "0").strip()
    ruled = border not in ("", "0") or "border" in (table.get("style") or "").replace("border:0", "").replace(
        "border: 0", "").replace("border:none", "").replace("border: none", "")
    return not ruled and bool(LAYOUT_RE.search(table.text_content()))


def _column_lines(table: Any) -> list[str]:
    """A layout table's text column by column, each cell's paragraphs a line (left column first)."""
    columns: dict[int, list[str]] = {}
    for row in table.iter("tr"):
        for j, cell in enumerate(c for c in row if c.tag in ("td", "th")):
            columns.setdefault(j, []).extend(ln.removeprefix("**").removesuffix("**") for ln in _text(cell).split("\n"))
    return [ln for j in sorted(columns) for ln in columns[j] if ln.strip()]


def _drop_chrome(root: Any) -> None:
    for el in list(root.iter(*_CHROME_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        if names.strip() and _CHROME_RE.search(names) and el.tag not in ("body", "html"):
            el.drop_tree()


def _content(body: Any) -> Any:
    """The element holding the most paragraph text: each paragraph-like block gives its length to its parent,
    half of it to the grandparent (a content div full of <p> wins over the page that also holds it)."""
    score: dict[Any, float] = {}
    for el in body.iter("p", "table", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote"):
        n = len(" ".join(el.text_content().split()))
        links = sum(len(a.text_content()) for a in el.iter("a"))
        n = max(0, n - 2 * links)  # a list of links is a menu, however long
        parent = el.getparent()
        if parent is None or n == 0:
            continue
        score[parent] = score.get(parent, 0.0) + n
        grand = parent.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0.0) + n / 2
    picks = [el for el in score if el.tag in _CANDIDATES]
    if not picks:
        return body
    return max(picks, key=lambda el: score[el])


def _text(el: Any, styles: dict[str, str] | None = None) -> str:
    """The element's text: a line per block, tables as pipe rows, a wholly bold block as ``**…**``, an ordered
    list's items with the numbers the browser shows (``styles``: each list class's numbering style)."""
    import lxml.html

    lines: list[str] = []
    buf: list[str] = []
    styles = styles or {}

    def number(li: Any) -> str:
        """The item's marker when it is an item of an ordered list, else ""."""
        ol = li.getparent()
        if ol is None or ol.tag != "ol" or MARKER_RE.match(li.text_content().lstrip()):
            return ""  # (an item that types its own number keeps it alone)
        style = _TYPE_ATTR.get((ol.get("type") or "").strip(), "")
        style = style or next((styles[c] for c in (ol.get("class") or "").split() if c in styles), "decimal")
        if style == "none":
            return ""
        try:
            start = int(ol.get("start") or 1)
        except ValueError:
            start = 1
        items = [c for c in ol if isinstance(c.tag, str) and c.tag == "li"]
        return _marker(style, start + items.index(li)) + " "

    def flush() -> None:
        text = " ".join("".join(buf).split())
        buf.clear()
        if text:
            lines.append(text)

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "table" and _layout(node):
            flush()
            lines.extend(["", *_column_lines(node), ""])
        elif tag == "table":
            flush()
            lines.extend(["", *html_tables(lxml.html.tostring(node, encoding="unicode")).strip("\n").split("\n"), ""])
        elif tag == "br":
            flush()
        elif tag in _BLOCKS:
            flush()
            mark = number(node) if tag == "li" else ""
            if tag != "div" and _all_bold(node) and (text := " ".join(node.text_content().split())):
                lines.append(f"**{mark}{text}**")
            else:
                buf.append(mark)
                inline(node)
            flush()
        else:
            inline(node)

    def inline(node: Any) -> None:
        """The node's own text, its children's in turn, each child's tail after it."""
        if node.text:
            buf.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buf.append(child.tail)

    walk(el)
    flush()
    return "\n".join(lines)


def _all_bold(node: Any) -> bool:
    """Every letter of the block inside <b>/<strong> (a centred bold heading), and no table inside it."""
    text = "".join(node.text_content().split())
    if not text or len(text) > 300 or next(node.iter("table"), None) is not None:
        return False
    bold = "".join("".join(b.text_content().split()) for b in node.iter("b", "strong")
                   if not any(a.tag in ("b", "strong") for a in b.iterancestors() if a is not node))
    return len(bold) >= len(text)
