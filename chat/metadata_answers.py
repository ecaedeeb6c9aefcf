"""Answers from a plan's metadata: who signed it, its number, its date of issue.

These facts sit in the header and signature block, which retrieval does not search (the signature is in no
answer passage), so questions about them are recognised here and answered from ``Document`` fields, citing
the signature block (``doc#sig``) or the header lines at the top of the plan's text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chat.extractive import plans_searched, refusal
from chat.scope import office_held_by_signer
from chat.types import Answer, Citation
from index.glossary import english_terms
from index.query import CHANGES_ASK_RE
from index.types import Query
from ingest.chunk import recipients_chunk, signature_chunk
from ingest.metadata import number_as_asked
from ingest.textnorm import fold, plain_words, strip_accents
from ingest.types import Chunk, Document

# matched on the question lower-cased without accents ("kỳ" in "định kỳ" folds to "ky" too, so "ký" needs
# a person before it: "ai ký", "do ai ký", "người ký")
_SIGNER_RE = re.compile(r"\b(?:ai|nguoi nao)(?: la nguoi| da)? ky\b|\bnguoi ky\b|\bky boi\b|\bky ten\b|"
                        r"\bwho (?:signed|signs)\b|\bsigner\b|\bsigned by\b|\bsignator(?:y|ies)\b")
# the plan's "Nơi nhận" list: "nơi nhận gồm những ai", "kế hoạch đó gửi cho những nơi nào?", "recipients" ("Hà Nội
# nhấn mạnh", "Hà Nội nhân rộng" hold no "nơi nhận" once accents are gone)
_RECIPIENTS_RE = re.compile(r"(?<!\bha )\bnoi nhan\b|\b(?:ke hoach|van ban)\b[^?]{0,60}?\b(?:duoc )?gui (?:cho|den|toi)\s+(?:nhung |cac )?"
                            r"(?:ai|dau|noi nao|co quan nao|don vi nao)\b|"
                            r"\bke hoach\b[^?]{0,60}?\b(?:duoc )?gui (?:nhung|cac) (?:noi|co quan|don vi) nao\b|\brecipients?\b|\bdistribution list\b|"
                            r"\bto whom (?:is|was) (?:the |this |that |its )?(?:plan |document )?(?:sent|addressed|distributed)\b")
_NUMBER_RE = re.compile(r"\bso hieu\b|\bke hoach\b[^?]{0,100}?\bso may\b|\bthe number (?:and (?:the )?(?:issue |issuing )?date )?of (?:the |this |its )?(?:[\w'-]+ ){0,6}?(?:plan|document|decision)\b|\bke hoach(?: [a-z]+){0,6}? so (?:may|bao nhieu|gi|nao)\b|\bso (?:cua )?ke hoach (?:la )?"
                        r"(?:gi|may|bao nhieu|nao)\b|\b(?:plan|reference|document) number\b|"
                        r"\bnumber of (?:the|this) plan\b|\bwhat is its number\b|\bits (?:number|reference)\b|"
                        r"\bwhat number\b|"
                        # a plan issued with a decision: the decision is its number ("ban hành bằng văn bản nào?")
                        r"\bban hanh (?:bang|theo|kem theo|voi) (?:van ban|quyet dinh)(?: nao| so may| gi| so bao nhieu)?\b|"
                        r"\bissued (?:by|with|under|through) (?:which|what) (?:decision|document)\b")
_ISSUED_RE = re.compile(r"\bngay ban hanh\b|"
                        # a date put forward to be checked ("ban hành ngày 4 tháng 6 năm 2024 đúng không?")
                        r"\b(?:ban hanh|ky) (?:vao )?ngay \d{1,2}\b[^?]{0,30}?\b(?:dung|phai|chinh xac)(?: khong| chua)?\b|"
                        r"\b(?:issued|signed) on\b[^?]{0,30}?\b(?:right|correct|true)\b|\bban hanh (?:vao )?(?:ngay nao|ngay may|khi nao|luc nao|bao gio)\b|"
                        r"\bky (?:vao )?(?:ngay nao|khi nao)\b|\bngay ky\b|\bwhen was\b.{0,40}\b(?:issued|signed)\b|"
                        r"\bdate of (?:issue|signing)\b|\bissue date\b|\b(?:signed|issued)\b.{0,60}\b(?:on|of|at) what date\b|"
                        r"\bwhen was it (?:issued|signed|dated)\b|\bnumber and (?:the )?(?:issue |issuing )?date\b|\bthe date of the\b.{0,60}\bplan\b")
# the span the plan covers: "kế hoạch … giai đoạn nào?", "… có mốc thời gian đến năm nào?", "thời gian thực hiện
# kế hoạch?", "What period does the plan cover?" (a target's year is asked with its indicator, not so)
# which bodies issued the plan (a joint plan's issuers): "do những cơ quan nào ban hành", "which bodies issued …"
_ISSUER_RE = re.compile(r"\b(?:ke hoach|kh|khlt|van ban)\b[^?]{0,100}?\bdo\s+(?:nhung\s+)?(?:co quan|don vi|ai|ben)"
                        r"(?:\s+nao)?\s+(?:cung\s+)?(?:ban hanh|phat hanh)\b|"
                        r"\b(?:nhung\s+)?(?:co quan|don vi|ben)\s+nao\s+(?:da\s+)?(?:cung\s+)?ban hanh\s+(?:ke hoach|kh|khlt)\b|"
                        r"\b(?:which|what)\s+(?:bod(?:y|ies)|agenc(?:y|ies)|organi[sz]ations?|authorit(?:y|ies))\b"
                        r"[^?]{0,30}?\b(?:jointly\s+)?issued\b|\bwho\s+(?:jointly\s+)?issued\b|\bissued\s+by\s+(?:whom|which)\b|"
                        r"\bissuers?\b|\bco quan ban hanh\b")
_PERIOD_RE = re.compile(r"\b(?:ke hoach|de an)\b[^?]{0,100}?\b(?:(?:thuc hien |trong |cho |ap dung cho )?giai doan nao|"
                        r"moc thoi gian (?:den|toi) nam nao|thoi gian thuc hien|thuc hien (?:trong )?(?:bao lau|thoi gian nao)|"
                        r"(?:keo dai |thuc hien )?den nam nao|tam nhin (?:den )?nam nao)\b|"
                        r"\bthoi gian thuc hien (?:cua )?(?:ke hoach|de an)\b|"
                        r"\bwhat (?:period|time ?frame|years?)\b[^?]{0,60}\bplan\b|"
                        r"\bplan(?:'s)?\b[^?]{0,60}\b(?:period|time ?frame|milestones|vision year|run until)\b")

# the fact is asked of another document: the one the plan implements ("căn cứ kế hoạch số mấy của UBND tỉnh")
_OTHER_DOC_RE = re.compile(r"\bke hoach (?:cua )?(?:tinh|thanh pho|huyen|quan|cap tren|trung uong)\b[^?]{0,60}?\b(?:thuc hien|trien khai|cu the hoa)\b|\bcap tren\b|\b(?:can cu|de thuc hien|thuc hien theo|thuc hien (?:ke hoach|quyet dinh|nghi quyet|chi thi)|to trinh)\b|\bso (?:may|bao nhieu|gi|nao) cua\b|"
                           r"\b(?:quyet dinh|chi thi|cong van|thong tu|nghi dinh)\b(?: so)? (?:\d|nao)|"
                           # another document's number or date asked ("quyết định gốc của Thủ tướng là số mấy?")
                           r"\b(?:quyet dinh|nghi quyet|chi thi|cong van|thong bao|huong dan|chuong trinh|de an|thong tu|"
                           r"nghi dinh|ket luan|quy che)\b[^?]{0,40}?\b(?:so may|so bao nhieu|so hieu|ky ngay|ngay nao)\b|"
                           r"\b(?:implements?|implementing|pursuant to|in accordance with|based on|cites?|cited)\b|"
                           # a resolution, directive or conclusion the question is about ("NQ 23-NQ/TU … do ai ký?")
                           r"^\W*(?:nghi quyet|nq|ket luan|kl|chi thi|ct)(?: so)? \d")
# the subject an English question gives the plan it asks about: "Hue's plan on lifelong learning for workers"
_EN_TOPIC_RE = re.compile(r"\bplan (?:on|for|about|regarding|to)\s+([^?,.;]+)", re.I)

# matched as typed, in lower case: the modal "cần" is not the name "Cần Thơ" ("Cần Thơ ban hành ngày nào?")
_TASK_ISSUE_RE = re.compile(r"\b(?:phải|cần|sẽ|được giao|phai|can|se|duoc giao)\s+(?:\w+\s+){0,2}?"
                            r"(?=ban hành\b|ban hanh\b)ban h[àa]nh\b")
_DOC_NO_RE = re.compile(r"\b0*(\d{1,5})\s*/\s*(?:KH|QĐ|NQ|CT|KL|TB|CV|TTr|BC)[\w\-/&]*", re.I)
TEXTS = {
    "vi": {"signer": "{plan} do {capacity} {name} ký", "no_signer": "{plan}: bản đã nạp không có khối chữ ký",
           "signers": "{plan} có các chữ ký ngang hàng: {names}", "and": " và ",
           "issuers": "{plan} do {bodies} cùng ban hành", "number_word": "số", "no_issuer": "{plan}: bản đã nạp không ghi cơ quan ban hành",
           "number": "{plan} có số hiệu {number}", "no_number": "{plan}: bản đã nạp để trống số hiệu",
           "issued": "{plan} ban hành ngày {date}", "no_issued": "{plan}: bản đã nạp để trống ngày ban hành",
           "period": "{plan} thực hiện trong giai đoạn {period}", "no_period": "{plan}: bản đã nạp không nêu giai đoạn thực hiện",
           "recipients": "{plan} gửi đến (Nơi nhận)", "no_recipients": "{plan}: bản đã nạp không có phần Nơi nhận",
           "not_loaded": "Văn bản số {number} chưa được nạp, nên không trả lời được câu hỏi về văn bản này.",
           "not_loaded_topic": "Chưa nạp kế hoạch “{topic}”, nên không trả lời được câu hỏi về kế hoạch này.",
           "not_loaded_doc": "{document} chưa được nạp, nên không trả lời được câu hỏi về nội dung của văn bản này.",
           "other_number": "Văn bản số {number} chưa được nạp, nên không trả lời được câu hỏi về văn bản này "
                           "(kế hoạch đã nạp có cùng chữ số là: {loaded}).",
           "other_year": "Chưa nạp kế hoạch nào cho năm {years} ở nơi được hỏi (kế hoạch đã nạp: {plans}), nên không "
                         "trả lời được.",
           "undescribed": "Không có kế hoạch nào trong các kế hoạch đã nạp khớp với mô tả “{phrase}”, nên không trả lời "
                          "được. Các kế hoạch đã nạp: {plans}.",
           "issued_on": "ban hành ngày {date}", "issued_in": "ghi năm ban hành {year}", "undated": "không ghi ngày ban hành",
           "period_of": "giai đoạn {period}"},
    "en": {"signer": "{plan} was signed by {name} ({capacity})", "no_signer": "{plan}: the loaded copy has no "
           "signature block", "signers": "{plan} was signed side by side by {names}", "and": " and ",
           "issuers": "{plan} was issued jointly by {bodies}", "number_word": "No.", "no_issuer": "{plan}: the loaded copy names no issuer", "number": "{plan} is numbered {number}", "no_number": "{plan}: the loaded copy leaves "
           "the number blank", "issued": "{plan} was issued on {date}", "no_issued": "{plan}: the loaded copy leaves "
           "the date of issue blank", "period": "{plan} covers {period}", "no_period": "{plan}: the loaded copy "
           "states no period", "recipients": "{plan} is addressed to (Nơi nhận)",
           "no_recipients": "{plan}: the loaded copy has no recipients list (Nơi nhận)", "not_loaded": "Document No. {number} is not loaded, so this cannot be answered "
           "from the loaded plans.",
           "not_loaded_topic": "No plan \u201c{topic}\u201d is loaded, so this cannot be answered.",
           "not_loaded_doc": "{document} is not loaded, so what it says cannot be answered.",
           "other_number": "Document No. {number} is not loaded, so this cannot be answered (the loaded plan with "
                           "the same digits is: {loaded}).",
           "other_year": "No plan for {years} is loaded for the place asked about (loaded: {plans}), so this cannot be "
                         "answered.",
           "undescribed": "None of the loaded plans fits the description “{phrase}”, so this cannot be answered. "
                          "Loaded plans: {plans}.",
           "issued_on": "issued {date}", "issued_in": "issued in {year}", "undated": "no date of issue",
           "period_of": "period {period}"},
}


# a question about what another numbered document sets: "Nghị quyết 27-NQ/HU … đặt ra những chỉ tiêu gì?"
_DOC_KINDS = (r"nghị quyết|quyết định|quy định|kế hoạch|chỉ thị|thông tư|nghị định|công văn|kết luận|hướng dẫn|"
              r"tờ trình|báo cáo|chương trình(?: phối hợp| hành động| công tác)?|NQ|QĐ|KH|CT|CTPH|KL|TT|NĐ|TTr|HD|"
              r"resolution|decision|regulation|plan|directive|circular|decree|guideline|programme|program")
# "07/CTPH-BGDĐT-HKHVN", "44/2014/TT-BGDĐT" (a ministry's number carries its year)
_NUMBER_TAIL = r"0*(\d{1,5})\s*[-/]\s*(?:(?:19|20)\d\d\s*/\s*)?[A-ZĐ][\w\-/&]*"
# the document opens the question, perhaps after "Trong / Theo / Ai ký" ("Trong Kế hoạch 112/KH-UBND, UBND tỉnh giao
# … gì?", "Ai ký Tờ trình 39/TTr-PGDĐT …?"): it is what is asked about, not a plan's căn cứ
_DOC_SUBJECT_RE = re.compile(rf"^\s*(?:(?:trong|theo|tại|ở|ai ký|ai là người ký|according to|in)\s+)?(?:{_DOC_KINDS})\s+"
                             rf"(?:số\s+|no\.?\s*)?{_NUMBER_TAIL}", re.I)
# an English question whose subject is the document inside it: "What targets does Decision 1268/QĐ-TTg set …?"
_EN_DOC_SUBJECT_RE = re.compile(rf"\b(?:does|do|did)\s+(?:the\s+)?(?:{_DOC_KINDS})\s+(?:no\.?\s*)?"
                                rf"{_NUMBER_TAIL}(?=\s+(?:set|say|require|contain|propose|"
                                r"establish|state|list|cover)\b)", re.I)
_CONTENT_ASK_RE = re.compile(r"\b(?:đặt ra|đặt|đề ra|quy định|nêu|gồm|bao gồm|nội dung|nói gì|yêu cầu gì|những chỉ tiêu|"
                             r"chỉ tiêu gì|nhiệm vụ gì|mục tiêu gì|sets?|says?|contains?|requires?|targets?|"
                             r"ai ký|do ai|ký ngày|ký khi nào|who signed|signed by|đề xuất|bao nhiêu|how much|how many|proposes?|proposed|"
                             r"trước ngày nào|hạn chót|thời hạn|giao)\b",
                             re.I)


_PLAN_REF_RE = re.compile(r"\b(?:kế hoạch|KH|plan)\s+(?:số\s+|no\.?\s*)?0*(\d{1,5})\s*/\s*[A-ZĐ][\w\-/&]*", re.I)


# the document asked by its bare digits ("Kế hoạch 108 của thành phố … giao … gì?"), which a loaded plan cites in full
_BARE_SUBJECT_RE = re.compile(rf"^\s*(?:(?:trong|theo|tại|ở|according to|in)\s+)?(?P<kind>{_DOC_KINDS})\s+(?:số\s+|no\.?\s*)?"
                              r"0*(?P<n>\d{1,5})\b(?!\s*[-/.,]\s*\w)", re.I)


# what the document itself sets ("giao … gì", "đặt ra chỉ tiêu gì"), not what the citing plan says of it ("… mà kế hoạch
# viện dẫn được ký ngày nào, giữa những cơ quan nào?": its citation answers)
_BARE_CONTENT_RE = re.compile(r"\b(?:giao|đặt ra|đề ra|quy định|nhiệm vụ|chỉ tiêu|mục tiêu|bao nhiêu|yêu cầu)\b", re.I)
_CITATION_ASK_RE = re.compile(r"\b(?:viện dẫn|dẫn chiếu|căn cứ|ký ngày|ngày nào|ai ký|giữa những)\b", re.I)


def _cited_in_full(m: re.Match[str], documents: dict[str, Document]) -> str | None:
    """A document asked by kind and bare digits that no loaded plan is, but a loaded plan cites with its code: the
    citation as written ("Kế hoạch số 108/KH-UBND"), else None."""
    if any(_number_of(d) == m.group("n") for d in documents.values()):
        return None
    cite = re.compile(rf"\b{re.escape(m.group('kind'))}\s+(?:số\s*)?0*{m.group('n')}\s*/\s*[A-ZĐ][\w\-/&]*", re.I)
    return next((c.group(0) for d in documents.values() if (c := cite.search(d.text))), None)


def other_document_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A question about what a numbered document that is not loaded sets ("Nghị quyết 27-NQ/HU của Huyện ủy đặt ra
    những chỉ tiêu gì?"): quoting a plan that cites it would answer for the wrong text, so it is refused plainly,
    naming the document."""
    lang = query.language if query.language in TEXTS else "vi"
    if (bare := _BARE_SUBJECT_RE.match(query.raw)) and _BARE_CONTENT_RE.search(query.raw[bare.end():]) \
            and not _CITATION_ASK_RE.search(query.raw) and (cited := _cited_in_full(bare, documents)):
        return Answer(answer=TEXTS[lang]["not_loaded_doc"].format(document=cited), refused=True, citations=[],
                      passages=[], language=lang)
    m = _DOC_SUBJECT_RE.match(query.raw)
    if m and not _CONTENT_ASK_RE.search(query.raw[m.end():]) and not re.match(r"\s*ai\b", query.raw, re.I):
        m = None
    m = m or _EN_DOC_SUBJECT_RE.search(query.raw)
    if m is None:
        # "Nhiệm vụ 1 Mục III của Kế hoạch 135/KH-UBND là gì?" with only the plan amending 135 loaded: a part of
        # the amended plan is asked, which no loaded text holds (what the amendment changes is asked otherwise)
        m = next((a for a in _PLAN_REF_RE.finditer(query.raw) if any(
            a.group(1) == number_as_asked(x) for d in documents.values() for x in d.amends)), None)
        if m is None or CHANGES_ASK_RE.search(query.raw):
            return None
    number = m.group(0)[m.start(1) - m.start(0):]  # "07/CTPH-…": a loaded plan's digits with another code is not it
    if any(same_number(number, d) for d in documents.values()):
        return None
    document = re.sub(r"^(?:does|do|did)\s+(?:the\s+)?", "", m.group(0).strip(), flags=re.I)
    return Answer(answer=TEXTS[lang]["not_loaded_doc"].format(document=document), refused=True, citations=[],
                  passages=[], language=lang)


