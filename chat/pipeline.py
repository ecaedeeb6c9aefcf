"""The ``Assistant`` facade: the one object the CLI, HTTP API, UIs and evaluation talk to."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from chat.change import change_lead
from chat.checks import (
    checked_figure_lead,
    checked_year,
    option_lead,
    predecessor_lead,
    premise_refusal,
    unstated_amount_refusal,
)
from chat.citations import to_citations
from chat.compound import in_context, listed_asks, merge, merge_listed, split_asks
from chat.either_or import either_refusal, with_options
from chat.extractive import (
    compose,
    figure_places,
    plans_searched,
    refusal,
    unchanged_years,
    unset_years,
    warm,
)
from chat.joint_work import joint_work_answer
from chat.metadata_answers import (
    metadata_answer,
    other_document_refusal,
    other_numbered_plan_refusal,
    other_subject_plan_refusal,
    other_year_plan_refusal,
    undescribed_plan_refusal,
)
from chat.mixups import elsewhere_answer
from chat.outline_answers import (
    address_refusal,
    annex_refusal,
    bodies_of_kind_answer,
    count_answer,
    dash_answer,
    item_answer,
    outline_answer,
    structure_answer,
)
from chat.periods import period_answer
from chat.provenance import provenance_answer
from chat.refocus import refocused
from chat.role_claims import role_claim_answer
from chat.roles import lead_role_refusal, section_body, unassigned_task_refusal
from chat.scope import (
    contact_refusal,
    earlier_baseline_refusal,
    matter_refusal,
    officeholder_refusal,
    opinion_refusal,
    ranking_refusal,
    reason_refusal,
    replaces_refusal,
    result_year_refusal,
    status_refusal,
    unmentioned_subject_refusal,
    unnamed_document_refusal,
    unnamed_year_refusal,
    unpasted_refusal,
    unquoted_name_refusal,
    unstated_reason_refusal,
)
from chat.shares import points_lead, share_lead
from chat.superlative import superlative_answer
from chat.target_answers import (
    empty_level_refusal,
    plan_target_answer,
    target_comparison,
    target_lead,
    targets_overview_answer,
    year_figure_answer,
)
from chat.types import Answer, Turn
from chat.value_lookup import date_lookup_answer, value_lookup_answer
from index.codeswitch import vietnamese_words
from index.courtesy import courtesy_only, plain_question
from index.embed import Embedder
from index.query import STRONG_BODY
from index.quiz import read_quiz
from index.reported import compared_ask, set_apart
from index.retrieve import Retriever
from index.store import build_index, load_index
from index.types import Query
from ingest.errors import IngestError
from ingest.load import SUPPORTED, load_plan, load_plans, plan_files
from ingest.types import Assignment, Chunk, Document, Target
from planqa.config import Settings

MAX_CARRIED_PLACES = 3  # the first ask's places carried to the second, when it names this many plans or fewer


@dataclass
class StreamEvent:
    kind: str  # "delta" | "final"
    text: str = ""
    answer: Answer | None = None


def _turns(history: Sequence[Turn] | Sequence[dict] | None) -> list[Turn]:
    """The conversation so far, each question read as plainly as a new one (``plain_question``); an exchange
    that is only a greeting ("Chào bạn!" and its reply) gives the questions after it nothing to go on from."""
    out: list[Turn] = []
    greeting = False
    for t in history or []:
        turn = t if isinstance(t, Turn) else Turn(role=t["role"], content=t["content"])
        if turn.role == "user":
            greeting = courtesy_only(turn.content)
            if greeting:
                continue
            turn = Turn(role="user", content=vietnamese_words(plain_question(turn.content)))
        elif greeting:
            greeting = False
            continue
        out.append(turn)
    return out


class Assistant:
    """Retrieval + answer composition over the current index; swaps to a new index on ``reload``."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, llm: object | None = None) -> None:
        self.settings = settings
        loaded = load_index(settings)  # a missing / corrupt index fails fast, before the model loads
        self.embedder = embedder or Embedder.from_settings(settings)
        if llm is None and settings.llm != "none":
            from chat.llm import make_chat_model

            llm = make_chat_model(settings)
        self.llm = llm
        self._lock = threading.Lock()  # one re-index at a time
        self.retriever = Retriever(loaded, self.embedder, settings)
        warm(self.retriever.documents)

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        return cls(settings)

    # ------------------------------------------------------------------ reading
    def documents(self) -> list[Document]:
        return sorted(self.retriever.documents.values(), key=lambda d: d.doc)

    def document(self, doc: str) -> Document | None:
        return self.retriever.documents.get(doc)

    def chunks(self) -> list[Chunk]:
        return list(self.retriever.ix.chunks)

    def chunk(self, chunk_id: str) -> Chunk | None:
        return self.retriever.ix.chunk_by_id(chunk_id)

    def targets(self) -> list[Target]:
        """The targets table of the current index version (every plan's quantitative targets)."""
        return list(self.retriever.ix.targets)

    def assignments(self) -> list[Assignment]:
        """The responsibility matrix of the current index version, one record per agency part."""
        return list(self.retriever.ix.assignments)

    @property
    def index_version(self) -> str:
        return self.retriever.ix.version

    # ------------------------------------------------------------------ asking
    def _retrieve(self, question: str, history: list[Turn], plans: Sequence[str] | None):  # noqa: ANN202
        retriever = self.retriever  # a concurrent reload swaps the attribute, not this object
        t0 = time.perf_counter()
        query, hits = retriever.search(question, [(t.role, t.content) for t in history], plans)
        return retriever, query, hits, (time.perf_counter() - t0) * 1000

    def ask(self, question: str, history: Sequence[Turn] | None = None,
            plans: Sequence[str] | None = None, split: bool = True) -> Answer:
        final = None
        for ev in self.ask_stream(question, history, plans, stream_llm=False, split=split):
            if ev.kind == "final":
                final = ev.answer
        assert final is not None
        return final

    def ask_stream(self, question: str, history: Sequence[Turn] | None = None,
                   plans: Sequence[str] | None = None, stream_llm: bool = True,
                   split: bool = True) -> Iterator[StreamEvent]:
        """Yield answer text as it is produced (LLM tokens, or the extractive answer in parts), then the Answer.
        ``split``: a question with two asks is answered ask by ask (``chat/compound.py``)."""
        turns = _turns(history)
        question = plain_question(question)  # "Dạ em chào ad, cho em hỏi …? Em cảm ơn": the ask
        question = self._without_claims(question)  # a pasted message's claims, an own figure compared: not constraints
        quiz = read_quiz(question)  # "Trắc nghiệm: … là bao nhiêu? A. 50% B. 60%": the ask, and the options offered
        question = quiz.question
        question = vietnamese_words(question)  # "budget cho plan Huế …": the English words in the plans' Vietnamese
        question, turns = refocused(question, turns)  # "quay lại câu đầu, …": the conversation as it stood then
        listed = listed_asks(question) if split else None
        if listed is not None:  # "Trong các cơ quan sau đây: A, B, C — cơ quan nào …?": each body on its own
            answer = self._listed_asks(*listed, turns, plans)
            yield StreamEvent("delta", text=answer.answer)
            yield StreamEvent("final", answer=answer)
            return
        asks = split_asks(question) if split else None
        if asks is not None:
            answer = self._two_asks(asks, turns, plans)
            yield StreamEvent("delta", text=answer.answer)
            yield StreamEvent("final", answer=answer)
            return
        retriever, query, hits, t_retrieve = self._retrieve(question, turns, plans)
        t1 = time.perf_counter()
        passages = to_citations(hits)
        docs = retriever.documents
        lang = query.language
        query, year_lead = checked_year(query, docs)  # "… là cho năm 2030 à?" of a plan for 2026: the claim's error
        if query.plans and any(n.startswith("year-from-history:") for n in query.notes) \
                and all(unset_years(query, docs.get(d)) for d in query.plans):
            # "còn Hà Nội?" after "Cần Thơ năm 2024 …": the year was the earlier plan's; these set none for it
            query = replace(query, years=[], notes=[*query.notes, "inherited-year-dropped"])

        def targets_of(plans: Iterable[str]) -> list[Target]:  # only the plans at hand, never all plans'
            return [t for d in dict.fromkeys(plans) for t in retriever.ix.targets_of(d)]

        def extractive() -> Answer:
            if query.plans and all(unchanged_years(query, docs.get(d)) for d in query.plans):
                return Answer(answer=refusal(docs, query.plans, lang, query), refused=True, citations=[],
                              passages=passages, language=lang)
            text, used = compose(query, hits, passages, docs, lang, targets_of(h.chunk.doc for h in hits)) \
                if hits else ("", [])
            if not text and hits and not figure_places(query):
                # the lines chosen do not state the figure asked: the plan's targets table may, else its value lines
                table = plan_target_answer(query, docs, targets_of(query.plans or []), retriever.ix.chunks_of, lang)
                if table is not None:
                    text, used = table.answer, table.citations
                else:
                    text, used = compose(query, hits, passages, docs, lang, targets_of(h.chunk.doc for h in hits),
                                         rescue=True)
                table = None if text else year_figure_answer(query, docs, retriever.ix.chunks_of, lang)
                if table is not None:
                    text, used = table.answer, table.citations
            if not text:
                return Answer(answer=refusal(docs, query.plans, lang, query), refused=True, citations=[],
                              passages=passages, language=lang)
            cited_targets = targets_of(c.doc for c in used)
            if gap := empty_level_refusal(query, used, cited_targets, docs, lang):
                return Answer(answer=gap, refused=True, citations=[], passages=passages, language=lang)
            quoted = {c.n: " ".join(ln for ln in text.split("\n") if ln.rstrip().endswith(f"[{c.n}]")) for c in used}
            # lines that answer nothing of who or why: a task given to nobody, a reason the plan does not give
            if gap := unassigned_task_refusal(query, [(c.locality, quoted[c.n], section_body(docs.get(c.doc), c.start))
                                                      for c in used], lang) \
                    or unstated_reason_refusal(query, [(quoted[c.n], c.section) for c in used], docs, lang):
                return Answer(answer=f"{gap} {plans_searched(docs, query.plans, lang)}", refused=True, citations=[],
                              passages=passages, language=lang)
            if unstated := unstated_amount_refusal(query, " ".join(quoted.values()), docs):
                unstated.passages = passages  # an amount checked that the quoted lines and the plans never state
                return unstated
            # a quoted table row holds every indicator's figure: say which one was asked
            lead = change_lead(query, used, cited_targets, docs, lang) \
                or target_lead(query, used, cited_targets, docs, lang, " ".join(text.split())) \
                or share_lead(query, used, lang) \
                or points_lead(query, text, lang)
            # "… là 55,55% phải không?": whether the plan states the figure checked, before the lines that say
            if check := year_lead or checked_figure_lead(query, text, lang):
                lead = f"{check}\n\n{lead}" if lead else check
            return Answer(answer=f"{lead}\n\n{text}" if lead else text, refused=False, citations=used,
                          passages=passages, language=lang)

        # who signed / number / date of issue; then a target compared across plans, from the targets table
        # (a numbered document the plans only cite, asked what it sets, is refused first)
        answer = undescribed_plan_refusal(query, docs) or address_refusal(query, docs) or annex_refusal(query, docs) \
            or opinion_refusal(query, docs) or ranking_refusal(query, docs) or reason_refusal(query, docs) or contact_refusal(query, docs) or matter_refusal(query, docs) \
            or officeholder_refusal(query, docs) \
            or unnamed_year_refusal(query, docs) or earlier_baseline_refusal(query, docs) \
            or result_year_refusal(query, docs, targets_of(query.plans) if query.plans else retriever.ix.targets) \
            or lead_role_refusal(query, retriever.ix.assignments, docs) or status_refusal(query, docs) \
            or replaces_refusal(query, docs) or either_refusal(query, docs) or premise_refusal(query, docs) \
            or role_claim_answer(query, docs, retriever.ix.chunks_of, lang) \
            or provenance_answer(query, docs, retriever.ix.chunks_of, lang) \
            or unquoted_name_refusal(query, docs) or unpasted_refusal(query, docs) \
            or unmentioned_subject_refusal(query, docs) \
            or unnamed_document_refusal(query, docs) \
            or other_document_refusal(query, docs) or other_numbered_plan_refusal(query, docs) \
            or other_year_plan_refusal(query, docs) or other_subject_plan_refusal(query, docs) \
            or metadata_answer(query, docs, retriever.ix.chunks) \
            or bodies_of_kind_answer(query, docs, retriever.ix.chunks_of, lang) \
            or count_answer(query, docs, retriever.ix.chunks_of, lang) \
            or superlative_answer(query, docs, targets_of(query.plans or []), retriever.ix.chunks_of, lang) \
            or targets_overview_answer(query, docs, targets_of(query.plans) if query.plans else retriever.ix.targets,
                                       retriever.ix.chunks_of, lang) \
            or value_lookup_answer(query, docs, targets_of(query.plans or []), retriever.ix.chunks_of, lang) \
            or date_lookup_answer(query, docs, retriever.ix.chunks_of, lang) \
            or period_answer(query, docs, retriever.ix.chunks_of, lang) \
            or target_comparison(query, docs, targets_of(query.plans) if query.plans else retriever.ix.targets,
                                 retriever.ix.chunks_of, lang) \
            or joint_work_answer(query, docs, retriever.ix.chunks_of, lang) \
            or dash_answer(query, docs, retriever.ix.chunks_of, lang, lambda: self._body_sections(query)) \
            or item_answer(query, docs, retriever.ix.chunks_of, lang, lambda: self._body_sections(query)) \
            or structure_answer(query, docs, retriever.ix.chunks_of, lang) \
            or outline_answer(query, docs, retriever.ix.chunks_of, lang)
        extracted = answer is None and (self.llm is None or not hits)
        if extracted:
            answer = extractive()
        if answer is not None:
            # "… 40% hay 50%?": which value the plan gives, and where the other one stands (else unchanged)
            answer = with_options(query, answer, docs, retriever.ix.chunks_of)
        if answer is not None:
            if answer.refused and plans is None \
                    and (elsewhere := self._elsewhere(question, turns, query, docs)) is not None:
                answer = elsewhere  # "… nằm ở kế hoạch Hà Nội hả?" of a line another loaded plan has: that plan's
            answer.passages = answer.passages or passages
            for part in answer.answer.split("\n\n") if extracted else [answer.answer]:
                yield StreamEvent("delta", text=part + "\n\n" if extracted else part)
        else:
            from chat.generate import stream_answer

            answer = None
            if stream_llm:
                for kind, payload in stream_answer(question, passages, turns, self.llm, self.settings, lang, extractive):
                    if kind == "delta":
                        yield StreamEvent("delta", text=str(payload))
                    else:
                        answer = payload
            else:
                from chat.generate import generate_answer

                answer = generate_answer(question, passages, turns, self.llm, self.settings, lang, extractive)
        assert isinstance(answer, Answer)
        answer.id = uuid.uuid4().hex[:12]
        answer.timings_ms = {**answer.timings_ms, "retrieve": round(t_retrieve, 1),
                             "answer": round((time.perf_counter() - t1) * 1000, 1)}
        answer.query = {"text": query.text, "plans": query.plans, "intent": query.intent, "notes": query.notes}
        if not answer.refused and (merged := predecessor_lead(query.notes, lang)):
            answer.answer = f"{merged}\n\n{answer.answer}"
            yield StreamEvent("delta", text=f"\n\n{merged}")
        if not answer.refused and (pick := option_lead(quiz.options, answer.answer, lang)):
            answer.answer = f"{pick}\n\n{answer.answer}"
            yield StreamEvent("delta", text=f"\n\n{pick}")
        yield StreamEvent("final", answer=answer)

    def _elsewhere(self, question: str, turns: list[Turn], query: Query, docs: dict[str, Document]) -> Answer | None:
        """The answer from the plan that has a claim the asked plan does not (``chat/mixups.py``)."""
        return elsewhere_answer(question, query, docs, self.retriever.ix.chunks_of,
                                lambda others: self.ask(question, turns, others, split=False))

    def _without_claims(self, question: str) -> str:
        """The question with what the asker brings to be checked set apart (``index/reported.py``)."""
        analyzer = self.retriever.analyzer
        reported = set_apart(question, analyzer.bodies_named, lambda text: bool(analyzer.analyse(text)[0].plans))
        return compared_ask(reported.ask, reported.compared) if reported.compared else reported.ask

    def _body_sections(self, query: Query) -> list[int]:
        """The sections of the body a question names, best matched first (only when an answer needs them)."""
        if not query.agency or not query.plans:
            return []
        matches = self.retriever.analyzer.match_agency(query.agency, list(query.plans))
        return [m.section_id for m in sorted(matches, key=lambda m: -m.strength) if m.strength >= STRONG_BODY]

    def _listed_asks(self, bodies: list[str], asks: list[str], turns: list[Turn],
                     plans: Sequence[str] | None) -> Answer:
        """Each listed body's ask answered on its own, then joined (``compound.merge_listed``)."""
        t0 = time.perf_counter()
        answers = [self.ask(a, turns, plans, split=False) for a in asks]
        answer = merge_listed(bodies, answers)
        answer.query = {**answers[0].query, "notes": [*answers[0].query.get("notes", []), *(f"listed-ask:{a}" for a in asks)]}
        answer.timings_ms = {"answer": round((time.perf_counter() - t0) * 1000, 1)}
        return answer

    def _two_asks(self, asks: tuple[str, str], turns: list[Turn], plans: Sequence[str] | None) -> Answer:
        """Each ask answered on its own, the second with the first one's body and places, then joined."""
        t0 = time.perf_counter()
        first = self.ask(asks[0], turns, plans, split=False)
        retriever = self.retriever
        query, _ = retriever.analyzer.analyse(asks[0], [(t.role, t.content) for t in turns],
                                              list(plans) if plans else None)
        places = list(dict.fromkeys(retriever.documents[d].locality for d in query.plans or ()
                                    if d in retriever.documents))
        second_ask = in_context(asks[1], query.agency, places if len(places) <= MAX_CARRIED_PLACES else [])
        second = self.ask(second_ask, turns, plans, split=False)
        answer = merge(first, second, asks)
        answer.query = {**first.query, "notes": [*first.query.get("notes", []), f"second-ask:{second_ask}"]}
        answer.timings_ms = {"answer": round((time.perf_counter() - t0) * 1000, 1)}
        return answer

    # ------------------------------------------------------------------ maintenance
    def reload(self) -> None:
        """Load the current index version and swap it in; queries in flight finish on the old one."""
        retriever = Retriever(load_index(self.settings), self.embedder, self.settings)
        warm(retriever.documents)  # before the swap: the first question on the new version pays nothing
        self.retriever = retriever

    def reindex(self, extra_file: Path | None = None, remove_doc: str | None = None,
                progress: Callable[[float, str], None] | None = None) -> None:
        """Rebuild from the plans folder (+ an upload, − a removal); the served index changes only on success."""
        report = progress or (lambda f, m: None)
        plans_dir = self.settings.plans_path
        with self._lock:
            report(0.02, "reading plans")
            files = [p for p in plan_files(plans_dir) if p.name != remove_doc]
            if remove_doc and not (plans_dir / remove_doc).exists():
                raise IngestError(f"Không có kế hoạch {remove_doc}", f"No plan named {remove_doc}")
            if extra_file is not None and extra_file.suffix.lower() not in SUPPORTED:
                raise IngestError(f"Định dạng không hỗ trợ: {extra_file.name}", f"Unsupported type: {extra_file.name}")
            docs = [load_plan(p) for p in files if extra_file is None or p.name != extra_file.name]
            if extra_file is not None:
                docs.append(load_plan(extra_file))  # raises IngestError before anything changes
            if not docs:
                raise IngestError("Không thể xóa kế hoạch cuối cùng", "Cannot remove the last plan")
            build_index(docs, self.settings, self.embedder, progress=lambda f, m: report(0.05 + 0.85 * f, m))
            # the new version is current: only now touch the plans folder
            if extra_file is not None and extra_file.parent.resolve() != plans_dir.resolve():
                shutil.copy2(extra_file, plans_dir / extra_file.name)
            if remove_doc:
                trash = Path(tempfile.mkdtemp(prefix="planqa-removed-"))
                shutil.move(str(plans_dir / remove_doc), trash / remove_doc)
            report(0.95, "loading")
            self.reload()
            report(1.0, "done")


def ingest_folder(settings: Settings, embedder: Embedder | None = None, show_progress: bool = False) -> Path:
    """Build a fresh index over the plans folder (the CLI's ``ingest``; ``show_progress``: tqdm bars)."""
    docs = load_plans(settings.plans_path)
    return build_index(docs, settings, embedder or Embedder.from_settings(settings), show_progress=show_progress)
