"""Hybrid retrieval: analyse → candidates (dense + BM25, fused) → re-score → threshold → per-plan quota."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from index.aliases import ABBREVIATIONS
from index.backend import Scope
from index.embed import Embedder
from index.gazetteer import PROVINCES
from index.query import REQUIREMENT_RE, WHO_RE, AgencyMatch, QueryAnalyzer
from index.segment import syllables, terms_of, tokenize, unaccented
from index.store import LoadedIndex
from index.types import Hit, Query
from ingest.matrix import row_deadline, table_bodies
from ingest.outline import is_heading_line
from ingest.textnorm import fold, strip_accents
from ingest.types import PATH_SEP, Chunk, Document
from planqa.config import Settings

# an amount: "500.000 đồng", "1,5 tỷ đồng" (not "năm 2026. Đồng thời")
# an amount with its unit (OCR may drop the unit's dot: "160 triêu đồng"), or a table cell under a money column
# ("Kinh phí (triệu đồng): 30")
MONEY_RE = re.compile(r"\b\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?\s*(?:đồng|triệu|triêu|tỷ|nghìn|ngàn|VNĐ|VND|vnđ|tr(?=\W|$))\b|"
                      r"\((?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng|VNĐ|VND|vnđ)\)\s*:\s*\d")
# a date or period a deadline can be: "ngày 15/12/2026", "ngày 10 tháng 12", "15/12", "Quý II", "tháng 12 hằng năm"
DATE_RE = re.compile(r"(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}|/\d{1,2})|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|"
                     r"\b(?:cuối|đầu|giữa|trong|trước|hết)\s+T(?:1[0-2]|[1-9])\b|"  # chat shorthand: "cuối T6"
                     r"\bquý\s+[IV1-4]+\b|tháng\s+\d{1,2}\s+hằng năm|tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}|"
                     # a schedule row's months as ingest reads its marks ("Thời gian thực hiện: T3, T4 (tháng 3, 4)")
                     r"\(tháng\s+\d{1,2}(?:,\s*\d{1,2})*\)|"
                     # the lunar calendar's days ("ngày 15 tháng Chạp âm lịch", "rằm tháng Giêng", "mùng 5 tháng 5 âm lịch")
                     r"(?:ngày\s+\d{1,2}|rằm|mùng\s+\d{1,2}|mồng\s+\d{1,2})\s+tháng\s+(?:giêng|chạp|\d{1,2}\s+âm lịch))", re.I)
_FUNDING_TERMS = ("kinh phí", "ngân sách", "dự toán", "nguồn tài", "huy động", "tài chính")
_INTENT_SECTIONS = {
    "target": ("mục tiêu",),
    "funding": ("kinh phí",),
    "purpose": ("mục đích", "mục tiêu chung", "mục tiêu tổng quát"),
    "legal": ("phần mở đầu", "căn cứ"),  # the preamble, or a part of its own ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    "deadline": ("báo cáo",),  # "VI. CHẾ ĐỘ BÁO CÁO", "Chế độ thông tin, báo cáo"
}


_HEADING_STOP = set("và các của cho trong về để với những một theo thực hiện tăng cường đẩy mạnh".split())
# Headings made only of the fixed outline's words ("2. Yêu cầu", "Mục tiêu cụ thể") say nothing about the
# topic; a question using those words as verbs ("yêu cầu rà soát …") must not land on them.
_OUTLINE_WORDS = set("muc dich yeu cau tieu nhiem vu giai phap to chuc thuc hien kinh phi chung cu the nam".split())
MIN_KNOWN_WORDS = 0.5  # below this share of content words known to the plans, a question is off-topic
MIN_SAID_WORDS = 3  # content words one passage must hold, all of them, for a question far in meaning to be kept
# question and function words: they say nothing about the topic
_QUESTION_WORDS = set("""ai là gì nào bao_nhiêu thế_nào như_thế_nào có không được của và các những cho trong về với
theo ở tại thì sao phải làm hãy cho_biết biết muốn hỏi xin vui_lòng nào_đó đâu khi_nào lúc_nào bao_giờ tôi
chúng_tôi mình bạn nhé ạ vậy còn thế đó này kia""".split())


@lru_cache(maxsize=8192)
def _heading_terms(text: str) -> frozenset[str]:
    return frozenset({w for w in re.findall(r"\w+", strip_accents(fold(text))) if len(w) > 1 and not w.isdigit()} - {
        strip_accents(w) for w in _HEADING_STOP})


@lru_cache(maxsize=8192)
def _in_intent_section(path: str, keys: tuple[str, ...]) -> bool:
    """Is the passage under the outline section for the asked topic ("IV. KINH PHÍ", "1. Mục đích")?

    Compared without accents ("IV. KINH PHI THỰC HIỆN" occurs). Below a roman heading, a child that is
    itself a bare outline heading decides: "I. MỤC ĐÍCH YÊU CẦU › 2. Yêu cầu" is not the purpose.
    """
    if not keys:
        return False
    plain = [strip_accents(k) for k in keys]
    comps = [strip_accents(fold(re.sub(r"^[\w.]+[.)]\s", "", p))) for p in path.split(PATH_SEP)]
    for comp in comps[1:]:
        if _heading_terms(comp) <= _OUTLINE_WORDS:
            return any(k in comp for k in plain)
    return any(k in comp for comp in comps for k in plain)


# "X phối hợp làm gì?": the rows where X cooperates are asked about first
_COOPERATE_RE = re.compile(r"phối hợp|cooperat|coordinat|support", re.I)
ROW_OTHER_ROLE = 0.92  # agency strength of a table row naming the body in the other role than asked
# a question about the issuing document itself ("Quyết định có hiệu lực khi nào?", "căn cứ", "Điều 3"): the
# preamble, which holds the header, the bases and a decision issuing the plan, may answer it
# (and the fields of a document database's record kept there: "lĩnh vực", "trích yếu", "loại văn bản")
_PREAMBLE_ASK_RE = re.compile(r"quyết định|\bđiều \d|hiệu lực|thi hành|ban hành|căn cứ|nơi nhận|số hiệu|tờ trình|"
                              r"lĩnh vực|trích yếu|loại văn bản|cơ sở dữ liệu|\bin force\b|\bdatabase\b|"
                              r"thực hiện theo|dựa (?:trên|vào|theo)|(?:kế hoạch|văn bản|nghị quyết|đề án) (?:số )?nào|"
                              r"\bdecision\b|\barticle\b|\beffect\b|legal basis|issued|\bbased on\b|implement", re.I)
# a document's own matter: its number, bases, articles and the sentence issuing it; other preamble lines are
# short (the header, the title) up to DOC_MATTER_LINE characters
BASIS_WORDS = r"căn cứ|thực hiện|theo đề nghị|xét đề nghị"  # how a line stating what a document rests on opens
DOC_MATTER_RE = re.compile(rf"(?:[-–•*+]\s*)?(?:số\s*:|{BASIS_WORDS}|điều\s+\d|quyết định|nơi nhận)", re.I)
DOC_MATTER_LINE = 200
PREAMBLE_PENALTY = 0.12  # the preamble is long and repeats the title and place: it wins on words, not meaning
_PURPOSE_RE = re.compile(r"mục đích|mục tiêu|nhằm|để làm gì|purpose|\baim", re.I)


# a slot a question asks without naming it, matched accent-free, and the heading words of the part stating it
_SLOT_HEADINGS = (
    (re.compile(r"\b(?:khi nao|luc nao|bao gio|bao lau|tu ngay nao|dien ra|keo dai|when|how long)\b"), "thời gian"),
    (re.compile(r"\b(?:o dau|tai dau|noi nao|where)\b"), "địa điểm"),
)


def _topic_keys(query: Query) -> tuple[str, ...]:
    """The outline headings that hold the asked topic; "mục đích, yêu cầu" asks for both sections."""
    keys = _INTENT_SECTIONS.get(query.intent, ())
    if query.intent == "purpose" and REQUIREMENT_RE.search(query.text):
        keys = (keys if _PURPOSE_RE.search(query.text) else ()) + ("yêu cầu",)
    return keys


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _acts(query: Query) -> bool:
    """Is the asked body the question's subject ("Sở Tài chính lo kinh phí …"), not what the money is for
    ("kinh phí dành cho Trung tâm …")?"""
    text = fold(query.text)
    at = text.find(fold(query.agency or ""))
    # (the money named before the body is what is asked about: "Khoản 1,2 tỷ nâng cấp TTHTCĐ …")
    return bool(query.agency) and at >= 0 and not re.search(
        r"\b(?:cho|dành cho|hỗ trợ|for|của)\s*$|kinh phí|khoản|tiền|ngân sách|dự toán|\btỷ\b|triệu|billion|million|budget|"
        r"fund|cost|money", text[:at])


class Retriever:
    """Stateless per query; holds the loaded index, the embedder and the query analyser."""

    def __init__(self, loaded: LoadedIndex, embedder: Embedder, settings: Settings) -> None:
        self.ix = loaded
        self.embedder = embedder
        self.settings = settings
        self.analyzer = QueryAnalyzer(loaded.documents, settings.today)
        # precomputed once per loaded index, so no question walks every passage or plan:
        # rows of each plan, and rows under each (plan, section) — the section itself or a descendant
        self._rows_of_doc: dict[str, np.ndarray] = {}
        self._rows_under: dict[tuple[str, int], list[int]] = {}
        for i, c in enumerate(loaded.chunks):
            self._rows_of_doc.setdefault(c.doc, []).append(i)  # type: ignore[arg-type]
            secs = loaded.documents[c.doc].sections
            sid: int | None = c.section_id
            while sid is not None:
                self._rows_under.setdefault((c.doc, sid), []).append(i)
                sid = secs[sid].parent
        self._rows_of_doc = {d: np.asarray(r, dtype=np.int64) for d, r in self._rows_of_doc.items()}
        self._folded = [fold(c.text) for c in loaded.chunks]
        self._section_for_chunk = [self._ranked_section(c) for c in loaded.chunks]
        self._vocab = loaded.bm25.vocabulary()
        self._vocab_plain = loaded.bm25_plain.vocabulary()
        # the words of the full forms of the abbreviations the plans write ("CC TC - KT" is known to a question
        # about "công chức Tài chính - Kế toán"): the off-topic gate counts them as the plans' words
        self._vocab_full = {w for abbr, full in ABBREVIATIONS.items()
                            if all(t in self._vocab for t in re.split(r"[\s\-&,]+", abbr.lower()) if t)
                            for w in tokenize(full) + syllables(full)}
        self._place_words = {t for p in [*PROVINCES, *(x for d in loaded.documents.values()
                                                        for x in (d.locality, d.province) if x)]
                             for t in tokenize(p) + syllables(p)}
        # words of a plan's title say nothing about which of its sections answers
        # (compared with accents: "số" in "Nghị quyết số 23" must not cancel "Sở")
        self._line_rows: dict[str, np.ndarray] = {}
        for r, (doc, _) in enumerate(loaded.line_keys):
            self._line_rows.setdefault(doc, []).append(r)  # type: ignore[arg-type]
        self._line_rows = {d: np.array(rows) for d, rows in self._line_rows.items()}
        # preamble passages that are only the document's own matter (header, bases, a decision's articles):
        # a passage of the preamble that tells the situation or past results ("Năm 2025, toàn phường có …") is not
        self._doc_matter = {i for i, c in enumerate(loaded.chunks)
                            if loaded.documents[c.doc].sections[c.section_id].kind == "preamble"
                            and all(DOC_MATTER_RE.match(ln) or len(ln) <= DOC_MATTER_LINE
                                    for ln in (x.strip() for x in c.text.split("\n")) if ln)}
        self._title_words = {d.doc: set(re.findall(r"\w+", fold(f"{d.title} {d.locality} {d.province or ''}")))
                             for d in loaded.documents.values()}
        # bodies of responsibility-table rows and their role there ("Cơ quan chủ trì" / "Cơ quan phối hợp")
        self._row_roles = {(d.doc, b.section_id, b.name): b.role for d in loaded.documents.values()
                           for b in table_bodies(d)}
        self._row_leads = {(doc, sid) for (doc, sid, _), role in self._row_roles.items() if role == "lead"}

    # ------------------------------------------------------------------ helpers
    def _ranked_section(self, c: Chunk) -> int | None:
        """Row of the whole-section vector for the chunk's nearest agency/numbered ancestor."""
        doc = self.ix.documents[c.doc]
        sid: int | None = c.section_id
        while sid is not None:
            row = self.ix.section_row.get((c.doc, sid))
            if row is not None and doc.sections[sid].kind != "roman":
                return row
            sid = doc.sections[sid].parent
        return self.ix.section_row.get((c.doc, c.section_id))

    def _root_title(self, c: Chunk) -> str:
        return fold(c.section.split(" › ")[0])

    def _agency_match(self, c: Chunk, matches: list[AgencyMatch]) -> AgencyMatch | None:
        """The strongest agency match on the chunk's own section or one of its ancestors."""
        if not matches:
            return None
        doc = self.ix.documents[c.doc]
        ancestors = set()
        sid: int | None = c.section_id
        while sid is not None:
            ancestors.add(sid)
            sid = doc.sections[sid].parent
        return max((m for m in matches if m.doc == c.doc and m.section_id in ancestors),
                   key=lambda m: m.strength, default=None)

    def _off_topic(self, tokens: list[str]) -> bool:
        """Most of the question's content words occur nowhere in the plans ("thời tiết hôm nay")."""
        words = [w for w in tokens if w not in _QUESTION_WORDS and w not in self._place_words]
        if not words:
            return False
        known = sum(w in self._vocab or strip_accents(w) in self._vocab_plain or w in self._vocab_full for w in words)
        return known / len(words) < MIN_KNOWN_WORDS

    def _topic_section(self, c: Chunk, keys: tuple[str, ...]) -> int | None:
        """The deepest heading-like ancestor that names the asked topic ("1. Mục đích", "IV. KINH PHÍ"):
        the section an answer about that topic quotes whole."""
        doc = self.ix.documents[c.doc]
        plain = [strip_accents(k) for k in keys]
        sid: int | None = c.section_id
        while sid is not None:
            s = doc.sections[sid]
            line = doc.text[s.start:s.body_start].strip()  # the title may be shortened with "…"
            if is_heading_line(line) and any(k in strip_accents(fold(s.title)) for k in plain):
                return sid
            sid = s.parent
        return None

    def _agency_strength(self, c: Chunk, matches: list[AgencyMatch]) -> float:
        m = self._agency_match(c, matches)
        return m.strength if m else 0.0

    # ------------------------------------------------------------------ search
    def search(self, question: str, history: Sequence[tuple[str, str]] = (),
               plans: Sequence[str] | None = None) -> tuple[Query, list[Hit]]:
        query, matches = self.analyzer.analyse(question, list(history), list(plans) if plans else None)
        if query.plans == [] or any(n.startswith(("unknown-place", "unknown-agency")) for n in query.notes):
            return query, []
        allowed = np.ones(len(self.ix.chunks), dtype=bool)
        if query.plans:
            allowed = np.zeros(len(self.ix.chunks), dtype=bool)
            for doc in query.plans:
                if doc in self._rows_of_doc:
                    allowed[self._rows_of_doc[doc]] = True
        if not allowed.any():
            return query, []
        tokens = tokenize(query.text)
        if query.language == "vi" and self._off_topic(tokens):
            query.notes.append("off-topic")
            return query, []

        if query.language == "en":
            # e5 is multilingual: the English question as typed finds Vietnamese passages by meaning; the
            # glossary rewriting (English + the plans' wording) adds the exact terms. A passage keeps the better.
            qvecs = self.embedder.encode_queries([query.raw, query.text])
        else:
            qvecs = self.embedder.encode_queries([query.text])
        dense_sec = (self.ix.section_vectors @ qvecs.T).max(axis=1) if len(self.ix.section_vectors) \
            else np.zeros(0)
        terms = terms_of(tokens)
        if query.plans:  # the plan filter already applies the place name; as a term it only adds noise
            terms = [t for t in terms if t not in self._place_words] or terms
        if query.plans and query.intent == "purpose":
            # "X xây dựng kế hoạch xã hội học tập năm 2025 để làm gì?" restates the plan's title: its words
            # single out the passages that repeat the title (the preamble), not the plan's purpose
            title = set().union(*(self._title_words[d] for d in query.plans))
            terms = [t for t in terms if not set(re.findall(r"\w+", fold(t))) <= title] or terms

        n_cand = min(self.settings.candidates, int(allowed.sum()))
        # passages under a matched agency's section (the index of rows per section, not a scan); the backend
        # keeps the closest n_cand of them when an agency every plan has would bring too many
        agency_rows = sorted({i for m in matches for i in self._rows_under.get((m.doc, m.section_id), ())
                              if allowed[i]}) if query.intent == "agency" else []
        scope = Scope(plans=tuple(query.plans or ()))
        found = [self.ix.engine.candidates(qv, terms, unaccented(terms), n_cand, scope, include=agency_rows)
                 for qv in qvecs]
        cand = sorted({i for f in found for i in f.rows})
        # a passage keeps its best closeness over the question's vectors (English: as typed and rewritten)
        dense = {i: max(f.dense[i] for f in found if i in f.dense) for i in cand}
        lex_all = {i: next(f.lexical[i] for f in found if i in f.lexical) for i in cand}

        lmax = max((lex_all[i] for i in cand), default=0.0) or 1.0

        # a body with no section of its own is found where it is named; a unit inside a Sở is named short in the
        # Sở's own plan ("Thanh tra Sở" for "Thanh tra Sở Giáo dục và Đào tạo")
        agency_words = fold(query.agency).split() if query.agency else []
        inner = next((i for i, w in enumerate(agency_words) if i > 0 and w == "sở"), None)
        phrase_core = [" ".join(agency_words)] + ([" ".join(agency_words[:inner + 1])] if inner else []) \
            if agency_words else []
        # (an English question's own words are no heading words: accent-free, "the" would be "thể", "can" "cần";
        # its glossary terms and the places it names are)
        heading_text = query.text if query.language != "en" else " ".join(
            [*query.english_terms, *(w for w in re.findall(r"\w+", fold(query.text)) if w in self._place_words)])
        # a slot asked without its word ("diễn ra khi nào?" asks the "Thời gian" part, "ở đâu?" the "Địa điểm")
        heading_text += "".join(f" {words}" for ask, words in _SLOT_HEADINGS
                                if ask.search(strip_accents(fold(f"{query.raw} {query.text}"))))
        qterms = _heading_terms(heading_text)
        qwords = set(re.findall(r"\w+", fold(heading_text)))
        qterms_of: dict[str, frozenset[str]] = {}  # per plan, filled for the candidates' plans only
        topic_keys = _topic_keys(query)
        who = not query.agency and bool(WHO_RE.search(query.raw))
        preamble_asked = bool(_PREAMBLE_ASK_RE.search(query.text))
        money_actor = query.intent == "funding" and not query.value and _acts(query)
        hits: list[Hit] = []
        for i in cand:
            c = self.ix.chunks[i]
            row = self._section_for_chunk[i]
            d = float(dense[i])
            ds = float(dense_sec[row]) if row is not None else d
            sig = {
                "dense": d, "dense_section": ds, "lexical": float(lex_all[i] / lmax),
                # (a body asked how it handles the money, "Sở Tài chính lo kinh phí thế nào?", is asked its own part;
                # the money's recipient, "kinh phí cho Trung tâm …", is not)
                "agency": self._agency_strength(c, matches)
                if query.intent in ("agency", "general") or money_actor else 0.0,
            }
            am = self._agency_match(c, matches)
            if am and am.alias and sig["agency"]:
                sig["agency_alias"] = 1.0
            if am and am.inline and sig["agency"]:
                sig["agency_inline"] = 1.0
            if am and sig["agency"]:
                sig["agency_section"] = float(am.section_id)
                role = self._row_roles.get((am.doc, am.section_id, am.name))
                if role:  # a table row naming the body: the rows of the role asked about come first
                    sig["agency_row"] = 1.0 if role == "lead" else 0.5
                    if (role == "coordinate") != bool(_COOPERATE_RE.search(query.text)):
                        sig["agency"] *= ROW_OTHER_ROLE
            score = 0.45 * np.clip((d - 0.72) / 0.18, 0, 1) + 0.2 * np.clip((ds - 0.72) / 0.18, 0, 1) \
                + 0.35 * sig["lexical"]
            score += 0.6 * sig["agency"]
            if phrase_core and query.intent == "agency" and not sig["agency"] \
                    and any(p in self._folded[i] for p in phrase_core):
                score += 0.12
                sig["mention"] = 1.0
            # heading match: the question names the section's own topic ("Mục tiêu chung", "trung tâm học tập …")
            last = c.section.split(" › ")[-1]
            hterms = _heading_terms(re.sub(r"^[\w.]+[.)]\s", "", last))
            own = self.ix.documents[c.doc].sections[c.section_id]
            # "Phần kết" is our label, not the plan's; an agency heading is matched as an agency, not a topic
            if hterms and not hterms <= _OUTLINE_WORDS and own.kind not in ("preamble", "closing") and not own.agency:
                if c.doc not in qterms_of:
                    qterms_of[c.doc] = qterms & _heading_terms(" ".join(qwords - self._title_words[c.doc]))
                shared = hterms & qterms_of[c.doc]
                sig["heading"] = len(shared) / len(hterms)
                sig["heading_shared"] = float(len(shared))
                score += 0.25 * sig["heading"] * min(1.0, len(shared) / 2)
            if any(q in self._folded[i] for q in query.quoted.get(c.doc, ())):
                score += 0.3
                sig["quoted"] = 1.0
            if _in_intent_section(c.section, topic_keys):
                score += 0.15
                sig["intent_section"] = 1.0
                topic = self._topic_section(c, topic_keys)
                if topic is not None:
                    sig["topic_section"] = float(topic)
            if query.intent == "target" and "%" in c.text:
                score += 0.1
            elif query.intent == "target" and query.percent and "phần trăm" not in self._folded[i]:
                continue  # a percentage is asked: a passage without one cannot answer
            if who and (c.agency or (c.doc, c.section_id) in self._row_leads):  # a row's lead cell names who
                score += 0.1
                sig["who"] = 1.0
            if query.intent == "funding":
                score += 0.08 * sum(t in self._folded[i] for t in _FUNDING_TERMS)
            if query.intent == "deadline" and (DATE_RE.search(c.text) or (c.kind == "row" and row_deadline(c.text))):
                score += 0.15
            elif query.day and not DATE_RE.search(c.text):
                continue  # a date is asked: a passage that states none cannot answer
            if query.intent == "money" and not MONEY_RE.search(c.text):
                continue  # an amount of money is asked: only passages that state one can answer
            if own.kind == "preamble" and query.intent != "legal" and not preamble_asked:
                sig["preamble"] = 1.0  # the document's own matter here answers nothing asked
                if i in self._doc_matter:
                    # twice as much when the asked topic has a part of its own ("mục đích", "kinh phí", …)
                    score -= PREAMBLE_PENALTY * (2 if topic_keys else 1)
            if query.years:
                path_years = re.findall(r"\b20\d{2}\b", c.section)
                if path_years:
                    score += 0.1 if any(str(y) in path_years for y in query.years) else -0.1
            sig["score"] = float(score)
            hits.append(Hit(chunk=c, score=_sigmoid(6.0 * (score - 0.45)), signals=sig))

        hits.sort(key=lambda h: -h.score)
        hits = [h for h in hits if h.score >= self.settings.min_relevance]
        # an English question embedded as typed sits further from Vietnamese passages than a Vietnamese one
        floor = self.settings.min_dense - (self.settings.english_dense_margin if query.language == "en" else 0.0)
        # a body the plan names is asked about (a table row's lead cell, a line "- Bộ Tư lệnh Thủ đô: …" inside a
        # group's section): its passage holds other bodies' tasks too, further in meaning from a short question
        # than a body's own section, and the name already ties the question to the plan
        # (so is a body's own section when its tasks are asked: "Đài PT-TH QN có nv gì?")
        named_row = any((h.signals.get("agency_row") or h.signals.get("agency_inline") or query.intent == "agency")
                        and h.signals["agency"] >= 0.8 for h in hits)
        if hits and max(h.signals["dense"] for h in hits) < floor and not named_row:
            if self._one_passage_says(tokens, cand):
                query.notes.append("dense-floor-lexical")
            elif self._close_in_conversation(query, history, scope, floor):
                query.notes.append("dense-floor-conversation")
            else:
                query.notes.append("below-dense-floor")
                return query, []  # nothing is even close in meaning ("giá vé xe buýt ở Huế")
        hits = self._diversify(hits, query)
        for r, h in enumerate(hits, 1):
            h.rank = r
        hits = hits[: self.settings.top_k]
        query.line_sim = self._line_sims(qvecs, {h.chunk.doc for h in hits})
        return query, hits

    def _close_in_conversation(self, query: Query, history: Sequence[tuple[str, str]], scope: Scope,
                               floor: float) -> bool:
        """A follow-up within the plans the conversation fixed ("Bao lâu thì khen một lần?") is short and says
        little by itself: read with the question before it, some passage of those plans is close in meaning.
        (Its words must still be the plans' words: an off-topic follow-up was refused before this.)"""
        prev = next((c for r, c in reversed(history) if r == "user" and c.strip()), "")
        if not (prev and query.plans):
            return False
        vec = self.embedder.encode_queries([f"{prev} {query.raw}"])[0]
        found = self.ix.engine.candidates(vec, [], [], self.settings.candidates, scope, include=[])
        return max(found.dense.values(), default=0.0) >= floor

    def _one_passage_says(self, tokens: list[str], cand: list[int]) -> bool:
        """One candidate passage holds every content word of the question (two or more): a short question far in
        meaning from any passage ("Mỗi tủ sách đó phải có ít nhất bao nhiêu đầu sách?") is still about that
        passage's matter, where an off-topic one ("giá vé xe buýt") shares none of its words."""
        words = {w.replace("_", " ") for w in tokens
                 if w not in _QUESTION_WORDS and w not in self._place_words and re.search(r"[^\W\d]", w)}
        if len(words) < MIN_SAID_WORDS:
            return False
        patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in words]
        return any(all(p.search(self._folded[i]) for p in patterns) for i in cand)

    def _line_sims(self, qvecs: np.ndarray, docs: set[str]) -> dict[tuple[str, int], float]:
        """The question's cosine to every line of the given plans (the best of its query vectors)."""
        out: dict[tuple[str, int], float] = {}
        for d in docs:
            rows = self._line_rows.get(d)
            if rows is None or not len(rows):
                continue
            sims = (self.ix.line_vectors[rows] @ qvecs.T).max(axis=1)
            out.update(zip((self.ix.line_keys[r] for r in rows), sims.tolist(), strict=True))
        return out

    def _diversify(self, hits: list[Hit], query: Query) -> list[Hit]:
        """Per-plan quota when several plans answer, so one plan cannot crowd out the others.

        A plan "answers" when its best passage is close to the overall best; when only one plan does,
        its own passages come first (a quota would let weaker plans push them out of the top k).
        """
        if not hits or (query.plans and len(query.plans) == 1):
            return hits
        top = hits[0].signals["score"]
        best: dict[str, float] = {}
        for h in hits:
            best.setdefault(h.chunk.doc, h.signals["score"])
        answering = {d for d, sc in best.items() if sc >= top - 0.15}
        if query.all_plans:
            answering = set(best)  # "which plans …?": each plan's best passages, judged by the answer
        if len(answering) < 2:
            return hits
        quota = self.settings.per_plan_quota
        picked: list[Hit] = []
        rest: list[Hit] = []
        count: dict[str, int] = {}
        for h in hits:
            if h.chunk.doc in answering and count.get(h.chunk.doc, 0) < quota:
                picked.append(h)
                count[h.chunk.doc] = count.get(h.chunk.doc, 0) + 1
            else:
                rest.append(h)
        return picked + rest

    @property
    def documents(self) -> dict[str, Document]:
        return self.ix.documents
