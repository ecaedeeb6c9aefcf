"""The responsibility matrix of a plan: every agency named in its implementation part
("TỔ CHỨC THỰC HIỆN") with its function, level, role, task lines and deadlines.

Agencies are found where plans put them: numbered or lettered headings ("3. Sở Nội vụ"), items that
open with a body and a task verb ("a) Ủy ban MTTQ huyện … phát động …", "Đề nghị Hội … chỉ đạo …"),
colon leads ("- Công an Thành phố: …"), and unnumbered "Đề nghị …" paragraphs. A heading that
only organises ("1. Phân công nhiệm vụ") is walked through; a heading whose items are themselves
agencies ("Lực lượng vũ trang Thành phố") becomes a group with members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.agencies import LABELS, folded, function_of, is_organisation, looks_like_agency
from ingest.outline import clean_agency, colon_agency, heading_text, inline_agency
from ingest.textnorm import fold, title_has
from ingest.types import PATH_SEP, Assignment, Document, Section

_IMPLEMENTATION = ("tổ chức thực hiện", "phân công nhiệm vụ", "trách nhiệm thực hiện")
_TASK_VERBS = (r"chủ trì|phối hợp|chỉ đạo|tham gia|tiếp tục|tăng cường|đẩy mạnh|triển khai|tổ chức|thực hiện|"
               r"hướng dẫn|tham mưu|có trách nhiệm|xây dựng|vận động|tuyên truyền|phát động|nghiên cứu|là cơ quan|"
               r"bố trí|cân đối|kiểm tra|theo dõi|rà soát|phát huy|quan tâm|làm|giúp|đôn đốc|huy động|căn cứ|lồng ghép|"
               r"phổ biến|động viên|khuyến khích|duy trì|bảo đảm|đảm bảo|cung cấp|hỗ trợ|biểu dương|thành lập|"
               r"cập nhật|tổng hợp|báo cáo|chịu trách nhiệm|được giao|căn cứ|nâng cao|mở|đăng ký")
_LEAD_RE = re.compile(rf"^(?:[-+•–]\s*)?(?:[a-zđ0-9]{{1,2}}[.)]\s*)?((?:Đề nghị\s+)?[^\n:;]{{3,160}}?)\s*"
                      rf"(?:,\s*)?(?<!các )(?<!những )(?<!các cấp )\b(?:{_TASK_VERBS})\b")
_STANDING_RE = re.compile(r"\b(?:là|làm)\s+cơ quan thường trực|\bcơ quan thường trực\s*(?:của|,|;|\()",
                          re.IGNORECASE)
_DEADLINE_RES = [
    re.compile(r"trước ngày \d{1,2}(?:/\d{1,2}(?:/\d{4})?| tháng \d{1,2}(?: năm \d{4})?)"
               r"(?: (?:của )?(?:hằng|hàng) năm)?", re.IGNORECASE),
    re.compile(r"(?:trong|trước|hoàn thành trong|hoàn thành trước)?\s*[Qq]uý [IV]{1,3}(?:/\d{4}| năm \d{4})?"),
    re.compile(r"(?:sơ kết|tổng kết)[^.;\n]{0,40}?\bvào năm \d{4}", re.IGNORECASE),
    re.compile(r"(?:trước|đến hết|trong) (?:năm \d{4}|tháng \d{1,2}(?:/\d{4}| năm \d{4}))", re.IGNORECASE),
    re.compile(r"(?:định kỳ|báo cáo)[^.;\n]{0,30}?\b(?:hằng|hàng) (?:quý|tháng|6 tháng)", re.IGNORECASE),
]
# "- Chỉ đạo Ban Thi đua - Khen thưởng tỉnh tham mưu …", "…; chỉ đạo Bộ đội Biên phòng tỉnh tham gia …":
# a named body that the agency directs to do something is an agency of the plan too
_DIRECTS_RE = re.compile(r"(?:^[-+•–]?\s*|[;.]\s+)(?:[Cc]hỉ đạo|[Gg]iao)\s+(?!các cấp|cấp\b|các\b)(?=[A-ZĐ])")
_GROUPISH = re.compile(r"^cac\b|\bva cac\b|\b(?:luc luong|doan the|to chuc)\b|[,;]")
_LEVEL_OF_PLAN = {"tỉnh/thành phố": "province", "huyện": "district", "xã": "commune"}


@dataclass
class _Draft:
    agency: str
    written: str  # the name with its courtesy "Đề nghị", for the request role
    sec: Section
    start: int
    end: int
    tasks: list[str] = field(default_factory=list)
    text: str = ""
    parent: int | None = None  # index of the group draft
    members: list[int] = field(default_factory=list)  # bodies listed under it (a group heading)


def lead_agency(line: str) -> str | None:
    """The body a task line opens with: "- Công an Thành phố: …", "Đề nghị Hội … chỉ đạo …",
    "a) Ủy ban MTTQ huyện và các tổ chức thành viên phát động …"; None when it opens with a task."""
    name = inline_agency(line)
    if name and ":" in line[:len(name) + 12]:
        return name
    m = _LEAD_RE.match(line.strip())
    if m and looks_like_agency(m.group(1)) and len(m.group(1).split()) <= 18:
        return m.group(1).strip(" ,")
    return name


def _is_impl(title: str) -> bool:
    return title_has(title, _IMPLEMENTATION)


def _heading_name(doc: Document, sec: Section) -> str | None:
    """The agency a section heading names, if it names one."""
    line = heading_text(doc.text[sec.start:sec.body_start], sec.label)
    if sec.agency and looks_like_agency(sec.agency):
        return line.partition(":")[0].strip() if colon_agency(line) else line
    if len(line) <= 140 and not line.rstrip().endswith((".", ";")) and looks_like_agency(line) \
            and function_of(line) != "other":
        return line
    return None


def _walk(doc: Document, sec: Section, drafts: list[_Draft]) -> None:
    """Find agencies among ``sec``'s children and in its own unnumbered lines."""
    kids = doc.children(sec.id)
    body_end = kids[0].start if kids else sec.end
    for s, e in doc.lines(sec.body_start, body_end):
        name = lead_agency(doc.text[s:e])
        if name:
            drafts.append(_Draft(clean_agency(name), name, sec, s, e, [doc.text[s:e].strip()]))
    for c in kids:
        heading = _heading_name(doc, c)
        if heading is None:
            first = doc.text[c.start:c.body_start].strip()
            name = lead_agency(first)
            if name:
                drafts.append(_Draft(clean_agency(name), name, c, c.start, c.end))
                _fill(doc, drafts, len(drafts) - 1, c, inline_first=True)
            else:
                _walk(doc, c, drafts)
            continue
        drafts.append(_Draft(clean_agency(heading), heading, c, c.start, c.end))
        # "1. Phòng Giáo dục và Đào tạo: chủ trì, …": the heading line holds the tasks
        head_line = doc.text[c.start:c.body_start].strip()
        _fill(doc, drafts, len(drafts) - 1, c, inline_first=bool(colon_agency(heading_text(head_line, c.label)))
              and bool(head_line.partition(":")[2].strip()))


