"""What retrieval hands to the chat layer."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.types import Chunk


@dataclass
class Hit:
    """A retrieved chunk with its final relevance and the signals behind it."""

    chunk: Chunk
    score: float  # calibrated relevance in [0, 1]; compared to Settings.min_relevance
    rank: int = 0
    signals: dict[str, float] = field(default_factory=dict)


@dataclass
class Query:
    """A user question after analysis: what retrieval actually searches for."""

    raw: str
    text: str  # diacritics restored, aliases expanded: used for dense + lexical
    plans: list[str] | None = None  # doc ids to restrict to (None = all)
    agency: str | None = None  # canonical agency named in the question
    partner: str = ""  # a second body the asked one works with ("… phối hợp với Công an Thành phố việc gì?")
    intent: str = "general"  # "agency" | "target" | "deadline" | "funding" | "legal" | "purpose" | "general"
    language: str = "vi"
    years: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what analysis did, for debugging/eval
    percent: bool = False  # a percentage/share is asked ("bao nhiêu phần trăm", "tỷ lệ")
    day: bool = False  # a calendar date is asked ("trước ngày nào", "từ ngày nào")
    all_plans: bool = False  # "which plans …?": every plan that answers is wanted, judged one by one
    # quoted names ("Bình dân học vụ số") per plan, left out where the plan repeats them everywhere
    quoted: dict[str, list[str]] = field(default_factory=dict)
    # the kind of value asked, which a cited line must state: "percent" | "count" | "amount" | "figure"
    # (a share or a count: "chỉ tiêu … là bao nhiêu?") | "date" |
    # "sanction" | None (tasks, text); with ``indicator``, the question's words for what is measured
    value: str | None = None
    indicator: str = ""
    figure: bool = False  # a figure of any kind is asked ("bao nhiêu", a target, a value kind)
    current: bool = False  # the present state is asked ("hiện nay có bao nhiêu"), not a target
    bound: tuple[str, float] | None = None  # a bound on percentages asked: (">=", 90.0) for "từ 90% trở lên"
    issuer: str = ""  # the plan's own issuer, named as setting the plan out ("Sở GD&ĐT … đề ra những …?")
    recipient: str = ""  # the body an amount is asked for ("kinh phí cho Hội Khuyến học"): its line must name it
    # the budget an amount is asked from ("ngân sách xã", "xã hội hóa"): its line must name that source, as a
    # period's total or another source's share is no answer
    source: str = ""
    # a kind of document asked for by name ("Thông tư nào …?", "theo quyết định số mấy?"): a line citing one
    # of that kind answers; the plan's own bases are asked through ``intent == "legal"``
    document_kind: str = ""
    per_unit: bool = False  # an amount asked of one unit ("mỗi trung tâm", "each centre"): one unit's share answers
    missing_places: list[str] = field(default_factory=list)  # named places no loaded plan covers
    undescribed: str = ""  # a plan described by date, period or issuer ("kế hoạch ban hành tháng 3/2025") none fits
    # places asked that a loaded plan lists as table rows (a commune of a district's per-commune targets)
    listed_places: list[str] = field(default_factory=list)
    unknown_agency: str | None = None  # an agency named that the asked plans never mention
    english_terms: list[str] = field(default_factory=list)  # the plans' wording given an English question's terms
    # cosine (e5) of the question to each line of the answering plans, by (doc, line start offset)
    line_sim: dict[tuple[str, int], float] = field(default_factory=dict)
    # a body set aside by the question ("Ngoài Sở GD&ĐT, còn cơ quan nào …?", "Besides X, who else …?"): its own
    # lines are no answer, and every other body the lines give the task to is wanted
    excluded: str = ""
