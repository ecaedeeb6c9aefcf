"""The plain data that leaves the ingest stage: a parsed plan and its chunks."""

from __future__ import annotations

from dataclasses import dataclass, field

PATH_SEP = " › "


@dataclass(frozen=True)
class Section:
    """One node of a plan's outline.

    ``start``/``end`` are character offsets into ``Document.text`` covering the heading and body
    (children included); ``body_start`` is where the text after the heading begins.
    """

    id: int
    kind: str  # "preamble" | "roman" | "number" | "letter" | "closing"
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


@dataclass
class Document:
    """A parsed plan: cleaned NFC text, metadata and its outline."""

    doc: str  # file name: the stable id used in citations
    title: str
    locality: str
    level: str  # "tỉnh/thành phố" | "huyện"
    number: str | None  # e.g. "74/KH-BCĐ"
    year: int | None
    period: str | None  # e.g. "2021-2030"
    text: str
    sections: list[Section] = field(default_factory=list)
    province: str | None = None  # parent province of a district plan (e.g. "Nam Định")
    source_sha256: str = ""

    def section(self, sid: int) -> Section:
        return self.sections[sid]

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
    kind: str = "body"  # "body" | "heading-only"