# a follow-up that only names what changes ("What about Gia Cam ward?", "Còn phường X thì sao?"), no ask of its own
_ELLIPTIC_RE = re.compile(r"^\W*(?:what about|how about|and|còn|thế còn|vậy còn)\b"
                          r"(?!.*\b(?:ai|gì|nào|bao nhiêu|mấy|who|what is|which|how many|when)\b)", re.I)


def _number_of(doc: Document) -> str:
    return number_as_asked(doc.number)


def _code(number: str) -> str:
    """A number's code after "/", compared loosely ("KH-UBND", "kh - ubnd", "KH-BCĐ" → "KH-BCD")."""
    code = number.split("/", 1)[1] if "/" in number else ""
    return re.sub(r"\s+", "", strip_accents(code.upper()).replace("Đ", "D"))


def same_number(asked: str, doc: Document) -> bool:
    """Whether a number as the question writes it ("45/KH-UBND", "45/KHLT", "số 45") is this plan's: the same
    digits, and a code that is the plan's or the start of it (a joint plan's 45/KHLT-SGDĐT-HKH is no 45/KH-UBND)."""
    if number_as_asked(asked) != _number_of(doc):
        return False
    a, b = _code(asked), _code(doc.number or "")
    return not a or not b or a.startswith(b) or b.startswith(a)


