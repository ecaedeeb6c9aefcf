"""Questions no plan can answer by its text: opinions, judgements of merit, advice and forecasts ("Kế hoạch Huế có khả thi không?",
"Is My Loc's plan more effective than An Lao's?") — a plan sets aims, tasks and duties; it does not grade itself,
so quoting its lines would pass them off as a verdict —, and contact details ("số điện thoại của Phòng GD&ĐT",
"địa chỉ email gửi báo cáo", "the website of the portal") that the plans asked about do not print, and a year the
plan asked about never names, outside its period ("Tầm nhìn đến năm 2035 …" of a 2024–2030 plan). Such a question
is refused plainly."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from chat.extractive import plans_searched, with_full_forms
from chat.types import Answer
from index.aliases import COLLOQUIAL
from index.glossary import english_terms
from index.query import STATUS_ASK_RE, asks_correction, puts_forward
from index.types import Query
from ingest.metadata import number_as_asked
from ingest.textnorm import fold, plain_words, strip_accents
from ingest.types import Document, Target

# matched on the question lower-cased without accents
_OPINION_RE = re.compile(
    r"\bkha thi (?:khong|hay khong|chua|den dau)\b|\bco kha thi\b|"
    r"\b(?:hieu qua|tot|hay|kha thi|thuc te) hon (?:ke hoach|kh)\b|"
    r"\b(?:danh gia|nhan xet) (?:giup|ho|dum)\b|\btheo (?:ban|anh|chi|em),|\b(?:ban|anh|chi) (?:nghi|thay) (?:sao|the nao)\b|"
    r"\bis (?:it|the plan|[\w' ]{1,30}plan) (?:feasible|realistic|achievable)\b|\b(?:better|more effective) than\b|"
    r"\bdo you think\b|\byour (?:opinion|view|assessment)\b")
# advice and forecasts ("Có nên tăng chỉ tiêu …?", "Liệu Huế có đạt chỉ tiêu năm 2025 không?", "Should we …?"): a plan
# says what is to be done, not what one ought to change, nor whether it will be achieved (accent-free, lower case)
_ADVICE_RE = re.compile(
    r"\bco nen\b[^?]{0,80}\b(?:khong|hay khong|chua)\b|\b(?:khuyen|tu van)(?: giup)? (?:toi|em|minh|chung toi)\b|"
    r"(?:^|[,.:;] ?)lieu\b[^?]{0,80}\bco\b[^?]{0,40}\b(?:dat(?: duoc)?|hoan thanh|kip|thanh cong|vuot|duoc(?: \w+){0,2} cong nhan|"
    r"tro thanh)\b|"
    r"\bco kha nang (?:dat|hoan thanh|vuot)\b|\bdu (?:bao|doan)\b|"
    r"\bshould (?:we|i)\b|\bdo you (?:recommend|advise)\b|\b(?:is it|are they|is [\w' ]{1,30}) likely to\b|"
    r"\bwill [\w' ]{1,40} (?:achieve|meet|hit|reach) (?:its|the|their) (?:target|goal)s?\b")
ADVICE_TEXTS = {
    "vi": "Kế hoạch chỉ nêu mục tiêu, nhiệm vụ và phân công thực hiện; nó không đưa ra lời khuyên hay dự báo kết quả, "
          "nên tôi không có căn cứ để trả lời.",
    "en": "A plan sets out aims, tasks and duties; it gives no advice and no forecast of its results, so there is no "
          "basis for an answer.",
}
TEXTS = {
    "vi": "Kế hoạch chỉ nêu mục tiêu, nhiệm vụ và phân công thực hiện; nó không tự đánh giá tính khả thi hay hiệu quả, "
          "nên tôi không có căn cứ để nhận xét.",
    "en": "A plan sets out aims, tasks and duties; it does not assess its own feasibility or effectiveness, so there "
          "is no basis for a judgement.",
}


# contact details asked (lower case, accents kept: "số điện thoại", "email", "website") and how a text prints them
_CONTACTS = {
    "phone": (re.compile(r"\bsố (?:điện thoại|đt|fax|máy lẻ)\b|\bsđt\b|\bhotline\b|\bđường dây nóng\b|"
                         r"\b(?:phone|telephone|fax) (?:number|no\.?)\b", re.I),
              re.compile(r"(?<![\d/.,])(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\d/])")),
    # (the address asked, not an e-mail or a website the asker mentions: "A colleague's e-mail says …", "gửi email hỏi
    # …", "Is the 'Trường học kết nối' website mentioned …?")
    "email": (re.compile(r"\bđịa chỉ (?:e-?mail|thư điện tử|hộp thư)\b|\b(?:e-?mail|thư điện tử|hộp thư)\b(?:\s+(?:của|liên hệ|"
                         r"liên lạc)\b[^?]{0,40}?)?\s+(?:là gì|là|nào|gì|ở đâu)\b|\be-?mail (?:address|contact)|"
                         r"\b(?:what|which)(?:'s|\s+is)?\s+(?:the\s+|their\s+|its\s+)?e-?mail\b|"
                         r"\b(?:gửi|liên hệ)\s+(?:qua\s+)?e-?mail\s+(?:nào|cho ai)\b", re.I),
              re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    "web": (re.compile(r"\b(?:địa chỉ|đường dẫn|link|url)\s+(?:của\s+)?(?:trang web|website|trang thông tin|cổng thông tin)|"
                       r"\b(?:trang web|website)\b[^?]{0,40}\b(?:là gì|nào|ở đâu)|\b(?:url|web address)\b|"
                       r"\b(?:what|which)(?:'s|\s+is)?\s+(?:the\s+|their\s+|its\s+)?web ?site\b", re.I),
            re.compile(r"https?://|www\.|(?<![@\w.-])(?:[\w-]+\.)+(?:gov|edu|com|org)\.vn\b")),  # (not an e-mail's domain)
}
CONTACT_TEXTS = {
    "vi": {"phone": "số điện thoại", "email": "địa chỉ thư điện tử (email)", "web": "địa chỉ trang web",
           "refuse": "Kế hoạch được hỏi không ghi {what} nào, nên tôi không có căn cứ để trả lời."},
    "en": {"phone": "phone number", "email": "e-mail address", "web": "web address",
           "refuse": "The plan asked about prints no {what}, so there is no basis for an answer."},
}


# matters a plan of this genre may or may not touch, asked by name (accents kept, or in English), and how its text
# would name them: a question on taxes, loans, insurance, allowances or pay is refused when no asked plan names them
_MATTERS = {
    "tax": (re.compile(r"\bthuế\b|\btax(?:es|ation)?\b", re.I), re.compile(r"\bthuế\b", re.I)),
    # ("vay" alone is also "vậy" typed without accents; "credit" is as often a course credit, "tín chỉ")
    "loan": (re.compile(r"\bvay vốn\b|\b(?:cho|khoản|được) vay\b|\btín dụng\b|\bloans?\b", re.I),
             re.compile(r"\bvay\b|\btín dụng\b", re.I)),
    "insurance": (re.compile(r"\bbảo hiểm\b|\binsurance\b", re.I), re.compile(r"\bbảo hiểm\b", re.I)),
    "allowance": (re.compile(r"\bphụ cấp\b|\ballowances?\b", re.I), re.compile(r"\bphụ cấp\b", re.I)),
    "salary": (re.compile(r"\b(?:tiền )?lương\b(?! thực)|\bsalar(?:y|ies)\b|\bwages?\b", re.I),  # (not "lương thực")
               re.compile(r"\blương\b", re.I)),
}
MATTER_TEXTS = {
    "vi": {"tax": "thuế (ưu đãi, miễn hay giảm thuế)", "loan": "vay vốn, tín dụng", "insurance": "bảo hiểm",
           "allowance": "phụ cấp", "salary": "tiền lương",
           "refuse": "Kế hoạch được hỏi không nói đến {what}, nên tôi không có căn cứ để trả lời."},
    "en": {"tax": "taxes (tax breaks or exemptions)", "loan": "loans or credit", "insurance": "insurance",
           "allowance": "allowances", "salary": "pay or salaries",
           "refuse": "The plan asked about says nothing of {what}, so there is no basis for an answer."},
}


def matter_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question on taxes, loans, insurance, allowances or pay when none of the plans asked about names
    the matter at all: the lines on what the question is about otherwise (a fund, a class) would read as a yes."""
    return _unwritten_refusal(query, documents, _MATTERS, MATTER_TEXTS) if documents else None


