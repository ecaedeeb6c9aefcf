"""Plan metadata from the header, title, intro and signature block.

Title, issuing unit (locality, level, enclosing ``parents``), number, date of issue, year, period and
signer. The issuing unit is read from the administrative units the plan names ("ỦY BAN NHÂN DÂN /
HUYỆN MỸ LỘC" in the header, "trên địa bàn xã X, huyện Y, tỉnh Z" in the title): the lowest-level unit
is the plan's own place, the higher ones around it are its parents.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.clean import Line, is_person_name
from ingest.places import is_province, province_of_district
from ingest.textnorm import fold, squash_spaces
from ingest.types import Signer

_NUMBER_RE = re.compile(r"Số\s*:\s*(\d+)\s*/\s*([A-ZĐ][A-ZĐ0-9\-]*)")
# a Party committee's number: "Số 86-KH/HU", "Số: 23-NQ/TU" (the kind after a dash, the issuer after the slash)
def number_digits(number: str | None) -> str:
    """A document number's own digits as written, before "/" and before a Party number's dash ("08/KH-UBND" → "08",
    "86-KH/HU" → "86")."""
    return (number or "").split("/")[0].split("-")[0]


def number_as_asked(number: str | None) -> str:
    """A plan's number as a question gives it: its digits before "/", without leading zeros ("08/KH-UBND" → "8")."""
    return number_digits(number).strip().lstrip("0")


_PARTY_NUMBER_RE = re.compile(r"Số\s*:?\s*(\d+)\s*-\s*((?:KH|NQ|CT|KL|QĐ|QĐi|TB|BC|HD|CTr)/[A-ZĐ][A-ZĐa-zđ0-9\-]*)")
_DATE_YEAR_RE = re.compile(r"ngày\s+[\d\s]*tháng\s+[\d\s]*năm\s+(\d{4})")
_PERIOD_RE = re.compile(r"giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})")
_YEAR_RE = re.compile(r"\b(20\d{2}|19\d{2})\b")

ISSUED_RE = re.compile(r"[^\W\d][\w\s'’]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
# "<Nơi ban hành>, ngày 04 tháng 5 năm 2024" or "…, ngày 04/5/2024": the place-and-date line of the header
_ISSUED_DATE_RE = re.compile(
    r"[^\W\d][\w\s.'’]{1,30},\s*ngày\s+(\d{1,2})\s*(?:tháng\s+|[/.-]\s*)(\d{1,2})\s*(?:năm\s+|[/.-]\s*)(\d{4})",
    re.IGNORECASE)

# Administrative units: level rank 1 = province, 2 = district, 3 = commune; "thành phố" is 1 or 2; a special zone
# ("đặc khu Bạch Long Vĩ", since 2025) is a commune-level unit.
_UNIT_WORDS = {"thị xã": 2, "thị trấn": 3, "thành phố": 0, "tp.": 0, "tỉnh": 1, "huyện": 2, "quận": 2,
               "xã": 3, "phường": 3, "đặc khu": 3}
# the commune's unit word, as a pattern: not the "xã" of "hợp tác xã" (a cooperative names no commune: "LIÊN MINH HỢP TÁC
# XÃ TỈNH CAO BẰNG" is the province's alliance), nor of "xã hội" ("BẢO HIỂM XÃ HỘI VIỆT NAM", "chính sách xã hội",
# "xã hội học tập", "xã hội hóa"); every pattern of unit words, here and in ``index``, uses it
COMMUNE_WORD = (r"(?<![Hh]ợp tác )(?<!HỢP TÁC )(?<![Hh]iểm )(?<!HIỂM )(?<![Cc]hính sách )(?<!CHÍNH SÁCH )xã"
                r"(?!\s+(?:[Hh]ội|HỘI)\s+(?:[Vv]iệt [Nn]am|VIỆT NAM|[Hh]ọc tập|HỌC TẬP|[Hh]óa|HÓA|[Hh]oá|HOÁ)\b)")
_UNIT_KEY_RE = re.compile(rf"(?<!\w)(thị xã|thị trấn|thành phố|tp\.|tỉnh|huyện|quận|{COMMUNE_WORD}|phường|đặc khu)(?!\w)\s*",
                          re.IGNORECASE)
# words that end a place name in an all-caps header ("HUYỆN MỸ LỘC ỦY BAN NHÂN DÂN XÃ …")
# and the opening words of the basis paragraph a short title can run into ("…, tỉnh Nam Định Thực hiện …")
# (only words no place name uses: "Hội An", "Đồng Nai", "Nhân Hòa" are places)
_NAME_STOP = frozenset("ủy uỷ ubnd số đảng cộng độc về của và thực căn triển theo".split())
# the national motto printed beside every header: not a place
# (a Party body's document heads its right column "ĐẢNG CỘNG SẢN VIỆT NAM" where the State's has the motto, a Youth
# Union committee's "ĐOÀN TNCS HỒ CHÍ MINH")
_MOTTO_RE = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|"
                       r"ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc",
                       re.IGNORECASE)