def other_numbered_plan_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A plan asked by a number whose digits a loaded plan has but whose code it has not ("Kế hoạch số 45/KH-UBND
    của UBND tỉnh" when the loaded 45 is a joint plan 45/KHLT-SGDĐT-HKH): that plan is not loaded, said plainly."""
    for m in _DOC_NO_RE.finditer(query.raw):
        if not _code(m.group(0)).startswith(("KH", "QD")):  # a plan, or the decision that issues one
            continue
        near = [d for d in documents.values() if _number_of(d) == m.group(1).lstrip("0")]
        if near and not any(same_number(m.group(0), d) for d in near):
            lang = query.language if query.language in TEXTS else "vi"
            loaded = "; ".join(f"{d.locality} — {d.title} ({d.number})" for d in near)
            return Answer(answer=TEXTS[lang]["other_number"].format(number=m.group(0), loaded=loaded), refused=True,
                          citations=[], passages=[], language=lang)
    return None


# a plan named by its year ("Kế hoạch xây dựng xã hội học tập năm 2025 của Huế", "Hue's 2025 plan")
_PLAN_YEAR_RE = re.compile(r"\b(?:kế hoạch|kh)\b(?:\s+(?!(?:có|nêu|của|mà|ban hành|thực hiện|căn cứ|giao|đặt|do)\b)"
                           r"[\wđ]+){0,7}?\s+năm\s+(20\d\d)\b|\b(20\d\d)\s+plan\b|"
                           r"\bplan\s+for\s+(20\d\d)\b", re.I)


def other_year_plan_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A place's plan asked by a year its loaded annual plan is not for ("Kế hoạch … năm 2025 của Huế" when the loaded
    plan of Huế is the 2026 one): that year's plan is another document, not loaded — said plainly."""
    m = _PLAN_YEAR_RE.search(query.raw)
    docs = [documents[d] for d in query.plans or () if d in documents]
    if not (m and docs):
        return None
    year = int(next(g for g in m.groups() if g))
    spans = [d.period_span() for d in docs]
    if not all(sp and sp[0] == sp[1] != year for sp in spans):  # only annual plans, each for another year
        return None
    places = {d.locality for d in docs}
    if any(d.locality in places and (sp := d.period_span()) and sp[0] <= year <= sp[1] for d in documents.values()):
        return None
    lang = query.language if query.language in TEXTS else "vi"
    plans = "; ".join(f"{d.locality} — {d.title}" for d in docs[:5])
    return Answer(answer=TEXTS[lang]["other_year"].format(years=year, plans=plans), refused=True, citations=[],
                  passages=[], language=lang)


