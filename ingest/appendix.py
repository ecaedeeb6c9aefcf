"""Appendices (PHỤ LỤC) and the group rows of tables.

Plans often put their assignments in an appendix table after the signature ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ … /
(Kèm theo Kế hoạch số …)" then "STT | Nhiệm vụ | Cơ quan chủ trì | …"). The closing furniture would swallow it,
so the appendix is split off first and appended after the plan's body as sections of its own: an "appendix"
section per PHỤ LỤC heading, its table rows below it. A group row ("I | Công tác tuyên truyền", merged across
the table) becomes the parent of the rows under it, in the body's tables too, so a row's path names its group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.clean import Line, is_stt, opens_closing
from ingest.outline import row_label_title, short_title
from ingest.types import Section

# "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục 01: …", "**Phụ lục**" as a heading line (markdown marks allowed), not "… tại
# Phụ lục kèm theo"; a translation appended to the plan ("BẢN DỊCH TIẾNG ANH / ENGLISH TRANSLATION") is one too
_TRANSLATION = r"BẢN DỊCH\b|Bản dịch (?:tiếng|sang)\b|ENGLISH (?:TRANSLATION|VERSION)\b"
_APPENDIX_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:PHỤ LỤC|Phụ lục(?=\s*(?:[IVX]+|\d+|số)\b|\s*:|\s*(?:\*\*)?\s*$)|"
                          rf"{_TRANSLATION})")
_TRANSLATION_RE = re.compile(rf"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:{_TRANSLATION})")
# "Biểu 1", "BIỂU SỐ 02", "Phụ biểu I": a chart attached to the plan — an appendix when its note "(Kèm theo Kế hoạch
# …)" follows within a few lines (a caption inside the body names no plan it goes with)
_CHART_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:PHỤ BIỂU|Phụ biểu|BIỂU|Biểu)(?:\s+(?:SỐ|[Ss]ố))?\s*(?:[IVX]{1,4}|\d{1,2})"
                       r"\b\s*(?:\*\*)?\s*(?:[:.\-–]|$)")
_CHART_NOTE_RE = re.compile(r"^\s*\(?\s*(?:Ban hành\s+)?[Kk]èm theo\b")
_CHART_NOTE_WITHIN = 3  # lines after a chart's heading within which its note must come
_TABLE_LINE_RE = re.compile(r"^\s*\|.*\|\s*$")
_LOOKAHEAD = 25  # lines after an appendix heading within which its table must start
_GROUP_NO_RE = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])\.?$")  # a group row's number: "I", "II.", "A"
_NOTE_RE = re.compile(r"^\(.*\)$")  # "(Kèm theo Kế hoạch số …)": not part of the appendix's title


def _heading(line: str) -> bool:
    s = line.strip().replace("*", "").lstrip("# ").strip()
    return bool(_APPENDIX_RE.match(line)) and len(s) <= 200 and not s.endswith((".", ";"))


def _chart(lines: list[str], i: int) -> bool:
    """Is line i the heading of a chart attached to the plan ("Biểu 1" over "(Kèm theo Kế hoạch số …)")?"""
    return bool(_CHART_RE.match(lines[i])) and len(lines[i]) <= 200 and any(
        _CHART_NOTE_RE.match(x) for x in lines[i + 1:i + 1 + _CHART_NOTE_WITHIN])


# a part of the plan's own body ("III. NHIỆM VỤ VÀ GIẢI PHÁP", "V. TỔ CHỨC THỰC HIỆN"), markdown marks allowed
_BODY_PART_RE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*[IVX]{1,5}\s*[.:\-–]\s*(?:\*\*)?\s*"
                           r"(?:NHIỆM VỤ|GIẢI PHÁP|KINH PHÍ|TỔ CHỨC THỰC HIỆN)")


_SIGNED_WINDOW = 20  # lines before an appendix heading where the signature block ("Nơi nhận:", "TM. …") must be
_MIN_PROSE = 3  # lines an appendix of prose holds at least


def split_appendix(raw: str) -> tuple[str, str]:
    """(plan, appendices): the text from the first PHỤ LỤC heading that a table follows, or that comes after the
    signature with prose of its own (an annex amending the plan, issued with a later decision) — unless the plan's
    own parts go on after it (a targets table captioned "Phụ lục I" inside "II. MỤC TIÊU"): that one stays in place."""
    lines = raw.split("\n")
    for i, ln in enumerate(lines):
        if _heading(ln) and _TRANSLATION_RE.match(ln) and i:
            return "\n".join(lines[:i]), "\n".join(lines[i:])  # a translation: the plan again, in another language
        if not (_heading(ln) or _chart(lines, i)) or any(_BODY_PART_RE.match(x) for x in lines[i + 1:]):
            continue
        if any(_TABLE_LINE_RE.match(x) for x in lines[i + 1:i + 1 + _LOOKAHEAD]) or (
                any(opens_closing(x) for x in lines[max(0, i - _SIGNED_WINDOW):i])
                and sum(1 for x in lines[i + 1:] if x.strip()) >= _MIN_PROSE):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return raw, ""


# "(Kèm theo Kế hoạch số 142/KH-UBND ngày 20/11/2024 của UBND huyện Hớn Quản)"
_ACCOMPANIES_RE = re.compile(
    r"[Kk]èm theo\s+(?:Kế hoạch|KH)\s+số\s*:?\s*(\d+)\s*/\s*([A-ZĐ][A-ZĐ0-9\-]*)"
    r"(?:\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))?"
    r"(?:\s+của\s+(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
    r"\s+[^\s,;()][^,;()]*?))?\s*\)?\s*$", re.IGNORECASE)


def appendix_only_header(appendix: str) -> tuple[str, str]:
    """(header, title) for a file that is only a plan's appendix (a workbook uploaded beside its plan): the line
    "(Kèm theo Kế hoạch số … ngày … của UBND …)" names the plan it belongs to, so it is read as that plan's header
    furniture — the file answers for that plan's place and number; the title is the appendix heading's."""
    lines = [ln.strip().replace("*", "").strip() for ln in appendix.split("\n")[:12]]
    title = next((ln for ln in lines if _APPENDIX_RE.match(ln)), "")
    for ln in lines:
        m = _ACCOMPANIES_RE.search(ln)
        if not m:
            continue
        head = []
        if m.group(6):
            head += ["ỦY BAN NHÂN DÂN", m.group(6).upper()]
        head.append(f"Số: {m.group(1)}/{m.group(2)}")
        if m.group(5):
            place = m.group(6).split(None, 1)[-1] if m.group(6) else "Nơi ban hành"
            head.append(f"{place}, ngày {m.group(3)} tháng {m.group(4)} năm {m.group(5)}")
        return "\n".join(head), title
    return "", title


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) >= 0.8


def append_appendix(text: str, sections: list[Section], lines: list[Line]) -> tuple[str, list[Section]]:
    """The plan's text with the appendix lines after it, and its sections with the appendix sections added
    (offsets into the returned text)."""
    if not lines:
        return text, sections
    out = list(sections)
    pos = len(text) + 1
    current: int | None = None
    titled = False  # the heading's title lines are read until the first note, row or paragraph
    raw: list[dict] = []
    texts = [ln.text for ln in lines]
    for i, ln in enumerate(lines):
        start, pos = pos, pos + len(ln.text) + 1
        end = start + len(ln.text)
        if current is None or (not ln.row and (_APPENDIX_RE.match(ln.text) or _chart(texts, i))):
            raw.append(dict(kind="appendix", title=ln.text.strip().rstrip(":"), start=start, body_start=end + 1,
                            parent=None))
            current, titled = len(raw) - 1, False
            continue
        if ln.row:
            titled = True
            label, title = row_label_title(ln.text)
            raw.append(dict(kind="row", label=label, title=title, start=start, body_start=end, end=end,
                            parent=current))
            continue
        if not titled and (ln.hint or _caps(ln.text)) and not _NOTE_RE.match(ln.text.strip()):
            raw[current]["title"] += " - " + ln.text.strip()
            raw[current]["body_start"] = end + 1
            continue
        titled = True
    full = text + "\n" + "\n".join(ln.text for ln in lines)
    base = len(out)
    heads = [k for k, r in enumerate(raw) if r["kind"] == "appendix"]
    for k, r in enumerate(raw):
        if r["kind"] == "appendix":
            nxt = [raw[j]["start"] for j in heads if j > k]
            a_end = (nxt[0] - 1) if nxt else len(full)
            path = (short_title(r["title"], 120),)
            out.append(Section(id=base + k, kind="appendix", label="", title=r["title"], level=1, parent=None,
                               path=path, start=r["start"], body_start=min(r["body_start"], a_end), end=a_end))
        else:
            parent = out[base + r["parent"]]
            own = f"{r['label']} {short_title(r['title'], 70)}".strip()
            out.append(Section(id=base + k, kind="row", label=r["label"], title=r["title"], level=2,
                               parent=parent.id, path=(*parent.path, own), start=r["start"],
                               body_start=r["body_start"], end=r["end"]))
    return full, out


def _is_group_row(row: str, headers: set[str]) -> bool:
    """A row merged across the table: no cell but its number carries a column name ("STT: I | Công tác …")."""
    parts = row.split(" | ")
    named = [p.partition(": ") for p in parts if p.partition(": ")[0] in headers]
    return len(parts) <= 2 and len(named) < len(parts) \
        and all(is_stt(head) and _GROUP_NO_RE.match(cell.strip()) for head, _, cell in named)


def _group_heading(row: str) -> tuple[str, str]:
    """A group row's label and title: "STT: II | Phát triển …" → ("II.", "Phát triển …"); a title written in the
    number column ("II. PHÁT TRIỂN NGUỒN NHÂN LỰC") is kept whole (a row's title stops at its first full stop)."""
    parts = row.split(" | ")
    if len(parts) == 2:
        return parts[0].partition(": ")[2].strip().rstrip(".") + ".", parts[1].strip()
    return "", row.strip()


def nest_group_rows(text: str, sections: list[Section]) -> list[Section]:
    """A group row becomes a "group" section spanning the rows under it (up to the next group row of the same
    table), which become its children: one level deeper, the group in their path. Tables without group rows
    are left as they are."""
    out = list(sections)
    runs: dict[int | None, list[int]] = {}
    for s in sections:
        if s.kind == "row":
            runs.setdefault(s.parent, []).append(s.id)
    for rows in runs.values():
        headers = {p.partition(": ")[0] for sid in rows for p in text[out[sid].start:out[sid].end].split(" | ")
                   if ": " in p}
        group: int | None = None
        own_end = 0
        prev: int | None = None
        for sid in rows:
            s = out[sid]
            if prev is not None and sid != prev + 1:
                group = None  # another table under the same heading
            prev = sid
            if _is_group_row(text[s.start:s.end], headers):
                label, title = _group_heading(text[s.start:s.end])
                out[sid] = replace(s, kind="group", label=label, title=title,
                                   path=(*s.path[:-1], f"{label} {title}".strip()))
                group, own_end = sid, s.end
                continue
            if group is None:
                continue
            g = out[group]
            out[sid] = replace(s, parent=g.id, level=g.level + 1, path=(*g.path, s.path[-1]))
            out[group] = replace(g, body_start=own_end + 1, end=s.end)
    return out