def contact_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question for a phone number, an e-mail or a web address that none of the plans asked about
    prints (a plan that prints one is answered from its lines as any other fact)."""
    return _unwritten_refusal(query, documents, _CONTACTS, CONTACT_TEXTS)


def _unwritten_refusal(query: Query, documents: dict[str, Document],
                       kinds: dict[str, tuple[re.Pattern[str], re.Pattern[str]]],
                       texts: dict[str, dict[str, str]]) -> Answer | None:
    """The refusal for the first kind of thing the question asks (``kinds``: how it is asked, how a text writes
    it) when none of the plans asked about writes one; ``None`` when none is asked or a plan writes one."""
    asked = [k for k, (ask, _) in kinds.items() if ask.search(query.raw)]
    if not asked:
        return None
    docs = [documents[d] for d in (query.plans or documents) if d in documents]
    kind = asked[0]
    if any(kinds[kind][1].search(d.text) for d in docs):
        return None
    lang = query.language if query.language in texts else "vi"
    t = texts[lang]
    return _refused(t["refuse"].format(what=t[kind]), documents, query, lang)


def opinion_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question asking for an opinion, a judgement of merit, advice or a forecast, naming the plans
    searched."""
    plain = strip_accents(fold(query.raw))
    texts = TEXTS if _OPINION_RE.search(plain) else ADVICE_TEXTS if _ADVICE_RE.search(plain) else None
    if texts is None:
        return None
    lang = query.language if query.language in texts else "vi"
    return _refused(texts[lang], documents, query, lang)


# which target or task ranks first ("chỉ tiêu nào quan trọng nhất, ưu tiên số một?", "nhóm nào phải làm trước tiên?",
# "What is the top priority?"): answered only by a plan that ranks its own ("trước hết", "ưu tiên hàng đầu")
_RANKING_ASK_RE = re.compile(r"\bquan trong nhat\b|\buu tien (?:so (?:mot|1)|hang dau|nhat)\b|\b(?:phai|duoc) (?:lam|thuc hien) truoc tien\b|"
                             r"\bmost important\b|\btop priority\b|\bhighest priority\b")
_RANKED_RE = re.compile(r"\bquan trong nhat\b|\bhang dau\b|\btruoc tien\b|\btruoc het\b|\buu tien so mot\b|\bcap bach nhat\b")
RANKING_TEXTS = {
    "vi": "Kế hoạch không xếp thứ tự ưu tiên giữa các chỉ tiêu, nhiệm vụ (không nêu cái nào quan trọng nhất hay phải làm "
          "trước), nên tôi không có căn cứ để trả lời.",
    "en": "The plan does not rank its targets or tasks (it names none as the most important or the first to do), so "
          "there is no basis for an answer.",
}