def undescribed_plan_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A plan described by its date of issue, period, year or issuer's kind that no loaded plan fits ("Kế hoạch ban
    hành tháng 3/2025 …"): refused plainly, each loaded plan listed with the facts it prints, so the asker sees which
    one they may have meant."""
    if not query.undescribed:
        return None
    lang = query.language if query.language in TEXTS else "vi"
    t = TEXTS[lang]

    def facts(d: Document) -> str:
        when = (t["issued_on"].format(date=_date_vi(d.issued) if lang == "vi" else d.issued) if d.issued
                else t["issued_in"].format(year=d.issued_year) if d.issued_year else t["undated"])
        return f"{d.locality} — {d.title} ({when}; {t['period_of'].format(period=d.period)})" if d.period \
            else f"{d.locality} — {d.title} ({when})"

    plans = "; ".join(facts(d) for d in documents.values())
    return Answer(answer=t["undescribed"].format(phrase=query.undescribed.strip(), plans=plans), refused=True,
                  citations=[], passages=[], language=lang)


# a plan named by a subject of another field of administration ("Kế hoạch chuyển đổi số của Huế …", "the tourism
# plan of …"): general subjects of provincial and district plans, not this genre's ("xã hội học tập", "học tập suốt đời")
_SUBJECTS = (r"chuyển đổi số|phát triển du lịch|du lịch|giảm nghèo(?: bền vững)?|(?:xây dựng )?nông thôn mới|"
             r"cải cách hành chính|an toàn giao thông|bảo vệ môi trường|phòng,? chống [a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?|"
             r"phòng cháy,? chữa cháy|phát triển kinh tế(?: - xã hội| xã hội)?|đầu tư công|sử dụng đất|tuyển sinh|"
             r"dân số|bình đẳng giới|tiêm chủng|an toàn thực phẩm|xúc tiến đầu tư|khởi nghiệp|ứng phó biến đổi khí hậu|"
             r"chăm sóc sức khỏe|y tế|phát triển nông nghiệp|thể dục,? thể thao")
_OTHER_SUBJECT_RE = re.compile(r"(?<!sở )(?<!tài chính - )(?<!tài chính – )\bkế hoạch\s+(?:về\s+)?(" + _SUBJECTS + r")\b", re.I)
_EN_SUBJECTS = (r"digital transformation|tourism(?: development)?|poverty reduction|new rural(?: area)? development|"
                r"administrative reform|traffic safety|environmental protection|socio-economic development|"
                r"public investment|land use|enrol?ment|population|fire prevention|gender equality|vaccination|"
                r"food safety|climate change(?: response)?|health ?care")
_EN_OTHER_SUBJECT_RE = re.compile(r"\b(" + _EN_SUBJECTS + r")\s+(?:plan|programme|program)\b|"
                                  r"\b(?:plan|programme|program)\s+(?:on|for)\s+(" + _EN_SUBJECTS + r")\b", re.I)


def other_subject_plan_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """A plan named by another subject ("Kế hoạch chuyển đổi số của Huế giao Sở Nội vụ làm gì?") when no loaded plan
    of the asked place (or none at all) is on that subject: the loaded plan of the place is another document, and
    quoting it would answer for the wrong one — refused plainly, naming the plans searched."""
    m = _OTHER_SUBJECT_RE.search(fold(query.raw)) or _EN_OTHER_SUBJECT_RE.search(query.raw)
    if m is None:
        return None
    topic = next(g for g in m.groups() if g)
    words = topic if m.re is _OTHER_SUBJECT_RE else " ".join(english_terms(topic)) or topic
    docs = [documents[d] for d in (query.plans or documents) if d in documents]
    if not docs or any(_on_topic(words, d) for d in docs):
        return None
    lang = query.language if query.language in TEXTS else "vi"
    return Answer(answer=f"{TEXTS[lang]['not_loaded_topic'].format(topic=topic)} "
                         f"{plans_searched(documents, query.plans, lang)}",
                  refused=True, citations=[], passages=[], language=lang)


def metadata_questions(question: str, own_document: bool = False) -> list[str]:
    """The facts of a plan the question asks, "signer" | "issued" | "number", each once and in that order of
    precedence ("Kế hoạch đó số mấy, ban hành ngày nào?" asks two); ``own_document``: the question names a loaded
    plan by its number ("Ai ký Quyết định 2150/QĐ-UBND?")."""
    def plain(text: str) -> str:  # folded, accent-free, "KH" spelled out ("KH đó số mấy?")
        # ("giữa kỳ khi nào": a period, typed with its accent, is no "ký" — signing — once accents are gone)
        # (nor is "những sở nào" — departments — a number, "số nào", once accents are gone)
        text = re.sub(r"(?<!\w)sở(?!\w)", "sobody", re.sub(r"(?<!\w)k[ỳì](?!\w)", "thoiky", fold(text)))
        return re.sub(r"\bkh\b", "ke hoach", strip_accents(text))

    if _OTHER_DOC_RE.search(plain(question)) and not own_document:
        return []
    # "Bộ tiêu chí … phải ban hành lúc nào?": a task's deadline, not the plan's date of issue
    q = plain(_TASK_ISSUE_RE.sub(" ", question))
    return [kind for kind, pattern in (("signer", _SIGNER_RE), ("issued", _ISSUED_RE), ("number", _NUMBER_RE),
                                       ("period", _PERIOD_RE), ("recipients", _RECIPIENTS_RE),
                                       ("issuer", _ISSUER_RE)) if pattern.search(q)]


def metadata_question(question: str, own_document: bool = False) -> str | None:
    """The first fact asked (see ``metadata_questions``), else ``None``."""
    return next(iter(metadata_questions(question, own_document)), None)


# the subject a question gives the plan it asks about: "Kế hoạch chuyển đổi số ngành giáo dục tỉnh …"
_TOPIC_RE = re.compile(r"\bkế hoạch\s+(?!(?:số|này|đó|ấy|trên|của|năm|nào|được|do|là|ban hành)\b)([^?,.;]+?)"
                       r"(?=\s+(?:của|tỉnh|huyện|xã|phường|thành phố|thị xã|quận|là|số(?=\s*\d)|ban hành|được|do|năm|giai đoạn|"
                       r"có|ký|ngày)\b|[?,.;]|$)", re.I)
_TOPIC_STOP = {"thực", "hiện", "triển", "khai", "về", "và", "các", "trên", "địa", "bàn", "cho", "việc"}
_TOPIC_STOP_PLAIN = {strip_accents(w) for w in _TOPIC_STOP}


def _named_topic(question: str) -> str:
    """The subject words a question names its plan by, when it names one in three words or more."""
    m = _TOPIC_RE.search(question)
    if not m:
        return ""
    # (a subject is written in lower case: "Ninh Thuận và ai ký …" names a place, not a subject)
    raw = re.findall(r"\w+", m.group(1))
    if any(w[:1].isupper() for w in raw):
        return ""
    words = [w for w in (fold(x) for x in raw) if w not in _TOPIC_STOP]
    return m.group(1).strip() if len(words) >= 3 else ""


def _of_year(doc: Document, years: list[int]) -> bool:
    """Does the plan's period, or its year of issue, hold one of the years (a plan without a period: yes)?"""
    span = doc.period_span()
    return not span or any(span[0] <= y <= span[1] or y == doc.year for y in years)