def _fill(doc: Document, drafts: list[_Draft], idx: int, sec: Section, inline_first: bool) -> None:
    """Tasks of an agency section, and its members when its items name bodies of their own."""
    group = drafts[idx]
    groupish = bool(_GROUPISH.search(folded(group.agency)))
    members: list[_Draft] = []
    tasks: list[str] = []
    if inline_first:
        tasks.append(doc.text[sec.start:sec.body_start].strip())
    kids = doc.children(sec.id)
    own_end = kids[0].start if kids else sec.end
    key = function_of(group.agency)
    directed: list[_Draft] = []
    for s, e in doc.lines(sec.body_start, own_end):
        line = doc.text[s:e].strip()
        name = lead_agency(line) if groupish else None
        if name and function_of(name) != key:  # a bullet naming the group's own lead body is its own task
            members.append(_Draft(clean_agency(name), name, sec, s, e, [line]))
            continue
        tasks.append(line)
        directed.extend(_directed(line, s, e, sec, key))
    for c in kids:
        first = doc.text[c.start:c.body_start].strip()
        heading = _heading_name(doc, c)
        name = heading or (lead_agency(first) if groupish or heading_text(first, c.label).startswith("Đề nghị")
                           else None)
        if name:
            sub = _Draft(clean_agency(name), name, c, c.start, c.end)
            sub.tasks = [ln for ln in (doc.text[a:b].strip() for a, b in doc.lines(c.body_start, c.end))]
            if heading is None:
                sub.tasks.insert(0, first)
            members.append(sub)
        else:
            tasks.extend(doc.text[a:b].strip() for a, b in doc.lines(c.start, c.end))
    group.tasks = tasks
    for m in members:
        m.parent = idx
        drafts.append(m)
        group.members.append(len(drafts) - 1)
    seen = {folded(d.agency) for d in drafts}
    for m in directed:
        if folded(m.agency) not in seen:
            m.parent = idx
            drafts.append(m)
            seen.add(folded(m.agency))


