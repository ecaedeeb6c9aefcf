"""Questions no plan can answer by its text: opinions and judgements of merit ("Kế hoạch Huế có khả thi không?",
"Is My Loc's plan more effective than An Lao's?"). A plan sets aims, tasks and duties; it does not grade itself,
so quoting its lines would pass them off as a verdict. Such a question is refused plainly."""

from __future__ import annotations

import re

from chat.extractive import plans_searched
from chat.types import Answer
from index.types import Query
from ingest.textnorm import fold, strip_accents
from ingest.types import Document

# matched on the question lower-cased without accents
_OPINION_RE = re.compile(
    r"\bkha thi (?:khong|hay khong|chua|den dau)\b|\bco kha thi\b|"
    r"\b(?:hieu qua|tot|hay|kha thi|thuc te) hon (?:ke hoach|kh)\b|"
    r"\b(?:danh gia|nhan xet) (?:giup|ho|dum)\b|\btheo (?:ban|anh|chi|em),|\b(?:ban|anh|chi) (?:nghi|thay) (?:sao|the nao)\b|"
    r"\bis (?:it|the plan|[\w' ]{1,30}plan) (?:feasible|realistic|achievable)\b|\b(?:better|more effective) than\b|"
    r"\bdo you think\b|\byour (?:opinion|view|assessment)\b")
TEXTS = {
    "vi": "Kế hoạch chỉ nêu mục tiêu, nhiệm vụ và phân công thực hiện; nó không tự đánh giá tính khả thi hay hiệu quả, "
          "nên tôi không có căn cứ để nhận xét.",
    "en": "A plan sets out aims, tasks and duties; it does not assess its own feasibility or effectiveness, so there "
          "is no basis for a judgement.",
}


def opinion_refusal(query: Query, documents: dict[str, Document]) -> Answer | None:
    """Refuse a question asking for an opinion or a judgement of merit, naming the plans searched."""
    if not _OPINION_RE.search(strip_accents(fold(query.raw))):
        return None
    lang = query.language if query.language in TEXTS else "vi"
    return Answer(answer=f"{TEXTS[lang]} {plans_searched(documents, query.plans, lang)}", refused=True, citations=[],
                  passages=[], language=lang)
