"""A plan named by how it is described instead of by its place or number: the day, month or year it was issued
("kế hoạch ban hành ngày 04/5/2024", "bản ký đầu tháng 5/2024", "the plan issued on 12 June 2023"), its period
("kế hoạch giai đoạn 2021-2030", "đến năm 2030, tầm nhìn 2045"), the one year it is for ("kế hoạch chỉ làm cho năm
2026", "the 2026 plan"), the kind of body that issued it ("do Ban Chỉ đạo ban hành", "by a steering committee") or
the name its title quotes ("kế hoạch về phong trào “Học tập suốt đời”").

Each stated fact is checked against the plan's own metadata read at ingest (``Document.issued``, ``issued_year``,
``period``, ``title``, ``number``, ``issuer``); a fact the plan does not print (a blank day of issue) is no fit. The
caller asks the plans that fit every fact, or says plainly that no loaded plan fits the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.textnorm import fold, strip_accents
from ingest.types import Document

_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), 1)}
_MONTH_EN = "|".join(_MONTHS)
# matched on the question folded and accent-free ("kế hoạch" → "ke hoach")
# ("bản" — the copy — only where it heads a description: "Ban Chỉ đạo", "ban hành" are no plan)
_PLAN = r"(?:ke hoach|kh|ban ke hoach|van ban|ban(?=\s+(?:nam|ky|ki|ghi|de|co|do|duoc|ban hanh|chi(?! dao)|rieng|mot)\b))"
_DMY = r"(?P<d>\d{1,2})\s*(?:[/.-]|thang)\s*(?P<m>\d{1,2})\s*(?:[/.-]|nam)\s*(?P<y>(?:19|20)\d\d)"
_MY = r"(?:(?:dau|cuoi|giua)\s+)?thang\s+(?P<m2>\d{1,2})\s*(?:[/.-]|nam)\s*(?P<y2>(?:19|20)\d\d)"
_ISSUED_VI_RE = re.compile(
    rf"\b{_PLAN}\b(?:\s+(?!(?:cua|giao|dat|ve)\b)[\w/&-]+){{0,6}}?\s+(?:(?:duoc|da)\s+)?(?:ban hanh|ky|ki|ra doi|"
    rf"de ngay|ghi ngay)\s+(?:vao\s+|hom\s+|tu\s+)?(?:ngay\s+{_DMY}|{_MY}|(?:trong\s+)?nam\s+(?P<y3>(?:19|20)\d\d))\b")
_ISSUED_EN_RE = re.compile(
    rf"\b(?:plan|document)\b(?:\s+[\w'-]+){{0,4}}?\s+(?:issued|signed|dated|adopted)\s+(?:on\s+|in\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn>{_MONTH_EN})\s+(?P<y>(?:19|20)\d\d)|(?P<mn2>{_MONTH_EN})\s+"
    rf"(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<y2>(?:19|20)\d\d)|(?P<y3>(?:19|20)\d\d))\b")
_PERIOD_VI_RE = re.compile(rf"\b{_PLAN}\b(?:\s+(?!(?:cua|giao|dat)\b)[\w/&-]+){{0,4}}?\s+(?:cho\s+)?giai doan\s+"
                           r"(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\b")
_PERIOD_EN_RE = re.compile(r"\b(?:the\s+)?(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\s+plan\b|"
                           r"\bplan\s+(?:for|covering)\s+(?:the\s+period\s+)?(?P<a2>(?:19|20)\d\d)\s*[-–]\s*"
                           r"(?P<b2>(?:19|20)\d\d)\b")
_VISION_RE = re.compile(rf"\b{_PLAN}\b[^?.;:]{{0,40}}?\btam nhin\s+(?:den\s+(?:nam\s+)?)?(?P<v>(?:20|21)\d\d)\b|"
                        r"\bplan\b[^?.;:]{0,40}?\bvision\s+(?:to|for|until)\s+(?P<v2>(?:20|21)\d\d)\b")
# a plan for one year: "kế hoạch (chỉ) (làm) (cho) (riêng) (một) năm 2026", "the 2026 plan", "plan for 2026"
_ANNUAL_VI_RE = re.compile(rf"\b{_PLAN}\b\s+(?:(?:chi|lam|cho|rieng|mot|trong)\s+){{0,4}}nam\s+(?P<y>(?:19|20)\d\d)\b"
                           r"(?!\s*[-–]\s*\d)")
_ANNUAL_EN_RE = re.compile(r"\b(?:the|a|its)\s+(?P<y>(?:19|20)\d\d)\s+plan\b|\bplan\s+for\s+(?P<y2>(?:19|20)\d\d)\b"
                           r"(?!\s*[-–]\s*\d)")
# the kind of body that issued it
_BY_STEERING_RE = re.compile(r"\b(?:do|cua)\s+(?:mot\s+)?ban chi dao\b(?:\s*\([^)]{0,40}\))?(?:\s+\w+){0,4}?\s+ban hanh\b|"
                             rf"\b{_PLAN}\b(?:\s+\w+){{0,5}}?\s+cua\s+ban chi dao\b(?!\s+\w+\s+(?:tinh|thanh pho|huyen|xa)\s+\w)|"
                             r"\bby\s+(?:a|the)\s+steering committee\b")

# its subject, quoted as its title has it ("kế hoạch về phong trào “Học tập suốt đời”"), matched on the text as typed
_SUBJECT_RE = re.compile(r"\b(?:kế hoạch|KH|bản kế hoạch)(?:\s+(?!về\b|thực\b|triển\b)\w+){0,3}?\s+"
                         r"(?:(?:về|thực hiện|triển khai|của)\s+)?(?:(?:phong trào|đề án|"
                         r"chương trình|mô hình)\s+)?[“\"](?P<s>[^”\"]{4,80})[”\"]", re.I)

# its date of issue left blank ("bản để trống ngày tháng ban hành", "the undated one")
_UNDATED_RE = re.compile(r"\b(?:de trong|bo trong|khong ghi|chua ghi|khong co|thieu)\s+(?:ngay(?:\s+thang)?|ngay ban hanh)\b|"
                         r"\bundated\b|\bblank (?:issue )?date\b|\bno (?:issue )?date\b")


@dataclass(frozen=True)
class Description:
    """What a question says of the plan it means, each fact optional."""

    phrase: str  # the words describing it, as typed (said back in a refusal)
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    issued_year: int | None = None
    period: tuple[int, int] | None = None
    vision: int | None = None
    annual: int | None = None
    only_year: bool = False  # said to be for that year alone ("chỉ làm cho riêng năm 2026", "một năm 2024")
    steering: bool = False
    subject: str = ""  # a quoted name its title bears: narrows the plans, never refuses alone
    undated: bool = False  # its date of issue left blank (the year may be printed)


def _plain(text: str) -> str:
    out = strip_accents(fold(text))
    return out if len(out) == len(text) else ""


_ANCHOR_RE = re.compile(rf"\b(?:{_PLAN}|plan|document)\b")  # where a mention of a plan starts


def _facts(m: re.Match[str]) -> dict:
    """The facts one match of a pattern gives."""
    g = m.groupdict()
    if m.re is _ISSUED_VI_RE:
        if g["y"]:
            return {"day": int(g["d"]), "month": int(g["m"]), "issued_year": int(g["y"])}
        if g["y2"]:
            return {"month": int(g["m2"]), "issued_year": int(g["y2"])}
        return {"issued_year": int(g["y3"])}
    if m.re is _ISSUED_EN_RE:
        if g["y"]:
            return {"day": int(g["d"]), "month": _MONTHS[g["mn"]], "issued_year": int(g["y"])}
        if g["y2"]:
            return {"day": int(g["d2"]) if g["d2"] else None, "month": _MONTHS[g["mn2"]], "issued_year": int(g["y2"])}
        return {"issued_year": int(g["y3"])}
    if m.re in (_PERIOD_VI_RE, _PERIOD_EN_RE):
        a, b = (g["a"], g["b"]) if g.get("a") else (g["a2"], g["b2"])
        return {"period": (int(a), int(b))}
    if m.re is _VISION_RE:
        return {"vision": int(g["v"] or g["v2"])}
    if m.re in (_ANNUAL_VI_RE, _ANNUAL_EN_RE):
        return {"annual": int(g["y"] or g.get("y2")), "only_year": bool(re.search(r"\b(?:chi|rieng|mot)\b", m.group(0)))}
    if m.re is _BY_STEERING_RE:
        return {"steering": True}
    if m.re is _UNDATED_RE:
        return {"undated": True}
    return {"subject": g["s"]}


def descriptions(question: str) -> list[Description]:
    """Each plan the question describes, in order ("kế hoạch một năm 2024 và kế hoạch một năm 2026" describes two);
    the facts said of one mention of a plan ("Kế hoạch năm 2024 do Ban Chỉ đạo ban hành") describe it together."""
    plain = _plain(question)
    if not plain:
        return []
    found = [m for rx in (_ISSUED_VI_RE, _ISSUED_EN_RE, _PERIOD_VI_RE, _PERIOD_EN_RE, _VISION_RE, _ANNUAL_VI_RE,
                          _ANNUAL_EN_RE, _BY_STEERING_RE, _UNDATED_RE) for m in rx.finditer(plain)]
    found += list(_SUBJECT_RE.finditer(question))
    anchors = [a.start() for a in _ANCHOR_RE.finditer(plain)]
    groups: dict[int, list[re.Match[str]]] = {}
    for m in sorted(found, key=lambda m: m.start()):
        anchor = max((a for a in anchors if a <= m.start()), default=m.start())
        groups.setdefault(anchor, []).append(m)
    out = []
    for ms in groups.values():
        facts: dict = {}
        for m in ms:
            got = _facts(m)
            if "annual" in got and ("issued_year" in facts or "period" in facts):
                continue  # "ban hành năm 2022": a year of issue, not the one year the plan is for
            if "issued_year" in got or "period" in got:
                facts.pop("annual", None)
            facts.update({k: v for k, v in got.items() if k not in facts})
        if facts.get("undated") and "annual" in facts:
            facts["issued_year"] = facts.pop("annual")  # "bản năm 2024 mà để trống ngày tháng": the year it bears
            facts.pop("only_year", None)
        if "annual" not in facts:
            facts.pop("only_year", None)
        if set(facts) == {"undated"}:
            continue  # ("không ghi ngày" alone may be a task's date the asker looks for)
        start, end = min(m.start() for m in ms), max(m.end() for m in ms)
        out.append(Description(question[start:end], start, end, **facts))
    return out


def description(question: str) -> Description | None:
    """The first plan the question describes, or None."""
    return next(iter(descriptions(question)), None)


def fits(desc: Description, doc: Document) -> bool:
    """Does the plan print every fact the description gives?"""
    if desc.issued_year is not None:
        if doc.issued_year != desc.issued_year:
            return False
        if desc.month is not None and (doc.issued is None or int(doc.issued[5:7]) != desc.month):
            return False
        if desc.day is not None and (doc.issued is None or int(doc.issued[8:10]) != desc.day):
            return False
    if desc.period is not None:
        own = re.findall(r"(?:19|20)\d\d", doc.period or "")
        quoted = re.findall(r"giai đoạn\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", doc.title)
        if (tuple(map(int, own)) != desc.period) and desc.period not in {(int(a), int(b)) for a, b in quoted}:
            return False
    if desc.vision is not None and not re.search(rf"tầm nhìn\s+(?:đến\s+(?:năm\s+)?)?{desc.vision}\b", doc.title, re.I):
        return False
    # "kế hoạch năm 2025": the plan for that year, or one issued in it; "kế hoạch chỉ cho năm 2025": the former
    if desc.annual is not None and doc.period_span() != (desc.annual, desc.annual) \
            and (desc.only_year or doc.issued_year != desc.annual):
        return False
    if desc.undated and doc.issued is not None:
        return False
    if desc.subject and fold(desc.subject) not in fold(doc.title):
        return False
    if desc.steering and not (re.search(r"[-/]BCĐ\b", doc.number or "") or "BAN CHỈ ĐẠO" in doc.issuer.upper()):
        return False
    return True


def described_plans(question: str, documents: dict[str, Document]) -> tuple[list[Description], list[str], str]:
    """The plans a question describes, the loaded plans that fit any of them, and the first description no loaded
    plan fits ("" when each fits one). A quoted name no title bears describes no plan: it is the topic asked."""
    descs, fit, unfit = [], [], ""
    for desc in descriptions(question):
        ok = [d for d, doc in documents.items() if fits(desc, doc)]
        if not ok and desc == Description(desc.phrase, desc.start, desc.end, subject=desc.subject):
            continue
        descs.append(desc)
        fit += [d for d in ok if d not in fit]
        unfit = unfit or ("" if ok else desc.phrase)
    return descs, fit, unfit