def _directed(line: str, start: int, end: int, sec: Section, key: str) -> list[_Draft]:
    """Bodies a task line directs by name ("Chỉ đạo Ban Thi đua - Khen thưởng tỉnh tham mưu …"), other than
    lower levels of the same hierarchy."""
    out = []
    for m in _DIRECTS_RE.finditer(line):
        name = lead_agency(line[m.end():])
        if not name or not looks_like_agency(name):
            continue
        fn = function_of(name)
        if fn in ("other", key, "peoples_committee_lower", "village_heads", "other_departments"):
            continue
        out.append(_Draft(clean_agency(name), name, sec, start, end, [line]))
    return out


def _level(name: str, key: str, doc: Document) -> str:
    s = folded(name)
    if is_organisation(key):
        return "organisation"
    if key == "peoples_committee_lower":
        m = re.search(r"(?:uy ban nhan dan|ubnd)\s+(?:cac\s+)?(\w+(?: \w+)?)", s)
        unit = m.group(1) if m else ""
        return "district" if re.match(r"(?:quan|huyen|thi xa|thanh pho)", unit) else "commune"
    tail = re.search(r"\b(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*)*\s*$", name.strip())
    if tail:
        return "commune" if tail.group(1) in ("xã", "phường", "thị trấn") else \
            ("province" if tail.group(1) == "tỉnh" else "district")
    if re.match(r"^(?:cac\s+)?so\b", s):
        return "province"
    if re.match(r"^(?:cac\s+)?phong\b", s):
        return "district"
    if re.match(r"^(?:cong chuc|can bo)\b", s):
        return "commune"
    return _LEVEL_OF_PLAN.get(doc.level, "province")


def _role(d: _Draft, parent: _Draft | None) -> str:
    if fold(d.written).startswith("đề nghị") or (parent is not None and fold(parent.written).startswith("đề nghị")):
        return "request"
    text = "\n".join(d.tasks)
    if _STANDING_RE.search(text[:400]):
        return "standing"
    lines = [heading_text(t, "") for t in d.tasks if t.strip()]  # without "- ", "a)", "2 - " …
    lines = [fold(t.partition(":")[2].strip() if colon_agency(t) else t) for t in lines]  # "Phòng …: phối hợp …"
    if lines and all(t.startswith("phối hợp") for t in lines) and "chủ trì" not in fold(text):
        return "coordinate"  # a body that only supports others
    return "lead"


def deadlines(text: str) -> list[str]:
    """Dates and deadlines in a span, verbatim, in order of appearance."""
    found: list[tuple[int, int]] = []
    for rx in _DEADLINE_RES:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            while a < b and text[a].isspace():
                a += 1
            if not any(a < y and x < b for x, y in found):
                found.append((a, b))
    return [text[a:b] for a, b in sorted(found)]