# the opening words of the legal-basis paragraph under a Vietnamese administrative document's title
_BASIS_RE = re.compile(r"(?<=[^\W_])\s+(?:Thực hiện|Căn cứ|Triển khai|Theo)\s+(?:Quyết định|Nghị quyết|Kế hoạch|Chỉ thị|"
                       r"Luật|Nghị định|Thông tư|Công văn|Chương trình|Đề án|văn bản)")
# (0: a central body's nationwide plan; -1: an organisation's own plan — a corporation, a university — no unit's)
LEVELS = {-1: "đơn vị", 0: "trung ương", 1: "tỉnh/thành phố", 2: "huyện", 3: "xã"}
# a central body's letterhead ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "THỦ TƯỚNG CHÍNH PHỦ", "BAN CHẤP HÀNH TRUNG ƯƠNG",
# "TRUNG ƯƠNG HỘI …", "HỘI KHUYẾN HỌC VIỆT NAM"): a nationwide plan, whatever city its place-date line names ("Hà
# Nội, ngày …" is where the ministry sits); "BỘ CHỈ HUY QUÂN SỰ TỈNH …" and "BỘ ĐỘI BIÊN PHÒNG …" are a province's
_CENTRAL_RE = re.compile(r"^(?:BỘ\s+(?!CHỈ\s+HUY\b|ĐỘI\b)\w|CHÍNH\s+PHỦ\b|THỦ\s+TƯỚNG\b|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ\b|"
                         r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG\b|BAN\s+BÍ\s+THƯ\b|TRUNG\s+ƯƠNG\b|.*\bVIỆT\s+NAM$)")
# an organisation issuing a plan for itself ("TỔNG CÔNG TY LẮP MÁY VIỆT NAM - CTCP", "TRƯỜNG ĐẠI HỌC …"): the plan is
# the organisation's, not the place-date line's city
_ORGANISATION_HEADS = r"TỔNG\s+CÔNG\s+TY|TẬP\s+ĐOÀN|CÔNG\s+TY|NGÂN\s+HÀNG|(?:TRƯỜNG\s+)?ĐẠI\s+HỌC|HỌC\s+VIỆN|VIỆN"
_ORGANISATION_RE = re.compile(rf"^(?:{_ORGANISATION_HEADS})\b")
# agency lines naming a provincial department ("Sở …") or a district office ("Phòng …")
_SO_RE = re.compile(r"^(?:[-+•–]\s*|\d{1,2}\.\s*|[a-zđ]\)\s*)?(?:Đề nghị\s+)?Sở\s+[A-ZĐ]")
_PHONG_RE = re.compile(r"^(?:[-+•–]\s*|\d{1,2}\.\s*|[a-zđ]\)\s*)?(?:Đề nghị\s+)?Phòng\s+[A-ZĐ]")


