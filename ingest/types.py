"""The plain data that leaves the ingest stage: a parsed plan and its chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PATH_SEP = " › "


@dataclass(frozen=True)
class Section:
    """One node of a plan's outline.

    ``start``/``end`` are character offsets into ``Document.text`` covering the heading and body
    (children included); ``body_start`` is where the text after the heading begins.
    """

    id: int
    kind: str  # "preamble" | "roman" | "number" | "letter" | "closing" | "row" (a table row) | "group" (a table
    # row merged across it, over the rows below) | "appendix" (a PHỤ LỤC after the plan's body)
    label: str  # "V.", "2.1.", "a)" ("" for preamble/closing)
    title: str  # heading text without the label, e.g. "TỔ CHỨC THỰC HIỆN"
    level: int  # depth in the tree, 1 = roman section
    parent: int | None
    path: tuple[str, ...]  # display headings from the top, e.g. ("V. TỔ CHỨC THỰC HIỆN", "3. Sở Nội vụ")
    start: int
    body_start: int
    end: int
    agency: str | None = None  # set on agency headings under "TỔ CHỨC THỰC HIỆN"

    @property
    def heading(self) -> str:
        return f"{self.label} {self.title}".strip()

    @property
    def path_str(self) -> str:
        return PATH_SEP.join(self.path)


@dataclass(frozen=True)
class Signer:
    """Who signed the plan: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A"."""

    name: str
    capacity: str  # e.g. "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"


@dataclass(frozen=True)
class Reference:
    """A clause of the plan giving tasks by pointing to its own items ("chủ trì thực hiện nhiệm vụ tại điểm b khoản 3
    Mục III"): where it is, the body's section holding it, the sections it names. Read at ingest."""

    start: int  # offset of the clause in ``Document.text``
    end: int
    section: int  # the innermost section holding the clause (a body's section under V, usually)
    targets: tuple[int, ...]  # section ids of the items pointed to, in the clause's order


@dataclass(frozen=True)
class Amendment:
    """A line amending the plan's own items (an annex "1. Điều chỉnh chỉ tiêu tại điểm c Mục II: … thành …"): the
    items still read their old words, so a quote of them brings this line. Read at ingest (``ingest.amendments``)."""

    start: int  # offsets of the amending line in ``Document.text``
    end: int
    section: int  # the innermost section holding the line
    targets: tuple[int, ...]  # section ids of the items amended
    basis: tuple[int, int] | None = None  # the line stating the act it was issued with ("kèm theo Quyết định số …")