# columns of a responsibility table ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành")
_COOP_COL_RE = re.compile(r"phối hợp", re.I)
_TIME_COL_RE = re.compile(r"thời gian|thời hạn|tiến độ|hạn hoàn thành|mốc", re.I)
_LEAD_COL_RE = re.compile(r"chủ trì|phụ trách|đầu mối|chịu trách nhiệm|"
                          r"^(?:các )?(?:cơ quan|đơn vị)(?:,? (?:cơ quan|đơn vị))?(?: thực hiện)?$", re.I)
_TASK_COL_RE = re.compile(r"nhiệm vụ|nội dung|hoạt động|công việc", re.I)
_LEVEL_END_RE = re.compile(r"\b(?:huyện|xã|tỉnh|thị xã|thành phố|quận|phường|thị trấn)$", re.I)
_JOINT_OFFICE_RE = re.compile(r"^Văn phòng\s+(?:HĐND|Hội đồng nhân dân|Đoàn Đại biểu Quốc hội)\b[^,;]*$")
_BODY_SEP_RE = re.compile(r"\s*[,;]\s*|\s+và\s+|\s*\n\s*|\s+/\s+")  # no groups: split() keeps none


@dataclass(frozen=True)
class RowBody:
    """A body named in a responsibility table's row: as lead ("Cơ quan chủ trì") or cooperating ("Cơ quan phối
    hợp"), with the row's task and time cells verbatim."""

    section_id: int  # the row's section
    name: str  # as the cell writes it ("Phòng GD&ĐT")
    role: str  # "lead" | "coordinate"
    column: str  # the column's header
    task: str
    deadline: str


def row_cells(row: str) -> list[tuple[str, str]]:
    """A formatted table row's (column header, cell) pairs; a cell without a header has header ""."""
    out = []
    for part in row.split(" | "):
        head, sep, cell = part.partition(": ")
        out.append((head.strip(), cell.strip()) if sep and len(head) <= 60 else ("", part.strip()))
    return out


def _time_cell(cells: list[tuple[str, str]]) -> str:
    return next((c for h, c in cells if h and _TIME_COL_RE.search(h) and c), "")


def row_deadline(row: str) -> str:
    """The time cell of a responsibility table's row ("Quý II/2025", "Hằng năm", "Trước 30/6/2026"), else ""."""
    return _time_cell(row_cells(row))


def split_bodies(cell: str) -> list[str]:
    """The bodies an agency cell lists: "Phòng GD&ĐT, Hội Khuyến học huyện" → two; "UBND các xã, thị trấn" and
    "Sở Văn hóa, Thể thao và Du lịch" stay one (a part that does not open with a capitalised body name
    continues the one before). A capitalised name of no known kind ("Bưu điện huyện") is a body too."""
    pieces = _BODY_SEP_RE.split(cell)
    seps = _BODY_SEP_RE.findall(cell)
    out: list[str] = []
    for k, part in enumerate(pieces):
        part = part.strip(" .")
        if not part:
            continue
        # "Sở Văn hóa, Thể thao …" goes on; "Bưu điện huyện, Ngân hàng …" (a name closed by its level) does not
        new = looks_like_agency(part) or bool(out and _LEVEL_END_RE.search(out[-1]))
        # "Văn phòng HĐND và UBND phường" is one office serving both
        joint = bool(out and seps[k - 1].strip() == "và" and _JOINT_OFFICE_RE.search(out[-1]))
        if out and (joint or not (part[0].isupper() and len(part.split()) >= 2 and new)):
            out[-1] = f"{out[-1]}{seps[k - 1]}{part}"
        else:
            out.append(part)
    return [b for b in out if b[:1].isupper() or looks_like_agency(b)]  # the column says it names bodies