def ranking_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question asking which target or task ranks first when no asked plan ranks any of its own."""
    if not query.plans or not _RANKING_ASK_RE.search(strip_accents(fold(query.raw))):
        return None
    if any(_RANKED_RE.search(_plain_text(documents[d].text)) for d in query.plans if d in documents):
        return None
    lang = query.language if query.language in RANKING_TEXTS else "vi"
    return _refused(RANKING_TEXTS[lang], documents, query, lang)


# why a figure, a date or a body was chosen ("Vì sao Cần Thơ đặt chỉ tiêu 55,55%?", "Tại sao giao cho Sở Nội vụ chủ
# trì?", "Why was the target raised?"): a plan sets figures and gives tasks without arguing for them (accent-free)
_WHY_RE = re.compile(r"\b(?:tai sao|vi sao|vi ly do gi|ly do gi|ly do nao|why)\b")
_CHOICE_RE = re.compile(r"%|\bphần trăm\b|\bgiao\b|\bchủ trì\b|\b(?:lựa )?chọn\b|\bưu tiên\b|\bđiều chỉnh\b|\bthay đổi\b|"
                        r"\b(?:nâng|tăng|giảm|hạ) (?:chỉ tiêu|mức|tỷ lệ|tỉ lệ|lên|xuống|từ)\b|\bset\b|\bcho(?:se|ose|sen)\b|"
                        r"\bassign(?:ed|s)?\b|\b(?:raise|lower|increase|reduce|change)[ds]?\b")  # (accents kept: "giáo" ≠ "giao")
_ISSUED_RE = re.compile(r"\bban hanh\b|\bissued?\b")  # why the plan was issued: its purpose
# what a plan writes when it does give its reasons
_REASON_RE = re.compile(r"\blý do\b|\bnguyên nhân\b", re.I)
REASON_TEXTS = {
    "vi": "Kế hoạch nêu chỉ tiêu, nhiệm vụ và phân công nhưng không nêu lý do của lựa chọn được hỏi, nên tôi không có "
          "căn cứ để trả lời.",
    "en": "The plan sets targets, tasks and duties but gives no reason for the choice asked about, so there is no "
          "basis for an answer.",
}


def _why_asked(query: Query) -> int | None:
    """Where what a why-question asks about begins (after "tại sao / vì sao / why"); ``None`` when it asks no why, or
    why the plan was issued (its purpose)."""
    plain = strip_accents(fold(query.raw))
    why = _WHY_RE.search(plain)
    return None if why is None or _ISSUED_RE.search(plain) else why.end()


def reason_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse "why this figure / this body / this change?" of plans that give no reasons ("lý do", "nguyên nhân");
    why the plan was issued or why the work matters is its purpose, answered from its lines."""
    at = _why_asked(query)
    if at is None or not _CHOICE_RE.search(fold(query.raw)[at:]):
        return None
    docs = [documents[d] for d in (query.plans or documents) if d in documents]
    if any(_REASON_RE.search(d.text) for d in docs):
        return None
    lang = query.language if query.language in REASON_TEXTS else "vi"
    return _refused(REASON_TEXTS[lang], documents, query, lang)


# a line giving a reason ("… nhằm đáp ứng …", "để người lao động dễ tiếp cận …") or a plan's purpose part
_REASON_GIVEN_RE = re.compile(r"\b(?:nhằm|để|vì|bởi|do đó|lý do|nguyên nhân|góp phần|đáp ứng|tạo điều kiện|in order to|"
                              r"because|so that)\b", re.I)
_WHY_STOP = set("tại sao vì sao lý do gì kế hoạch phải có không các của và là nào thế được cho trong những một hai "
                "ba này đó lại nói việc cần why does do did the of to a in is are".split())
_ABSENT_RE = re.compile(r"\bkhong (?:co|dat|dua|giao|neu)\b|\b(?:no|not|none)\b")
MIN_SHARED = 3  # syllables a reason line shares with what the why-question is about


def unstated_reason_refusal(query: Query, cited: list[tuple[str, str]], documents: dict[str, Document],
                            language: str) -> str | None:
    """A why-question answered by lines none of which gives a reason for what it asks — no "nhằm / để / vì …" and no
    purpose line sharing its words (``cited``: the quoted text and section of each citation) — is refused: quoting
    the task itself would pass it off as its reason."""
    at = _why_asked(query)
    if at is None or not cited:
        return None
    if _ABSENT_RE.search(strip_accents(fold(query.raw))[at:]):
        return None  # "Tại sao … không có chỉ tiêu xóa mù chữ?": the plan may say so in a word ("(có kế hoạch riêng)")
    places = {w for d in documents.values() for w in fold(d.locality).split()}
    # (an English question by its glossary terms too: the plan's lines are Vietnamese)
    asked = {w for w in re.findall(r"\w+", fold(f"{query.raw} {query.text}"))
             if w not in _WHY_STOP and w not in places and not w.isdigit()}
    for text, section in cited:
        shared = asked & set(re.findall(r"\w+", fold(text)))
        if len(shared) >= MIN_SHARED and (_REASON_GIVEN_RE.search(text) or "mục đích" in fold(section)):
            return None
    lang = language if language in REASON_TEXTS else "vi"
    return REASON_TEXTS[lang]


YEAR_TEXTS = {
    "vi": "Kế hoạch của {plan} (thời kỳ {period}) không đề cập đến năm {years}, nên tôi không có căn cứ để trả lời.",
    "en": "The plan of {plan} (period {period}) does not mention {years}, so there is no basis for an answer.",
}


_AFTER_YEAR_RE = re.compile(r"\b(?:sau|kể từ sau|after|beyond)\s+(?:năm\s+|the year\s+)?((?:19|20)\d\d)\b", re.I)


def unnamed_year_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question about a year that the one plan asked about leaves out of its period and never names
    ("Tầm nhìn đến năm 2035 của kế hoạch Triệu Sơn?" of a 2024–2030 plan that says nothing of 2035)."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    if len(docs) != 1 or not query.years or asks_correction(query.raw):  # (a draft's year is its claim)
        return None
    doc = docs[0]
    span = doc.period_span()
    if span is None:
        return None
    unnamed = [y for y in query.years if not (span[0] <= y <= span[1] or re.search(rf"(?<!\d){y}(?!\d)", doc.text))]
    # ("Sau năm 2030, … đặt mục tiêu gì đến 2035?": a year named only as the point after which the asked one lies is
    # no year asked)
    anchors = {int(m.group(1)) for m in _AFTER_YEAR_RE.finditer(query.raw)}
    if not unnamed or any(y not in unnamed and y not in anchors for y in query.years):
        return None
    lang = query.language if query.language in YEAR_TEXTS else "vi"
    why = YEAR_TEXTS[lang].format(plan=doc.locality, period=doc.period, years=", ".join(map(str, unnamed)))
    return _refused(why, documents, query, lang)