@dataclass
class Document:
    """A parsed plan: cleaned NFC text, metadata and its outline."""

    doc: str  # file name: the stable id used in citations
    title: str
    locality: str
    level: str  # "tỉnh/thành phố" | "huyện" | "xã"
    number: str | None  # e.g. "74/KH-BCĐ"
    year: int | None
    period: str | None  # e.g. "2021-2030"
    text: str
    sections: list[Section] = field(default_factory=list)
    province: str | None = None  # parent province of a district plan (e.g. "Nam Định")
    source_sha256: str = ""
    parents: tuple[str, ...] = ()  # the issuing unit's enclosing units, nearest first ("Mỹ Lộc", "Nam Định")
    issued: str | None = None  # date of issue, "YYYY-MM-DD"
    issued_year: int | None = None  # its year, also when the header leaves day and month blank ("ngày  tháng  năm 2024")
    signer: Signer | None = None
    # metadata kept out of the answer passages: the signature block and "Nơi nhận" list, verbatim
    signature: str = ""
    recipients: str = ""
    amends: tuple[str, ...] = ()  # numbers of the plans this one amends ("88/KH-UBND"), from its title
    # a joint plan (Kế hoạch liên tịch): every body that issued it, as its header writes them, and every signer
    issuers: tuple[str, ...] = ()
    signers: tuple[Signer, ...] = ()
    references: tuple[Reference, ...] = ()  # tasks given by pointing to the plan's own items (``ingest.crossref``)
    amendments: tuple[Amendment, ...] = ()  # lines amending the plan's own items (``ingest.amendments``)
    abbreviations: tuple[tuple[str, str], ...] = ()  # the plan's own legend ("HKH", "Hội Khuyến học"): ``ingest.legend``
    # the body that issued the plan, the last of its header's left column as written ("BAN QUẢN LÝ KHU KINH TẾ HẢI
    # PHÒNG" under "UBND THÀNH PHỐ HẢI PHÒNG"): a question may name the plan by it
    issuer: str = ""

    def section(self, sid: int) -> Section:
        return self.sections[sid]

    def body_at(self, pos: int) -> str | None:
        """The body whose section (or an item inside it: "a)" under "3. Phòng Nội vụ") holds the offset, if any."""
        inner = sorted((s for s in self.sections if s.start <= pos < s.end), key=lambda s: -s.level)
        return next((s.agency for s in inner if s.agency), None)

    def lines(self, start: int, end: int) -> list[tuple[int, int]]:
        """The offsets (start, end) of each non-blank line of the text between two offsets."""
        out, pos = [], start
        for ln in self.text[start:end].split("\n"):
            if ln.strip():
                out.append((pos, pos + len(ln)))
            pos += len(ln) + 1
        return out

    def amended_at(self, pos: int) -> list[Amendment]:
        """The plan's own amendments of the item holding offset ``pos`` (its words there are no longer current)."""
        return [a for a in self.amendments
                if any(self.sections[t].start <= pos < self.sections[t].end for t in a.targets)]

    def amends_plan(self, other: Document) -> bool:
        """Does this plan amend ``other``? Its title names other's number and both are the same place's: many
        places issue a "Kế hoạch 88", and another place's plan is not the one amended."""
        return (other is not self and other.number is not None and other.number in self.amends
                and other.locality == self.locality)

    def period_span(self) -> tuple[int, int] | None:
        """The first and last year of the plan's period ("2025-2030"; "2026" for an annual plan), or None."""
        found = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", self.period or "")]
        return (min(found), max(found)) if found else None

    def children(self, sid: int | None) -> list[Section]:
        return [s for s in self.sections if s.parent == sid]

    def agencies(self) -> list[Section]:
        """Agency sections under TỔ CHỨC THỰC HIỆN, in document order."""
        return [s for s in self.sections if s.agency]

    @property
    def display_name(self) -> str:
        return f"{self.title} ({self.locality})"


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: never straddles two agencies or two roman sections."""

    id: str  # f"{doc}#{n}"
    doc: str
    title: str
    locality: str
    section: str  # heading path joined with " › "
    section_id: int
    start: int
    end: int
    text: str
    agency: str | None = None
    kind: str = "body"  # "body" | "heading-only" | "signature" | "recipients" (cited, never retrieved)


@dataclass(frozen=True)
class Target:
    """One quantitative target of a plan: one indicator, one value, one year (the targets table's row)."""

    id: str  # f"{doc}#t{n}"
    doc: str
    indicator: str  # the plan's wording of what is measured
    value: str  # the figure as written, with its qualifier: "40%", "Khoảng 50%", "75-80%", "ít nhất 15"
    number: float  # range → lower bound
    unit: str  # "%" | "count" | "level" | "VND"
    bound: str  # "eq" | "min" | "range" | "approx"
    year: int | None
    scope: str  # what the figure is taken over, when stated ("trong độ tuổi lao động"), else ""
    section: str  # heading path joined with PATH_SEP
    section_id: int
    text: str  # the verbatim line (or table row) holding the figure
    start: int  # offsets of ``text`` in Document.text
    end: int
    number_max: float | None = None  # upper bound of a range
    # "objective" (objectives section) | "task" (set inside a task/agency section) | "result" (a column of what was
    # done, "Năm 2025 (thực hiện)", beside the targets: no target for that year)
    kind: str = "objective"
    concept: str = ""  # shared key of every plan's target that measures the same thing (set at index time)


@dataclass(frozen=True)
class Assignment:
    """One agency's part in a plan's implementation (a responsibility-matrix cell)."""

    id: str  # f"{doc}#a{n}"
    doc: str
    agency: str  # name as written ("Sở Nội vụ", "Đề nghị Ủy ban MTTQ Việt Nam thành phố")
    key: str  # function shared across levels and plans ("home_affairs" for Sở/Phòng Nội vụ)
    label: str  # display label of the function ("Nội vụ")
    level: str  # "province" | "district" | "commune" | "organisation"
    role: str  # "standing" | "lead" | "coordinate" | "request"
    section: str  # heading path
    section_id: int
    start: int
    end: int
    tasks: tuple[str, ...] = ()  # task lines / bullets of its section, verbatim
    deadlines: tuple[str, ...] = ()  # dates and deadlines inside its section, verbatim
    is_group: bool = False  # a heading grouping several bodies ("Lực lượng vũ trang Thành phố")
    parent: str | None = None  # id of the group assignment a member belongs to