def _on_topic(topic: str, doc: Document) -> bool:
    """Do most of the topic's words occur in the plan's title (accent-free)?"""
    words = [w for w in re.findall(r"\w+", strip_accents(fold(topic))) if w not in _TOPIC_STOP_PLAIN]
    title = plain_words(doc.title)
    return sum(w in title for w in words) >= 0.5 * len(words)


_YEAR_HEADING_RE = re.compile(r"\b(?:năm|giai đoạn)\s+(?:19|20)\d\d\b", re.I)


def _period_lines(doc: Document) -> list[tuple[int, str]]:
    """Where the plan states its span: the line of its title or opening that names the period's last year, and
    the headings of its targets that give their years ("2.1. Mục tiêu cụ thể đến năm 2025")."""
    span = doc.period_span()
    if span is None:
        return []
    body = next((s.start for s in doc.sections if s.kind == "roman"), len(doc.text))
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", doc.text[:body]):
        if str(span[1]) in m.group() and re.search(r"giai đoạn|đến năm|tầm nhìn|\d{4}\s*[-–]\s*\d{4}|năm \d{4}",
                                                     m.group(), re.I):
            out.append((m.start(), m.group().strip()))
            break
    goals = {s.id for s in doc.sections if s.kind == "roman" and re.search(r"mục tiêu|chỉ tiêu", s.title, re.I)}
    for s in doc.sections:
        top = s
        while top.parent is not None:
            top = doc.sections[top.parent]
        if s.kind in ("number", "letter") and top.id in goals and _YEAR_HEADING_RE.search(s.title) \
                and len(s.title) <= 80:
            out.append((s.start, s.heading))
    return out