@dataclass(frozen=True)
class PlanMeta:
    title: str
    locality: str
    level: str
    number: str | None
    year: int | None
    period: str | None
    province: str | None
    parents: tuple[str, ...] = ()
    issued: str | None = None
    amends: tuple[str, ...] = ()
    joint: bool = False  # a Kế hoạch liên tịch: issued together by several bodies
    issued_year: int | None = None  # the year of the header's date line, even when its day and month are blank


# "Điều chỉnh, bổ sung một số nội dung của Kế hoạch số 88/KH-UBND …", "Sửa đổi Kế hoạch số 12/KH-UBND …"
_AMENDS_RE = re.compile(r"\b(?:điều chỉnh|sửa đổi|bổ sung|thay thế)\b[^.;]{0,120}?\bKế hoạch(?: số)?\s*:?\s*(\d+)\s*/\s*"
                        r"([A-ZĐ][A-ZĐ0-9\-]*)", re.IGNORECASE)


def amended_plans(title_line: str) -> tuple[str, ...]:
    """The numbers of the plans a plan amends, as its title names them ("Kế hoạch điều chỉnh, bổ sung … của Kế
    hoạch số 88/KH-UBND …"): its items change those plans, the rest of which stands."""
    return tuple(dict.fromkeys(f"{m.group(1)}/{m.group(2).upper()}" for m in _AMENDS_RE.finditer(title_line)))


@dataclass
class _Unit:
    word: str  # the unit word as found, folded ("huyện", "thành phố")
    name: str  # place name in title case ("Mỹ Lộc")
    start: int
    end: int
    source: str  # "header" | "title" | "intro"
    chain: list[_Unit] = field(default_factory=list)  # units written right after it ("xã X, huyện Y, tỉnh Z")

    @property
    def rank(self) -> int:
        return _UNIT_WORDS[self.word]


def _place_name(words: list[str]) -> str:
    """Title-case an all-caps header name ("MỸ LỘC" → "Mỹ Lộc"); mixed-case names are kept."""
    name = " ".join(words)
    if name.isupper():  # "EA H'LEO" → "Ea H'Leo"
        name = re.sub(r"(['’])(\w)", lambda m: m.group(1) + m.group(2).upper(),
                      " ".join(w[0] + w[1:].lower() for w in words))
    return name


def units_in(text: str, source: str) -> list[_Unit]:
    """Named administrative units in ``text``, in order; "xã hội", "huyện ban hành" name nothing."""
    out: list[_Unit] = []
    for m in _UNIT_KEY_RE.finditer(text):
        words: list[str] = []
        end = m.end()
        rest = text[m.end():]
        for w in re.finditer(r"[ \t]*(\S+)", rest):
            if m.end() + w.start() != end and words:
                break  # not contiguous (a newline in between)
            token = w.group(1)
            core = token.lstrip("(“\"").rstrip(",.;:)”\"/")
            after = re.match(r"[ \t]+([A-ZĐÀ-Ỹ][\wđ]*)[ \t]+[A-ZĐÀ-Ỹ]", rest[w.end():]) \
                if core in ("-", "–") and words else None
            if after and not _UNIT_KEY_RE.match(after.group(1) + " "):
                words.append("-")  # a name joined by a dash: "Bà Rịa - Vũng Tàu"
                end = m.end() + w.end()
                continue
            numbered = not words and core.isdigit() and len(core) <= 2  # "Phường 5", "Quận 10"
            if not numbered and (not core or not core[0].isupper() or not re.sub(r"[-'’]", "", core).isalpha()
                                 or fold(core) in _NAME_STOP or len([x for x in words if x != "-"]) == 4):
                break
            words.append(core)
            end = m.end() + w.start(1) + len(core)
            if core != token:
                break  # punctuation ends the name
        if words:
            out.append(_Unit(fold(m.group(1)), _place_name(words), m.start(), end, source))
    for a, b in zip(out, out[1:], strict=False):
        if re.fullmatch(r"[\s,–-]*", text[a.end:b.start]):
            a.chain.append(b)
    return out