# a comparison with what came before the plan ("So với năm 2023 thì …?", "Giai đoạn trước (2016-2020) … đạt được gì?",
# "… nâng những chỉ tiêu nào so với Kế hoạch 290?")
_BEFORE_ASK_RE = re.compile(r"\bso với\b|\bgiai đoạn trước\b|\bkỳ trước\b|\btăng hay giảm\b|\bđã đạt được\b|\bđạt được những gì\b|"
                            r"\bcompared? (?:with|to)\b|\bprevious (?:period|plan)\b|\bincrease or decrease\b|\bwhat (?:did|has) "
                            r"[\w' ]{1,40} achieve", re.I)
_RANGE_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
# (a plan's number, not its year: "so với kế hoạch 2025 của tỉnh" names the province's 2025 plan)
_OTHER_PLAN_AFTER_RE = re.compile(r"\bso với\s+(?:kế hoạch|KH)\s+(?:số\s+)?0*(?!(?:19|20)\d\d\b(?!\s*/))(\d{1,5})\b|"
                                  r"\bcompared? (?:with|to)\s+(?:plan|KH)\s+(?:no\.?\s*)?0*(?!(?:19|20)\d\d\b(?!\s*/))"
                                  r"(\d{1,5})\b", re.I)
# a document's date ("ngày 13/4/2007", "ngày 23 tháng 12 năm 2021") names no year's result
_DOC_DATE_RE = re.compile(r"ngày\s+\d{1,2}\s*(?:tháng\s+\d{1,2}\s+năm\s+|/\s*\d{1,2}\s*/\s*)\d{4}|\b\d{1,2}/\d{1,2}/\d{4}\b|"
                          r"\d+/\d{4}/[A-ZĐ]", re.I)
BEFORE_TEXTS = {
    "vi": "Kế hoạch của {plan} (thời kỳ {period}) không nêu số liệu hay kết quả của {what} để so sánh, nên tôi không có căn cứ "
          "để trả lời.",
    "en": "The plan of {plan} (period {period}) gives no figure or result for {what} to compare with, so there is no basis "
          "for an answer.",
}


RESULT_YEAR_TEXTS = {
    "vi": "Kế hoạch của {plan} không đặt chỉ tiêu cho năm {year}; số liệu năm {year} trong kế hoạch là kết quả đã thực "
          "hiện, không phải chỉ tiêu, nên tôi không có căn cứ để trả lời.",
    "en": "The plan of {plan} sets no target for {year}; its {year} figures are results already achieved, not targets, "
          "so there is no basis for an answer.",
}
# a result asked ("năm 2025 đạt bao nhiêu?", "kết quả năm 2025", "how much was achieved") rather than a target
_RESULT_ASK_RE = re.compile(r"\b(?:đã\s+)?đạt(?:\s+được)?\b(?!\s+(?:chỉ tiêu|mục tiêu))|\bkết quả\b|\bthực hiện được\b|"
                            r"\b(?:achieved|actual|result|results|reached)\b", re.I)
_TARGET_ASK_RE = re.compile(r"\b(?:chỉ tiêu|mục tiêu|phấn đấu|đặt ra|đặt|giao)\b|\b(?:targets?|goals?|aims?)\b", re.I)


RESULT_FIT = 0.3  # share of an indicator's words the question names to be asking that indicator