def _cite(cites: list[Citation], doc: Document, chunk: Chunk) -> Citation:
    """The citation of a passage, made and numbered once however many facts it holds."""
    same = next((c for c in cites if c.id == chunk.id), None)
    if same is None:
        same = Citation(n=len(cites) + 1, doc=doc.doc, title=doc.title, locality=doc.locality, section=chunk.section,
                        text=chunk.text, start=chunk.start, end=chunk.end, score=1.0, id=chunk.id)
        cites.append(same)
    return same


def _header_chunk(doc: Document, chunks: list[Chunk], needle: str) -> Chunk | None:
    """The passage holding a header fact (the number and date lines open the plan's text)."""
    at = doc.text.find(needle)
    if at < 0:
        return None
    return next((c for c in chunks if c.doc == doc.doc and c.start <= at < c.end), None)


def _date_vi(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d):02d}/{int(m):02d}/{y}"


# another document asked by its kind and number ("Chương trình phối hợp số 03", "Quyết định 1373")
_OTHER_DOCUMENT_RE = re.compile(r"\b(?:chương trình phối hợp|quyết định|nghị quyết|chỉ thị|công văn|thông báo|hướng dẫn|"
                                r"quy chế|nghị định|thông tư|kết luận)\s+(?:số\s+)?\d", re.I)