def _header_units(header: str) -> list[_Unit]:
    """Units of the issuing authority in the header's left column (the motto and place-date are not)."""
    out: list[_Unit] = []
    for line in header.split("\n"):
        line = _MOTTO_RE.sub(" ", re.sub(r"[*#]", "", line))
        left = re.split(r"\s{3,}|\t", line.strip())[0] if line.strip() else ""
        if "ngày" in left or re.match(r"\s*Số\b", left):
            continue
        out.extend(units_in(_PARTY_COMMITTEE_RE.sub(_party_unit, left), "header"))
    return out


# a Party committee names its unit: "HUYỆN ỦY TIỂU CẦN" (huyện Tiểu Cần), "THÀNH ỦY HÀ NỘI", "THỊ ỦY …", "Tỉnh ủy …"
_PARTY_COMMITTEE_RE = re.compile(r"\b(TỈNH|HUYỆN|QUẬN|THÀNH|THỊ|Tỉnh|Huyện|Quận|Thành|Thị)\s+(?:[ỦU][YỶ]|[ủu][yỷ])(?=\s+[A-ZĐÀ-Ỹ])")
_PARTY_UNIT = {"thành": "thành phố", "thị": "thị xã"}


def _party_unit(m: re.Match[str]) -> str:
    word = m.group(1)
    unit = _PARTY_UNIT.get(word.lower(), word.lower())
    return unit.upper() if word.isupper() else unit


def _title_units(title_line: str) -> list[_Unit]:
    """Units the title names, from "trên địa bàn …" when it says so (earlier ones are other bodies)."""
    m = re.search(r"trên địa bàn|tại địa bàn", title_line)
    return units_in(title_line[m.end():] if m else title_line, "title")


def _as_written(upper: str, lines: list[Line]) -> str:
    """A body's name from the header's capitals as its text writes it ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Bộ Văn hóa,
    Thể thao và Du lịch"); its first letter alone capitalised when the text never writes it out."""
    name = re.sub(r"\s+", " ", upper).strip()
    words = re.escape(name).replace(r"\ ", r"\s+")
    for ln in lines:
        if (m := re.search(words, ln.text, re.I)) and not m.group(0).isupper():
            return re.sub(r"\s+", " ", m.group(0))
    return name[:1] + name[1:].lower()