def result_year_refusal(query: Query, documents: dict[str, Document], targets: Sequence[Target]) -> Answer | None:
    """Refuse a target asked for a year the plan gives only results for (a "Năm 2025 (thực hiện)" column beside
    "Năm 2026 (kế hoạch)"): quoting the result would pass it off as the target asked."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    if (query.plans and len(docs) != 1) or len(query.years) != 1 or not _TARGET_ASK_RE.search(query.raw) \
            or _RESULT_ASK_RE.search(query.raw):
        return None
    year = query.years[0]
    asked = plain_words(query.raw)

    def fit(t: Target) -> float:  # share of the indicator's words the question names
        words = plain_words(t.indicator)
        return len(words & asked) / len(words) if words else 0.0

    # (no plan named: every loaded plan's targets of that year, the one plan whose results fit is the one meant)
    near = [t for t in targets if (not docs or t.doc == docs[0].doc) and t.year == year and fit(t) >= RESULT_FIT]
    if not near or any(t.kind != "result" for t in near) or len({t.doc for t in near}) != 1:
        return None
    lang = query.language if query.language in RESULT_YEAR_TEXTS else "vi"
    plan = documents[near[0].doc].locality
    return _refused(RESULT_YEAR_TEXTS[lang].format(plan=plan, year=year), documents, query, lang)


def earlier_baseline_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a comparison with what came before the one plan asked about — a year before its period, a previous
    period, a plan it replaces that is not loaded — when the plan states nothing of it (its documents' dates aside):
    quoting its own targets would pass them off as the change asked."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    if len(docs) != 1 or not _BEFORE_ASK_RE.search(query.raw):
        return None
    doc, lang = docs[0], query.language if query.language in BEFORE_TEXTS else "vi"
    span = doc.period_span()
    if m := _OTHER_PLAN_AFTER_RE.search(query.raw):
        number = (m.group(1) or m.group(2)).lstrip("0")
        if not any(number_as_asked(d.number) == number for d in documents.values()):
            what = f"Kế hoạch {number}" if lang == "vi" else f"Plan {number}"
            return _refused(BEFORE_TEXTS[lang].format(plan=doc.locality, period=doc.period, what=what), documents,
                            query, lang)
    if span is None:
        return None
    asked = set(query.years) | {y for m in _RANGE_RE.finditer(query.raw)
                                for y in range(int(m.group(1)), int(m.group(2)) + 1)}
    before = sorted(y for y in asked if y < span[0])
    if not before:
        return None
    own = _DOC_DATE_RE.sub(" ", doc.text)
    # (a programme's period reaching into the plan's own — "Đề án … giai đoạn 2018-2025" — is no earlier result)
    own = _RANGE_RE.sub(lambda m: " " if int(m.group(2)) >= span[0] else m.group(0), own)
    if any(re.search(rf"(?<![\d/]){y}(?!\d)", own) for y in before):
        return None
    what = (f"năm {before[0]}" if len(before) == 1 else f"giai đoạn {before[0]}-{before[-1]}") if lang == "vi" \
        else (str(before[0]) if len(before) == 1 else f"{before[0]}-{before[-1]}")
    return _refused(BEFORE_TEXTS[lang].format(plan=doc.locality, period=doc.period, what=what), documents, query, lang)


QUOTE_TEXTS = {
    "vi": "Kế hoạch của {plan} không nhắc đến “{name}”, nên tôi không có căn cứ để trả lời.",
    "en": "The plan of {plan} never mentions “{name}”, so there is no basis for an answer.",
}
MAX_QUOTED_WORDS = 6
MAX_NAMED_WORDS = 16  # the quoted name of a scheme, programme or movement
_CHECKED_RE = re.compile(r"\b(?:có đúng|đúng không|phải không|có phải|đúng chữ|đúng tên|is it (?:right|correct|true))\b", re.I)
_NAME_KIND_RE = re.compile(r"\b(?:đề án|chương trình|dự án|phong trào|cuộc vận động|giải thưởng|tuần lễ|ngày hội|cuộc thi)"
                           r"\s*$", re.I)
# (single quotes as English writes them, 'Bình dân học vụ số'; not an apostrophe: "Hanoi's plan")
_QUOTED_NAME_RE = re.compile(r"[“\"]([^”\"]{3,80})[”\"]|(?<!\w)[‘'](?=\S)([^‘’'\n]{3,80}?)(?<=\S)[’'](?!\w)")
_WHICH_OF_RE = re.compile(r"\b(?:which|nào|những gì)\b", re.I)  # which of several quoted names the plan has
_OR_BEFORE_RE = re.compile(r"\b(?:hay|hoặc|or)\s+(?:là\s+)?(?:\w+\s+){0,2}$", re.I)
_OR_AFTER_RE = re.compile(r"\s*(?:hay|hoặc|or)\b", re.I)
_VI_LETTERS_RE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


def unquoted_name_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question that names in quotes a Vietnamese title or phrase (“Công dân học tập”) which the plans it
    asks about never write (accents and case aside): they cannot set a target for it or give it a task."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    # (a title or short phrase: a long quote is more often the asker's own paraphrase of a heading)
    # (…unless a kind of proper name precedes it: Đề án “Tạo môi trường học tập suốt đời và …” is that scheme's name)
    # (one side of an either-or, "… hay tạo 'công dân toàn cầu'?", is the asker's doubt, not a name asked about)
    quoted = [(m.start(), (m.group(1) or m.group(2)).strip()) for m in _QUOTED_NAME_RE.finditer(query.raw)
              if not (_OR_BEFORE_RE.search(query.raw[:m.start()]) or _OR_AFTER_RE.match(query.raw[m.end():]))]
    names = [name for at, name in quoted
             if _VI_LETTERS_RE.search(name) and 2 <= len(name.split()) <= (
                 MAX_NAMED_WORDS if _NAME_KIND_RE.search(query.raw[:at]) and not (
                     puts_forward(query.raw) or _CHECKED_RE.search(query.raw)) else MAX_QUOTED_WORDS)]  # (a name put forward to be checked is answered by the plan's own)
    if not docs or not names:
        return None

    def words(text: str) -> str:  # quotes, punctuation, accents and case aside
        return " " + " ".join(re.findall(r"\w+", strip_accents(fold(text)))) + " "

    texts = [words(d.text) for d in docs]
    absent = [name for name in names if all(words(name) not in text for text in texts)]
    if not absent or (len(absent) < len(names) and _WHICH_OF_RE.search(query.raw)):
        return None  # ("which of these does the plan mention: 'A', 'B', 'C'?": the ones it does answer)
    lang = query.language if query.language in QUOTE_TEXTS else "vi"
    plan = ", ".join(d.locality for d in docs)
    return _refused(QUOTE_TEXTS[lang].format(plan=plan, name=absent[0]), documents, query, lang)


PASTE_TEXTS = {
    "vi": "Đoạn trích “{text}” không có trong các kế hoạch đã nạp, nên tôi không có căn cứ để trả lời.",
    "en": "The passage “{text}” is in none of the loaded plans, so there is no basis for an answer.",
}
MIN_PASTED_WORDS = 8  # a quote this long is a passage pasted from a plan, not a name
PASTE_KEEP = 0.7  # share of its word pairs a plan must hold for a pasted passage to be that plan's (a word changed)
_PASTED_RE = re.compile(r"[“\"]([^”\"]{30,400})[”\"]")


@lru_cache(maxsize=64)
def _plain_text(text: str) -> str:
    """A plan's text folded and accent-free (read once per process, not per question)."""
    return strip_accents(fold(text))


@lru_cache(maxsize=4096)
def _text_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The text's accent-free word pairs (a plan's are read once per process, not per pasted question)."""
    toks = re.findall(r"\w+", strip_accents(fold(text)))
    return frozenset(zip(toks, toks[1:], strict=False))


def unpasted_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question about a passage the asker pasted ("“Tổ chức Ngày hội … tháng 10 hằng năm” — ai chịu trách
    nhiệm?") that no loaded plan holds, even with a word changed: its lines would only be look-alikes."""
    pasted = [p.strip() for p in _PASTED_RE.findall(query.raw) if len(p.split()) >= MIN_PASTED_WORDS]
    if not pasted or asks_correction(query.raw):  # (the asker's own draft, to be set right by the plan's lines)
        return None
    plan_pairs = [_text_pairs(documents[d].text) for d in query.plans or documents if d in documents]
    for text in pasted:
        want = _text_pairs(text)
        if want and all(len(want & have) < PASTE_KEEP * len(want) for have in plan_pairs):
            lang = query.language if query.language in PASTE_TEXTS else "vi"
            return _refused(PASTE_TEXTS[lang].format(text=text), documents, query, lang)
    return None