def metadata_answer(query: Query, documents: dict[str, Document], chunks: list[Chunk]) -> Answer | None:
    """A cited answer to a signer / number / date-of-issue question, or ``None`` when the question is not one.

    With one plan named (or chosen) it answers for that plan; otherwise it lists every loaded plan. A plan whose
    copy lacks the fact is said to lack it, without a citation; if none has it the answer is a refusal.
    """
    if query.plans == []:
        return None
    asked = {m.group(1).lstrip("0") for m in _DOC_NO_RE.finditer(query.raw)}
    own = bool(asked) and any(_number_of(documents[d]) in asked for d in (query.plans or ()) if d in documents)
    kinds = metadata_questions(query.raw, own) or (["signer"] if office_held_by_signer(query, documents) else [])
    if not kinds and any(n.startswith("followup:") for n in query.notes) and _ELLIPTIC_RE.search(query.raw):
        kinds = metadata_questions(query.text, own)  # "What about Gia Cam ward?" after "Who signed …?"
    if query.value or query.intent in ("money", "funding", "target"):
        kinds = [k for k in kinds if k != "period"]  # "How much … budget, and for what period?": the amount is asked
    if not own and _OTHER_DOCUMENT_RE.search(query.raw):
        # "Chương trình phối hợp số 03 mà kế hoạch … viện dẫn được ký ngày nào?": the cited document's date and
        # signer, which its citation line gives, not the plan's
        kinds = [k for k in kinds if k not in ("number", "issued", "signer")]
    if query.agency:
        # "Which plan does it ask the Sở … to implement? Give its number.": the number of what a body is given,
        # not the plan's own
        kinds = [k for k in kinds if k not in ("number", "issued")]
    if "issuer" in kinds and not any(documents[d].issuers for d in (query.plans or documents) if d in documents):
        kinds = [k for k in kinds if k != "issuer"]  # one issuer: its number and title say it, the lines answer
    if not kinds:
        return None
    if query.listed_places and kinds != ["period"]:
        # "Kế hoạch của xã Lát do ai ký?": a commune only a district plan's table lists has no plan loaded; the
        # district plan's signer or number is not its
        lang = query.language if query.language in TEXTS else "vi"
        place = replace(query, missing_places=list(query.listed_places[:1]), plans=[])
        return Answer(answer=refusal(documents, query.plans, lang, place),
                      refused=True, citations=[], passages=[], language=lang)
    if kinds == ["number"]:  # a document is cited by its number and date ("số 2185/QĐ-UBND ngày 19/12/2025")
        kinds = ["number", "issued"] if all(documents[d].issued for d in (query.plans or ()) if d in documents) \
            and query.plans else kinds
    lang = query.language if query.language in TEXTS else "vi"
    t = TEXTS[lang]
    docs = [documents[d] for d in (query.plans or sorted(documents)) if d in documents]
    # a document asked by its number ("Kế hoạch số 58/KH-UBND"): a plan with another number is not it, even
    # when the place matches (a province's plan cited by the Sở's own plan, which is the one loaded)
    if asked:
        full = [m.group(0) for m in _DOC_NO_RE.finditer(query.raw)]
        docs = [d for d in docs if any(same_number(f, d) for f in full)]
        if not docs:
            number = _DOC_NO_RE.search(query.raw).group(0)
            return Answer(answer=t["not_loaded"].format(number=number), refused=True, citations=[], passages=[],
                          language=lang)
    if not asked and query.years:
        # "Xã … năm 2025 có kế hoạch số mấy?": a plan for another year (its period, nor its year of issue, holds
        # the asked year) is not the one asked about
        kept = [d for d in docs if _of_year(d, query.years)]
        if not kept:
            years = ", ".join(map(str, query.years))
            plans = "; ".join(f"{d.locality} — {d.title}" for d in docs[:5])
            return Answer(answer=t["other_year"].format(years=years, plans=plans), refused=True, citations=[],
                          passages=[], language=lang)
        docs = kept
    en_topic = _EN_TOPIC_RE.search(query.raw) if lang == "en" and not asked else None
    if en_topic and (terms := english_terms(en_topic.group(1))) and not any(
            _on_topic(" ".join(terms), d) for d in docs):
        return None  # a plan of another subject, as a loaded plan may cite it: its lines answer, not the header
    if not asked and (topic := _named_topic(query.raw)):
        # "Kế hoạch chuyển đổi số ngành giáo dục … số mấy?": a plan of another subject than the loaded one's
        docs = [d for d in docs if _on_topic(topic, d)]
        if not docs:
            return Answer(answer=t["not_loaded_topic"].format(topic=topic), refused=True, citations=[], passages=[],
                          language=lang)
    lines: list[str] = []
    cites: list[Citation] = []
    for kind, doc in ((k, d) for d in docs for k in kinds):
        plan = f"{doc.title} ({doc.locality})" if len(docs) == 1 else f"**{doc.locality}** — {doc.title}"
        chunk: Chunk | None = None
        m: re.Match[str] | None = None
        if kind == "signer" and len(doc.signers) > 1:  # a joint plan: every body's signer, side by side
            chunk = signature_chunk(doc)
            line = t["signers"].format(plan=plan, names=t["and"].join(
                f"{s.name} ({s.capacity})" if s.capacity else s.name for s in doc.signers))
        elif kind == "signer" and doc.signer:
            chunk = signature_chunk(doc)
            line = t["signer"].format(plan=plan, capacity=doc.signer.capacity, name=doc.signer.name)
        elif kind == "issuer" and doc.issuers:
            chunk = _header_chunk(doc, chunks, doc.issuers[0])
            number = f" ({t['number_word']} {doc.number})" if doc.number else ""  # a joint number names them too
            line = t["issuers"].format(plan=plan + number, bodies=t["and"].join(doc.issuers))
        elif kind == "number" and doc.number:
            num = re.escape(doc.number.split("/")[0]) + r"\s*/\s*" + re.escape(doc.number.split("/", 1)[1])
            m = re.search(r"Số\s*:?\s*" + num, doc.text[:400])
            chunk = _header_chunk(doc, chunks, m.group(0)) if m else None
            line = t["number"].format(plan=plan, number=doc.number)
        elif kind == "issued" and doc.issued:
            y, mo, d = (int(x) for x in doc.issued.split("-"))
            m = re.search(rf"ngày\s+0?{d}\s*(?:tháng\s+|/)0?{mo}\s*(?:năm\s+|/){y}", doc.text[:400])
            chunk = _header_chunk(doc, chunks, m.group(0)) if m else None
            line = t["issued"].format(plan=plan, date=_date_vi(doc.issued) if lang == "vi" else doc.issued)
        elif kind == "recipients" and (chunk := recipients_chunk(doc)) is not None:
            n = _cite(cites, doc, chunk).n
            listed = [re.sub(r"^[-–+•*]\s*", "", ln).strip() for ln in doc.recipients.split("\n")[1:] if ln.strip()]
            lines.append("\n".join([t["recipients"].format(plan=plan) + f" [{n}]:", *(f"- {ln}" for ln in listed)]))
            continue
        elif kind == "period" and doc.period and (said := _period_lines(doc)):
            found = [(c, pos, ln) for pos, ln in said
                     if (c := next((c for c in chunks if c.doc == doc.doc and c.start <= pos < c.end), None))]
            if not found:
                lines.append(t["no_period"].format(plan=plan) + ".")
                continue
            quoted = [f"- {ln} [{_cite(cites, doc, c).n}]" for c, _, ln in found]
            lines.append("\n".join([t["period"].format(plan=plan, period=doc.period) + ":", *quoted]))
            continue
        else:
            lines.append(t["no_" + kind].format(plan=plan) + ".")
            continue
        if chunk is None:  # the fact is known but its passage is not in this index: say nothing uncited
            lines.append(t["no_" + kind].format(plan=plan) + ".")
            continue
        n = _cite(cites, doc, chunk).n  # the number and date share the header passage: one citation
        if kind != "signer" and m is not None and len(docs) == 1:  # quote the header line itself
            a, b = doc.text.rfind("\n", 0, m.start()) + 1, doc.text.find("\n", m.end())
            lines.append(f"{line}:\n- {doc.text[a:b if b >= 0 else len(doc.text)].strip()} [{n}]")
        else:
            lines.append(f"{line} [{n}].")
    if not lines:
        return None
    # several facts of one plan, each with its header line quoted under it: one paragraph each
    text = lines[0] if len(lines) == 1 else "\n\n".join(lines) if any("\n" in ln for ln in lines) \
        else "\n".join(f"- {ln}" for ln in lines)
    return Answer(answer=text, refused=not cites, citations=cites, passages=list(cites), language=lang)