def _issuer_and_parents(header: str, title_line: str, intro: str, lines: list[Line]) -> tuple[str, int, list[str]]:
    """(locality, level rank, parents nearest first) of the unit that issued the plan."""
    header_u, title_u, intro_u = _header_units(header), _title_units(title_line), units_in(intro, "intro")
    issuers = header_issuers(header)
    primary = header_u + title_u or intro_u
    # (the issuer is the last body of the letterhead: "BỘ XÂY DỰNG / TỔNG CÔNG TY …" is the corporation's plan; a
    # province its legal basis cites — "Kế hoạch … của Tỉnh đoàn Đắk Lắk" — does not make it the province's)
    if not header_u + title_u and issuers and _ORGANISATION_RE.match(issuers[-1]):
        return _as_written(issuers[-1], lines), -1, []
    if not header_u and issuers and _CENTRAL_RE.match(issuers[0]):
        return _as_written(issuers[0], lines), 0, []
    if not primary:  # no unit named: the place of the place-and-date line, level unknown (province)
        m = _ISSUED_DATE_RE.search(header) or re.search(r"^\s*([^\W\d][\w ]{1,30}),\s*ngày\b", header, re.M)
        words = re.split(r"\s{2,}|\t", m.group(0).split(",")[0].strip())[-1].split() if m else []
        while len(words) > 1 and words[0].isupper() and words[1][1:].islower():
            words = words[1:]  # "UBND Hòa Bình" (the number's code glued on) → "Hòa Bình"
        place = " ".join(words)
        return (place if place and place[0].isupper() else ""), 1, []
    everything = header_u + title_u + intro_u
    has_province = any(u.rank == 1 for u in header_u)

    def rank(u: _Unit) -> int:
        if u.rank:
            return u.rank
        # "thành phố X": under a province when written inside one ("thành phố X, tỉnh Z") or under a
        # province header; else by whom it instructs: provincial departments (Sở) or district offices (Phòng)
        if any(c.rank == 1 for c in u.chain) or (u.source == "header" and has_province):
            return 2
        so = sum(bool(_SO_RE.match(ln.text)) for ln in lines)
        phong = sum(bool(_PHONG_RE.match(ln.text)) for ln in lines)
        return 2 if phong > so else 1

    issuer = max(primary, key=lambda u: (rank(u), -primary.index(u)))
    level = rank(issuer)
    parents: dict[int, str] = {}
    chain: list[_Unit] = []
    nxt = issuer.chain
    while nxt and nxt[0] not in chain:
        chain.append(nxt[0])
        nxt = nxt[0].chain
    ordered = chain + [u for u in everything if u not in chain]
    for u in ordered:
        if u is issuer or (u.name == issuer.name and (u.rank or level) == level):
            continue  # the issuer itself (a province and its capital city may share a name)
        r = u.rank or (2 if level == 3 and any(v.rank == 1 for v in everything) and not any(
            v.rank == 2 for v in everything) else 1)
        if r < level and r not in parents:
            parents[r] = u.name
    return issuer.name, level, [parents[r] for r in sorted(parents, reverse=True)]


# a row of the record a document database shows above a plan's text ("| Tình trạng hiệu lực | Còn hiệu lực |");
# its number and date of issue are the header's own lines, its legal bases the preamble's
_RECORD_ROW_RE = re.compile(r"^\|\s*(Ngày có hiệu lực|Ngày hết hiệu lực|Tình trạng(?: hiệu lực)?|Hiệu lực|Lĩnh vực|"
                            r"Loại văn bản|Cơ quan ban hành|Người ký|Chức vụ|Trích yếu|Ngày đăng công báo|Số công báo)"
                            r"\s*\|\s*([^|]*[^|\s])\s*\|\s*$", re.I)


def header_facts(header: str) -> list[str]:
    """The header's citable facts: the plan's number and its place and date of issue, when filled in
    ("Số: 74 /KH-BCĐ", "Cần Thơ, ngày 04 tháng 5 năm 2024"); blank templates ("Số: /KH-UBND") are not; and the
    fields of a document database's record of the plan ("Tình trạng hiệu lực: Còn hiệu lực")."""
    out = []
    for raw in header.split("\n"):
        line = re.sub(r"[*#]", "", raw).strip()
        if record := _RECORD_ROW_RE.match(line):  # a document database's record of the plan, above its text
            out.append(f"{record.group(1)}: {record.group(2)}")
            continue
        for m in (_NUMBER_RE.search(line) or _PARTY_NUMBER_RE.search(line), ISSUED_RE.search(line)):
            if m:
                out.append(re.sub(r"\s+", " ", m.group(0)).strip())
    return out


def issued_date(header: str) -> str | None:
    """Date of issue from the header's place-and-date line as ``YYYY-MM-DD``; a blank form ("ngày  tháng
    năm 2022") or an impossible date gives ``None``."""
    for raw in header.split("\n"):
        m = _ISSUED_DATE_RE.search(re.sub(r"[*#]", "", raw))
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                return None
    return None