# whether a plan speaks of a subject at all ("Kế hoạch Huế có nói gì về người khuyết tật không?", "Does Hue's plan say
# anything about people with disabilities?"), matched on the question lower-cased without accents
_MENTION_ASK_RE = re.compile(
    r"\bco\s+(?:noi|nhac|de cap|ban|neu|dong cham)\s+(?:gi\s+|chut nao\s+)?(?:den|toi|ve|gi ve)\s+"
    r"(?:viec\s+|van de\s+|chuyen\s+|noi dung\s+)?(?P<topic>[^?,]{2,50}?)\s*(?<!phai )(?:khong|hay khong|ko)\s*\??\s*$|"
    r"\b(?:does|do|did)\b[^?]{0,60}\b(?:say\s+anything\s+about|mention|cover)\s+(?P<en>[^?,]{2,50}?)\s*\??\s*$")
# what the plan offers a group of people ("Kế hoạch Huế có gì cho người khuyết tật?", "có hỗ trợ học tập cho người
# sau cai nghiện không?", "What does the An Lão plan offer people with disabilities?"): a group it never names gets
# nothing from it (accent-free, folded)
_GROUP_ASK_RE = re.compile(
    r"\bco\s+(?:gi|nhung gi|(?:chinh sach|hoat dong|chuong trinh|ho tro|uu tien|uu dai)\s+(?:gi|nao))\s+"
    r"(?:cho|danh cho|doi voi)\s+(?P<topic>[^?,]{2,50}?)\s*(?:khong|hay khong|ko)?\s*\??\s*$|"
    r"\bco\s+(?:ho tro|uu tien)\s+(?:[^?,]{0,20}?\s)?cho\s+(?P<topic2>[^?,]{2,50}?)\s*(?:khong|hay khong|ko)\s*\??\s*$|"
    r"\bwhat\s+does\b[^?]{0,60}\boffer\s+(?P<en>[^?,]{2,50}?)\s*\??\s*$|"
    # "Người đang cai nghiện ở An Lão có được học nghề … không?": the group as the subject of what it may get
    r"^(?:[^?]{0,40}?[,.:]\s*)?(?P<topic3>(?:nhung\s+)?(?:nguoi|lao dong|tre em|hoc sinh|phu nu|thanh nien|con em)\s"
    r"[^?,]{2,40}?)\s+(?:o|tai|thuoc)\s[^?,]{2,30}?\s+co\s+duoc\s+(?:hoc|ho tro|uu tien|dao tao|tham gia|huong)\b"
    r"[^?]{0,60}\b(?:khong|ko)\s*\??\s*$|"
    r"\b(?:have|has|offer|include)\s+anything\s+(?:specifically\s+|special\s+|particular\s+)?for\s+"
    r"(?P<en2>[^?,]{2,50}?)\s*\??\s*$")
_SELF = r"(?:toi|minh|chung toi|chung minh|em|chau|ong|ba|anh|chi|con|ho|nha toi|gia dinh toi)"
_SELF_REF_RE = re.compile(rf"(?:^|\s+)(?:nguoi\s+)?(?:nhu|giong)\s+{_SELF}(?:\s+(?:ay|nay))?\b.*$")
_SELF_WORDS = frozenset({"toi", "minh", "chung toi", "em", "chau", "con toi", "con em", "ong ay", "ba ay", "ho", "nguoi nha",
                         "gia dinh toi", "chau nha toi", "nha toi"})
MENTION_GAP = 2  # words allowed between two of the subject's words in a line ("học [tập] trực tuyến", "cán bộ[, công chức] cấp xã")
GROUP_GAP = 3  # a group's words may be parted more ("con công nhân, người lao động hiếu học")


def _says(doc: Document, words: list[str], gap: int = MENTION_GAP) -> bool:
    """Does a line of the plan hold the subject's words in order, each at most ``gap`` words after the last?"""
    for line in doc.text.split("\n"):
        toks = re.findall(r"\w+", strip_accents(fold(line)))
        for i, t in enumerate(toks):
            if t != words[0]:
                continue
            at, ok = i, True
            for w in words[1:]:
                nxt = next((j for j in range(at + 1, min(at + 2 + gap, len(toks))) if toks[j] == w), None)
                if nxt is None:
                    ok = False
                    break
                at = nxt
            if ok:
                return True
    return False


_GROUP_HEADS = {"người", "những", "lao", "động", "trẻ", "em", "học", "sinh", "phụ", "nữ", "thanh", "niên", "con",
                "đang", "đã", "vừa", "mới", "các"}


def _core_said(group: str, docs: list[Document]) -> bool:
    """Does a plan write two words in a row of what sets the group apart (its head nouns aside: "ngư dân" of "con em
    ngư dân nghèo"), as written with their accents? Then the group may be one the plan names in other words."""
    core = [w for w in re.findall(r"\w+", fold(group)) if w not in _GROUP_HEADS]
    pairs = [f"{a} {b}" for a, b in zip(core, core[1:], strict=False)]
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", fold(d.text)) for p in pairs for d in docs)