_ROLE_IN_RE = re.compile(r"\b(chủ trì|phối hợp)\s*:\s*", re.I)  # "Chủ trì: Phòng GD&ĐT; phối hợp: Phòng Nội vụ"
_ROLE_AFTER_RE = re.compile(r"\s*\(\s*(chủ trì|phối hợp)\s*\)\s*$", re.I)  # "Phòng GD&ĐT (chủ trì)"


def _roled(cell: str, role: str) -> list[tuple[str, str]]:
    """(role, body) for each body of a cell; a cell of one "Cơ quan thực hiện" column may say which body leads."""
    def of(word: str) -> str:
        return "coordinate" if word.lower() == "phối hợp" else "lead"

    marks = list(_ROLE_IN_RE.finditer(cell))
    if marks:
        return [(of(m.group(1)), b) for k, m in enumerate(marks)
                for b in split_bodies(cell[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(cell)])]
    out = []
    for b in split_bodies(cell):
        m = _ROLE_AFTER_RE.search(b)
        out.append((of(m.group(1)), b[:m.start()].strip()) if m else (role, b))
    return out


def table_bodies(doc: Document) -> list[RowBody]:
    """Every body each responsibility-table row names, lead column first (rows anywhere in the plan)."""
    out = []
    for s in doc.sections:
        if s.kind != "row":
            continue
        cells = row_cells(doc.text[s.start:s.end])
        task = next((c for h, c in cells if h and _TASK_COL_RE.search(h)), "")
        deadline = _time_cell(cells)
        found = []
        for head, cell in cells:
            if not head or not cell or _TIME_COL_RE.search(head):
                continue
            role = "coordinate" if _COOP_COL_RE.search(head) else "lead" if _LEAD_COL_RE.search(head) else None
            if role:
                found += [RowBody(s.id, name, r, head, task, deadline) for r, name in _roled(cell, role)]
        out += sorted(found, key=lambda b: b.role != "lead")
    return out


def _table_assignments(doc: Document, first: int) -> list[Assignment]:
    """One assignment per body per responsibility-table row, numbered on from ``first``."""
    out = []
    for b in table_bodies(doc):
        sec = doc.sections[b.section_id]
        key = function_of(b.name)
        name = b.name  # as the cell writes it ("Phòng LĐ-TB&XH"): clean_agency would space its hyphens
        out.append(Assignment(
            id=f"{doc.doc}#a{first + len(out)}", doc=doc.doc, agency=name, key=key, label=LABELS.get(key, key),
            level=_level(name, key, doc), role=b.role, section=PATH_SEP.join(sec.path), section_id=sec.id,
            start=sec.start, end=sec.end, tasks=(b.task,) if b.task else (), deadlines=(b.deadline,) if b.deadline
            else ()))
    return out


def extract_matrix(doc: Document) -> list[Assignment]:
    """Every agency of the plan's implementation part, groups before their members (see module docstring),
    then every body of its responsibility tables, row by row."""
    drafts: list[_Draft] = []
    for sec in doc.sections:
        if sec.kind == "roman" and _is_impl(sec.title):
            _walk(doc, sec, drafts)
    out: list[Assignment] = []
    for i, d in enumerate(drafts):
        parent = drafts[d.parent] if d.parent is not None else None
        key = function_of(d.agency)
        span = doc.text[d.start:d.end]
        own = span if not d.members else doc.text[d.start:min(drafts[m].start for m in d.members)]
        out.append(Assignment(
            id=f"{doc.doc}#a{i}", doc=doc.doc, agency=d.agency if not fold(d.written).startswith("đề nghị")
            else d.written.strip(" .;:,"), key=key, label=LABELS.get(key, key), level=_level(d.agency, key, doc),
            role=_role(d, parent), section=PATH_SEP.join(d.sec.path), section_id=d.sec.id, start=d.start,
            end=d.end, tasks=tuple(t for t in d.tasks if t), deadlines=tuple(deadlines(own)),
            is_group=bool(d.members), parent=f"{doc.doc}#a{d.parent}" if d.parent is not None else None))
    return out + _table_assignments(doc, len(out))