# the header line that opens an issuing body ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "HỘI KHUYẾN HỌC TỈNH …"); a line opening
# with a unit word ("TỈNH QUẢNG BÌNH") goes on naming the body above it
_BODY_HEAD_RE = re.compile(r"^(?:[ỦU][YỶ]\s+BAN|UBND|SỞ|HỘI|BAN|PHÒNG|ĐẢNG|TỈNH\s+[ỦU][YỶ]|HUYỆN\s+[ỦU][YỶ]|THÀNH\s+[ỦU][YỶ]|"
                           r"QUẬN\s+[ỦU][YỶ]|MẶT\s+TRẬN|TỈNH\s+ĐOÀN|HUYỆN\s+ĐOÀN|ĐOÀN|LIÊN\s+ĐOÀN|LIÊN\s+MINH|TRUNG\s+TÂM|"
                           rf"TRƯỜNG|BỘ|HỘI\s+ĐỒNG|CÔNG\s+AN|VĂN\s+PHÒNG|CỤC|CHI\s+CỤC|{_ORGANISATION_HEADS})\b")


def header_issuers(header: str) -> list[str]:
    """The issuing bodies the header's left column names, each with the unit lines under it ("SỞ GIÁO DỤC VÀ ĐÀO
    TẠO / TỈNH QUẢNG BÌNH" → one body), in order, as written; the motto, number and place-date are not."""
    out: list[str] = []
    for raw in header.split("\n"):
        line = _MOTTO_RE.sub(" ", re.sub(r"[*#_]", "", raw)).strip()
        left = re.split(r"\s{3,}|\t|\s\|\s", line)[0].strip(" |-–") if line else ""
        if not left or re.match(r"Số\b", left) or "ngày" in left or not left.isupper():
            continue
        if _BODY_HEAD_RE.match(left) or not out:
            out.append(left)
        else:
            out[-1] = f"{out[-1]} {left}"
    return [_YOUTH_COMMITTEE_RE.sub(lambda m: f"{_YOUTH_BY_LEVEL[m.group(1)]} ĐOÀN ", b) for b in out]


# a Youth Union committee's letterhead ("BCH ĐOÀN TỈNH ĐẮK LẮK", "BAN CHẤP HÀNH ĐOÀN THÀNH PHỐ …") goes by its level's
# name ("Tỉnh đoàn Đắk Lắk", "Thành đoàn …"), as its own text and its people write it
_YOUTH_COMMITTEE_RE = re.compile(r"^(?:BCH|BAN\s+CHẤP\s+HÀNH)\s+ĐOÀN\s+(TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ)\s+")
_YOUTH_BY_LEVEL = {"TỈNH": "TỈNH", "THÀNH PHỐ": "THÀNH", "HUYỆN": "HUYỆN", "QUẬN": "QUẬN", "THỊ XÃ": "THỊ"}


def signers_from(signature: str) -> list[Signer]:
    """Every signer of a signature block signed by several bodies side by side (a joint plan): each printed name
    with the capacity lines above it, back to the name before."""
    lines = [squash_spaces(ln) for ln in signature.split("\n") if ln.strip()]
    names = [i for i, ln in enumerate(lines) if is_person_name(ln)]
    out, first = [], 0
    for at in names:
        capacity = [ln for ln in lines[first:at] if not ln.startswith("(") and not is_person_name(ln)]
        out.append(Signer(name=lines[at], capacity=", ".join(capacity)))
        first = at + 1
    return out


def signer_from(signature: str) -> Signer | None:
    """The signer in a signature block: the printed name and the capacity lines above it, minus the
    collective "TM. …" line ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A" →
    Signer("Nguyễn Văn A", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"))."""
    lines = [squash_spaces(ln) for ln in signature.split("\n") if ln.strip()]
    names = [i for i, ln in enumerate(lines) if is_person_name(ln)]
    if not names:
        return None
    at = names[-1]
    first = names[-2] + 1 if len(names) > 1 else 0  # an approving body's column, signed above, is not the capacity
    capacity = [ln for ln in lines[first:at] if not re.match(r"^TM\s*\.", ln) and not ln.startswith("(")
                and not is_person_name(ln)]
    return Signer(name=lines[at], capacity=", ".join(capacity))