def unmentioned_subject_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse "does the plan say anything about X?" when none of the asked plans writes X (its words in order, a
    word between them at most): quoting lines on something near would read as a yes."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    plain = strip_accents(fold(query.raw))
    m = _MENTION_ASK_RE.search(plain) or _GROUP_ASK_RE.search(plain)
    if not docs or m is None:
        return None
    topic = m.groupdict().get("topic") or m.groupdict().get("topic2") or m.groupdict().get("topic3") or ""
    english = m.groupdict().get("en") or m.groupdict().get("en2")
    if english:
        terms = english_terms(english)
        if len(terms) != 1:  # (an English subject the glossary cannot put in the plans' words: not judged)
            return None
        topic = terms[0]
    # "người như tôi", "nông dân như chúng tôi", "cháu": the asker or their kin, whom the question describes
    # elsewhere ("Tôi là người khuyết tật …"); only a group named outright ("nông dân") is judged
    topic = _SELF_REF_RE.sub("", topic).strip()
    words = re.findall(r"\w+", strip_accents(fold(topic)))
    if not words or " ".join(words) in _SELF_WORDS or any(_says(d, words) for d in docs):
        return None
    if m.groupdict().get("topic3") and _core_said(_typed(query.raw, topic), docs):
        return None  # "Con em ngư dân nghèo …": the plan's "con em ngư dân có hoàn cảnh khó khăn" may be them
    if m.re is _GROUP_ASK_RE and not english:
        # a group as people call it: its short forms spelt out and its everyday words in the plans' ("con CN hiếu
        # học" is "con công nhân, người lao động hiếu học"; "thanh niên xuất ngũ" has done military service)
        typed = _typed(query.raw, topic)
        shown = with_full_forms(typed)
        if re.search(r"\b[A-ZĐ]{2,}\b", shown.replace(typed, "") if shown != typed else shown):
            return None  # a short form no table spells out ("con CN"): what group it is cannot be told
        bare = strip_accents(fold(shown))
        variants = [bare] + [bare.replace(strip_accents(k), strip_accents(v)) for k, v in COLLOQUIAL.items()
                             if strip_accents(k) in bare]
        if any(_says(d, re.findall(r"\w+", v), GROUP_GAP) for v in variants for d in docs):
            return None
    lang = query.language if query.language in QUOTE_TEXTS else "vi"
    shown = (topic if lang == "vi" else english) if english else _typed(query.raw, topic)
    return _refused(QUOTE_TEXTS[lang].format(plan=", ".join(d.locality for d in docs), name=shown), documents, query,
                    lang)


def _typed(raw: str, plain: str) -> str:
    """The question's own spelling of a phrase found in it accent-free (the phrase itself when not found)."""
    words = raw.split()
    n = len(plain.split())
    for i in range(len(words) - n + 1):
        if strip_accents(fold(" ".join(words[i:i + n]))).strip("?,.") == plain:
            return " ".join(words[i:i + n]).strip("?,.")
    return plain


# who holds an office now ("Giám đốc Sở GD&ĐT Huế hiện nay là ai?", "Who is the current head of …?"): a plan names
# the one who signs it, and at times a centre's director by name; nobody else (lower case, accents kept)
_HOLDER_ASK_RE = re.compile(r"\b(?P<t>phó giám đốc|tổng giám đốc|giám đốc|trưởng phòng|phó trưởng phòng|phó chủ tịch|chủ tịch|"
                            r"bí thư|trưởng ban|chánh văn phòng|bộ trưởng|thứ trưởng)\b[^?]{0,80}\b(?:là ai|tên (?:là )?gì)\b|"
                            # "Ai là Bí thư Đảng ủy xã …?": the office after the ask
                            r"^\W*(?:ai|người nào) (?:là|đang là|đang làm|làm) (?P<t2>phó giám đốc|giám đốc|phó trưởng phòng|"
                            r"trưởng phòng|phó chủ tịch|chủ tịch|phó bí thư|bí thư|trưởng ban|chánh văn phòng)\b|"
                            r"\b(?:who is|what is the name of) the (?:current |present )?"
                            r"(?P<en>head|director|chair(?:man|person)?|secretary|president|minister)\s+of\b", re.I)
_EN_TITLES = {"head": ("giám đốc", "trưởng phòng", "trưởng ban", "trưởng"), "director": ("giám đốc",),
              "chair": ("chủ tịch",), "chairman": ("chủ tịch",), "chairperson": ("chủ tịch",),
              "president": ("chủ tịch",), "secretary": ("bí thư",), "minister": ("bộ trưởng",)}
_PERSON_AFTER = r"[^.\n]{0,60}?\b(?:ông|bà|đồng chí|đ/c)\s+[A-ZĐ]"
HOLDER_TEXTS = {
    "vi": "Kế hoạch được hỏi không nêu tên người giữ chức vụ này (kế hoạch chỉ ghi tên người ký), nên tôi không có căn "
          "cứ để trả lời.",
    "en": "The plan asked about does not name who holds this office (it names only its signer), so there is no basis "
          "for an answer.",
}


def _asked_office(query: Query) -> tuple[str, ...]:
    """The office whose holder is asked ("giám đốc", or an English title's Vietnamese offices), else ()."""
    m = _HOLDER_ASK_RE.search(query.raw)
    if m is None:
        return ()
    title = m.group("t") or m.group("t2")
    return (fold(title),) if title else _EN_TITLES[fold(m.group("en"))]


def signer_holds(doc: Document, titles: tuple[str, ...]) -> bool:
    """Does the plan's signer hold one of the offices ("KT. CHỦ TỊCH, PHÓ CHỦ TỊCH" signs for the Chủ tịch as a
    Phó Chủ tịch; "TRƯỞNG BAN, PHÓ CHỦ TỊCH UBND THÀNH PHỐ" holds both)?"""
    own = [p.strip(" .") for x in (*doc.signers, doc.signer) if x and x.capacity
           for p in re.split(r"[,\n]", fold(x.capacity)) if not re.match(r"\s*(?:kt|tm|tl|tuq)\b", p)]
    return any(o == t or o.startswith(t + " ") for o in own for t in titles)


def office_held_by_signer(query: Query, documents: dict[str, Document]) -> bool:
    """"Chủ tịch UBND huyện … là ai?" of a plan its Chủ tịch signed: the signer is the answer."""
    titles = _asked_office(query)
    docs = [documents[d] for d in (query.plans or ()) if d in documents]
    return bool(titles) and bool(docs) and all(signer_holds(d, titles) for d in docs)


def officeholder_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse "who is the (current) director of X?" when no asked plan names a person in that office: not its signer
    in that capacity, nor a line giving the office a name ("Giám đốc Trung tâm: ông Phan Văn Hòa")."""
    titles = _asked_office(query)
    if not titles:
        return None
    docs = [documents[d] for d in (query.plans or documents) if d in documents]
    for doc in docs:
        if signer_holds(doc, titles) or any(re.search(rf"\b{re.escape(t)}{_PERSON_AFTER}", doc.text, re.I)
                                            for t in titles):
            return None
    lang = query.language if query.language in HOLDER_TEXTS else "vi"
    return _refused(HOLDER_TEXTS[lang], documents, query, lang)


# a document of a kind asked by its number ("theo thông tư nào?", "tờ trình số mấy của Phòng GD&ĐT?", "nghị quyết nào
# của Huyện ủy?"), with the body that issued it when named
# (each kind with the symbol it carries in a document's number: "12-NQ/HU", "44/2014/TT-BGDĐT", "05/TTr-PGDĐT")
_KIND_SYMBOL = {"thông tư": "TT", "quyết định": "QĐ", "nghị định": "NĐ", "nghị quyết": "NQ", "chỉ thị": "CT",
                "công văn": "CV", "kết luận": "KL", "tờ trình": "TTr"}
_DOC_KIND_ASK_RE = re.compile(rf"\b(?P<kind>{'|'.join(_KIND_SYMBOL)})\s+"
                              r"(?:số\s+)?(?:nào|gì|mấy)\b(?:\s+(?:của|do)\s+(?P<issuer>[^?,;]{3,50}?))?\s*(?:[?,;]|$)", re.I)
DOC_KIND_TEXTS = {
    "vi": "Kế hoạch được hỏi không nêu {kind} nào{issuer}, nên tôi không có căn cứ để trả lời.",
    "en": "The plan asked about cites no {kind}{issuer}, so there is no basis for an answer.",
}


def unnamed_document_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse "theo thông tư nào / tờ trình số mấy (của X)?" when the asked plans name no document of that kind by
    its number."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    m = _DOC_KIND_ASK_RE.search(query.text if query.language == "vi" else "")
    if not docs or m is None:
        return None
    kind = fold(m.group("kind"))
    sym = _KIND_SYMBOL[kind]
    named = re.compile(rf"\b{kind}\s+(?:số\s*)?\d|\d[\d/.\-]*[-/]{sym}[-/]", re.I)
    # (the issuer a question names is not checked: a basis wraps over lines and names its issuer in many ways —
    # "của Tỉnh ủy", "-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh" —; a plan citing no document of the kind at all is refused)
    if any(named.search(with_full_forms(doc.text)) for doc in docs):
        return None
    lang = query.language if query.language in DOC_KIND_TEXTS else "vi"
    shown = f" của {m.group('issuer').strip()}" if m.group("issuer") else ""
    return _refused(DOC_KIND_TEXTS[lang].format(kind=m.group("kind"), issuer=shown), documents, query, lang)


STATUS_TEXTS = {
    "vi": "Kế hoạch nêu mục tiêu và nhiệm vụ phải làm; nó không cho biết đến nay việc đó đã đạt hay chưa, nên tôi không có "
          "căn cứ để trả lời.",
    "en": "The plan sets targets and tasks; it does not say whether they have been reached so far, so there is no basis "
          "for an answer.",
}


def status_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse "has it been reached yet?" of plans that state no result reached (a plan reporting what it has already
    achieved — "đã được công nhận …" — is answered from its lines)."""
    m = STATUS_ASK_RE.search(query.raw)  # (a plan reporting a result says "đã được công nhận", "đã đạt" …)
    if not m:
        return None
    docs = [documents[d] for d in (query.plans or documents) if d in documents]
    verb = m.group(1) or "đạt"
    if any(re.search(rf"\bđã (?:được )?{verb}\b", d.text, re.I) for d in docs):
        return None
    lang = query.language if query.language in STATUS_TEXTS else "vi"
    return _refused(STATUS_TEXTS[lang], documents, query, lang)


# what a plan replaces ("… thay thế kế hoạch nào?", "Which plan does it replace?"), and how a plan says it does
_REPLACES_ASK_RE = re.compile(r"\b(?:thay thế|thay|bãi bỏ)\s+(?:cho\s+)?(?:kế hoạch|văn bản|quyết định)\s+(?:nào|gì|số mấy)\b|"
                              r"\b(?:replace|replaces|supersede|supersedes)\b", re.I)
_REPLACES_RE = re.compile(r"\bthay thế\b|\bbãi bỏ\b|\bhết hiệu lực\b", re.I)
REPLACES_TEXTS = {
    "vi": "Kế hoạch được hỏi không nêu việc thay thế hay bãi bỏ văn bản nào, nên tôi không có căn cứ để trả lời.",
    "en": "The plan asked about does not say that it replaces or repeals any document, so there is no basis for an "
          "answer.",
}


def replaces_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse "which plan does it replace?" of plans that replace or repeal nothing."""
    docs = [documents[d] for d in query.plans or () if d in documents]
    if not docs or not _REPLACES_ASK_RE.search(query.raw) or any(_REPLACES_RE.search(d.text) for d in docs):
        return None
    lang = query.language if query.language in REPLACES_TEXTS else "vi"
    return _refused(REPLACES_TEXTS[lang], documents, query, lang)


def _refused(why: str, documents: dict[str, Document], query: Query, lang: str) -> Answer:
    """A plain refusal: why, then the plans searched; nothing cited."""
    return Answer(answer=f"{why} {plans_searched(documents, query.plans, lang)}", refused=True, citations=[],
                  passages=[], language=lang)