# a draft's mark beside the title ("DỰ THẢO" in a text box, "(Lần 2 - sau góp ý …)"): no part of its subject
_DRAFT_MARK_RE = re.compile(r"^(?:\(?\s*(?:bản\s+)?dự\s+thảo\b[^()]*\)?|draft|\((?:lần|bản)\s+[^()]*\))$", re.I)


def extract_metadata(header: str, lines: list[Line], fallback_name: str) -> PlanMeta:
    """Read metadata from the header furniture (number, date, issuing unit) and the first lines (title, basis)."""
    title_line, kind = "", "Kế hoạch"
    for ln in lines[:6]:
        if m := re.fullmatch(r"KẾ\s+HOẠCH(\s+LIÊN\s+TỊCH)?", ln.text.strip()):
            kind = "Kế hoạch liên tịch" if m.group(1) else kind  # issued together by two or more bodies
            continue
        if _DRAFT_MARK_RE.match(ln.text.strip()):
            continue
        title_line = ln.text.strip()
        break
    # a short plan's title can be rejoined with the basis paragraph that follows it: cut where that opens
    m = _BASIS_RE.search(title_line)
    if m and m.start() > 20:
        title_line = title_line[:m.start()].rstrip()
    subject = title_line if title_line.isupper() else title_line[:1].lower() + title_line[1:]  # upper case: as written
    title = f"{kind} {subject}" if title_line else fallback_name
    intro = " ".join(ln.text for ln in lines[:6])

    locality, rank, parents = _issuer_and_parents(header, title_line, intro, lines)
    level = LEVELS[rank]

    number = None
    m = _NUMBER_RE.search(header) or _NUMBER_RE.search(intro[:300])
    if m:
        number = f"{m.group(1)}/{m.group(2)}"
    elif m := _PARTY_NUMBER_RE.search(header):
        number = f"{m.group(1)}-{m.group(2)}"

    year = None
    dated = _DATE_YEAR_RE.search(header)
    if dated:
        year = int(dated.group(1))
    else:
        m = re.search(r"năm\s+(\d{4})", title_line)
        if m:
            year = int(m.group(1))
        else:
            years = [int(y) for y in _YEAR_RE.findall(intro)]
            year = max(years) if years else None

    period = _period(title_line, intro, year)
    issued = issued_date(header) or issued_date(intro[:300])  # header set under the title
    if rank > 1 and len(parents) == rank - 2 and not (parents and is_province(parents[-1])):
        # the district is named, its province is not: look it up (a commune may sit directly under a province)
        province_of = province_of_district(parents[-1] if parents else locality)
        if province_of and province_of not in parents and province_of != locality:
            parents = [*parents, province_of]
    province = parents[-1] if parents and rank > 1 else None
    return PlanMeta(title=title, locality=locality or fallback_name, level=level, number=number,
                    year=year, period=period, province=province, parents=tuple(parents),
                    issued=issued, amends=amended_plans(title_line), joint=kind != "Kế hoạch",
                    issued_year=int(issued[:4]) if issued else year if dated else None)


def _period(title_line: str, intro: str, year: int | None) -> str | None:
    """The span the plan covers: from the title first (the intro cites parent programmes' periods); a quoted
    programme name in the title ("Đề án “… giai đoạn 2021 - 2030”") is not the plan's own span."""
    own = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", title_line)
    m = _PERIOD_RE.search(own)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    # a year of its own outside the quoted programme: "Đề án “… giai đoạn 2021-2030” năm 2025" is the 2025 plan
    if own != title_line and (m := re.search(r"(?<!đến )(?<!tới )năm\s+(\d{4})", own)):
        return m.group(1)
    m = _PERIOD_RE.search(title_line)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    targets = [int(y) for y in re.findall(r"đến năm\s+(\d{4})", title_line)]
    if targets and year:
        return f"{year}-{min(targets)}"
    m = re.search(r"năm\s+(\d{4})", title_line)
    if m:
        return m.group(1)
    m = _PERIOD_RE.search(intro)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    return str(year) if year else None
