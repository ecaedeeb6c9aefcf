"""Gradio chat for officials: streamed answers with expandable citations, a plan filter, 👍/👎 and a plan browser.

Everything taken from the plans or the model is HTML-escaped before it reaches the page: the chatbot
renders Markdown + HTML, and a plan's text must never be able to inject markup.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import gradio as gr

from chat.types import Answer, Citation, Turn
from ingest.types import PATH_SEP, Document
from planqa.config import Settings
from web.feedback import save_feedback
from web.ui_tables import add_table_tabs

if TYPE_CHECKING:
    from chat.pipeline import Assistant

log = logging.getLogger(__name__)

TITLE = "Hỏi đáp Kế hoạch xây dựng xã hội học tập"
EXAMPLES = [
    "Sở Nội vụ phải làm gì?",
    "Chỉ tiêu công dân học tập năm 2025 ở Hà Nội?",
    "Những kế hoạch nào giao nhiệm vụ cho Công an?",
    "so tai chinh hue phai lam gi",
]
HISTORY_TURNS = 6
THINKING = "⏳ Đang tra cứu các kế hoạch…"
ERROR_TEXT = "Xin lỗi, đã có lỗi khi tạo câu trả lời. Vui lòng thử lại sau ít phút."
FONTS = ("Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif")

CSS = """
.gradio-container { max-width: 1200px !important; margin: 0 auto !important; }
#pq-header { padding: 18px 22px; border-radius: 14px; color: #fff;
  background: linear-gradient(120deg, #0b3d91 0%, #1565c0 60%, #1e88e5 100%); }
#pq-header h1 { margin: 0 0 4px; font-size: 1.55rem; font-weight: 700; color: #fff; }
#pq-header p { margin: 0; opacity: .92; font-size: .95rem; color: #fff; }
#pq-chat .pq-sources { margin-top: 12px; padding-top: 8px; border-top: 1px solid var(--border-color-primary); }
#pq-chat .pq-sources-title { font-weight: 600; font-size: .9em; margin-bottom: 4px; opacity: .85; }
#pq-chat details { border: 1px solid var(--border-color-primary); border-radius: 8px; margin: 6px 0;
  padding: 6px 10px; background: var(--background-fill-secondary); }
#pq-chat summary { cursor: pointer; font-weight: 600; font-size: .92em; }
#pq-chat .pq-passage { margin-top: 6px; font-size: .9em; line-height: 1.5; max-height: 320px; overflow: auto; }
#pq-chat .pq-meta, .pq-muted { font-size: .82em; opacity: .75; }
#pq-outline label { width: 100%; }
#pq-outline .wrap { flex-direction: column; gap: 2px; }
#pq-section-text .pq-text { white-space: pre-wrap; line-height: 1.55; max-height: 560px; overflow: auto;
  padding: 12px 14px; border: 1px solid var(--border-color-primary); border-radius: 10px;
  background: var(--background-fill-secondary); }
.pq-card { padding: 10px 14px; border: 1px solid var(--border-color-primary); border-radius: 10px; }
.pq-card dt { font-weight: 600; float: left; clear: left; width: 110px; }
.pq-card dd { margin: 0 0 4px 120px; }
#pq-t-passage .pq-text, #pq-m-cell .pq-text { white-space: pre-wrap; line-height: 1.5; padding: 10px 14px;
  border: 1px solid var(--border-color-primary); border-radius: 10px; background: var(--background-fill-secondary); }
.pq-downloads { font-size: .9em; }
footer { display: none !important; }
"""


def theme() -> gr.themes.Base:
    """A calm blue theme with system fonts that cover Vietnamese diacritics (no web-font downloads)."""
    return gr.themes.Soft(primary_hue="blue", secondary_hue="sky", neutral_hue="slate", font=FONTS)


# ---------------------------------------------------------------- rendering (plain functions)


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def _multiline(text: str) -> str:
    """Escaped text on one physical line (``<br>`` for breaks) so Markdown never re-parses a passage."""
    lines = [esc(line.strip()) for line in (text or "").strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "<br>".join(out)


def citation_label(c: Citation) -> str:
    return f"[{c.n}] {c.locality} — {c.section}" if c.section else f"[{c.n}] {c.locality}"


def render_citation(c: Citation) -> str:
    return (
        f"<details><summary>{esc(citation_label(c))}</summary>"
        f'<div class="pq-passage"><div class="pq-meta">{esc(c.title)} · {esc(c.locality)}</div>'
        f"{_multiline(c.text)}</div></details>"
    )


def render_answer(answer: Answer) -> str:
    """The answer text (Markdown, escaped), then its citations as one raw-HTML block of ``<details>``."""
    body = esc(answer.answer.strip()) or "—"
    sources, heading = answer.citations, "Nguồn trích dẫn"
    if not sources and answer.refused and answer.passages:
        sources, heading = answer.passages[:3], "Các đoạn gần nhất (chưa đủ để trả lời chắc chắn)"
    if not sources:
        return body
    total = answer.timings_ms.get("total") or sum(answer.timings_ms.values())
    meta = f"{len(sources)} đoạn trích" + (f" · {total / 1000:.1f} giây".replace(".", ",") if total else "")
    block = (
        f'<div class="pq-sources"><div class="pq-sources-title">{heading}</div>'
        + "".join(render_citation(c) for c in sources)
        + f'<div class="pq-meta">{esc(meta)}</div></div>'
    )
    return f"{body}\n\n{block}"


def plan_label(doc: Document) -> str:
    year = f" ({doc.year})" if doc.year else ""
    title = doc.title if len(doc.title) <= 70 else doc.title[:69].rstrip() + "…"
    return f"{doc.locality} — {title}{year}"


def outline_choices(doc: Document) -> list[tuple[str, str]]:
    """Sections as an indented list (em spaces survive HTML whitespace collapsing)."""
    return [("\u2003" * 2 * (s.level - 1) + (s.heading or "(Phần mở đầu)"), str(s.id)) for s in doc.sections]


def plan_card(doc: Document) -> str:
    rows = [("Địa phương", doc.locality + (f" ({doc.province})" if doc.province else "")), ("Cấp", doc.level),
            ("Số hiệu", doc.number or "—"), ("Năm", str(doc.year or "—")), ("Giai đoạn", doc.period or "—"),
            ("Số mục", str(len(doc.sections))), ("Mã tệp", doc.doc)]
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
    return f'<div class="pq-card"><h3>{esc(doc.title)}</h3><dl>{items}</dl></div>'


def section_html(doc: Document, sid: int) -> str:
    s = doc.section(sid)
    path = esc(PATH_SEP.join(s.path)) or esc(s.heading)
    return f'<div class="pq-muted">{esc(doc.locality)} › {path}</div><div class="pq-text">{esc(doc.text[s.start:s.end].strip())}</div>'


# ---------------------------------------------------------------- the app


def new_conversation() -> dict:
    return {"turns": [], "display": [], "answers": {}}


def build_ui(get_assistant: Callable[[], Assistant], settings: Settings) -> gr.Blocks:
    """The Blocks mounted at ``/``; plan lists are filled on page load so uploads show up without a restart."""

    def load_plans() -> tuple[Any, Any]:
        docs = get_assistant().documents()
        choices = [(plan_label(d), d.doc) for d in docs]
        return gr.update(choices=choices), gr.update(choices=choices, value=docs[0].doc if docs else None)

    def respond(question: str, plans: list[str] | None, conv: dict) -> Iterator[tuple[Any, Any, dict]]:
        question = (question or "").strip()[: settings.max_question_chars]
        if not question:
            yield gr.update(), conv["display"], conv
            return
        history = [Turn(**t) for t in conv["turns"][-HISTORY_TURNS:]]
        display = conv["display"] + [{"role": "user", "content": esc(question)},
                                     {"role": "assistant", "content": THINKING}]
        yield "", display, conv
        text, answer = "", None
        try:
            for ev in get_assistant().ask_stream(question, history=history, plans=plans or None):
                if ev.kind == "delta" and ev.text:
                    text += ev.text
                    display[-1] = {"role": "assistant", "content": esc(text)}
                    yield "", display, conv
                elif ev.kind == "final":
                    answer = ev.answer
        except Exception:
            log.exception("UI answer failed")
        if answer is None:
            display[-1] = {"role": "assistant", "content": ERROR_TEXT}
            yield "", display, conv
            return
        display[-1] = {"role": "assistant", "content": render_answer(answer)}
        conv = {
            "turns": conv["turns"] + [{"role": "user", "content": question},
                                      {"role": "assistant", "content": answer.answer}],
            "display": display,
            "answers": {**conv["answers"], str(len(display) - 1): {"question": question, "answer_id": answer.id}},
        }
        yield "", display, conv

    def on_like(conv: dict, data: gr.LikeData) -> None:
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        meta = conv["answers"].get(str(idx))
        rating = {True: "up", "Like": "up", False: "down", "Dislike": "down"}.get(data.liked)
        if meta is None or rating is None:
            return
        save_feedback(settings.feedback_path, meta["question"], meta["answer_id"] or f"ui-{idx}", rating, source="ui")
        gr.Info("Cảm ơn anh/chị đã góp ý!" if rating == "up" else "Cảm ơn anh/chị, chúng tôi sẽ cải thiện câu trả lời.")

    def show_outline(doc_id: str | None) -> tuple[Any, Any, Any]:
        doc = get_assistant().document(doc_id) if doc_id else None
        if doc is None:
            return "", gr.update(choices=[], value=None), ""
        return plan_card(doc), gr.update(choices=outline_choices(doc), value=None), \
            '<div class="pq-muted">Chọn một mục ở danh sách bên trái để xem nội dung.</div>'

    def show_section(doc_id: str | None, sid: str | None) -> str:
        doc = get_assistant().document(doc_id) if doc_id else None
        if doc is None or sid is None or not str(sid).isdigit() or int(sid) >= len(doc.sections):
            return ""
        return section_html(doc, int(sid))

    with gr.Blocks(title=TITLE, analytics_enabled=False) as blocks:
        conv = gr.State(new_conversation())
        gr.HTML(f'<div id="pq-header"><h1>{TITLE}</h1><p>Tra cứu nhiệm vụ, chỉ tiêu và thời hạn trong các kế hoạch '
                "của địa phương — mọi câu trả lời đều kèm đoạn trích nguồn để đối chiếu.</p></div>")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            elem_id="pq-chat", label="Hội thoại", show_label=False, height=560,
                            latex_delimiters=[], buttons=["copy"], feedback_options=("Like", "Dislike"),
                            placeholder="**Xin chào!** Hãy đặt câu hỏi về các kế hoạch xây dựng xã hội học tập. "
                                        "Câu trả lời sẽ kèm trích dẫn [1], [2]… bấm vào để xem nguyên văn.",
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                elem_id="pq-question", show_label=False, scale=6, lines=1, max_lines=5,
                                max_length=settings.max_question_chars, autofocus=True,
                                placeholder="Nhập câu hỏi, ví dụ: Sở Nội vụ phải làm gì?",
                            )
                            send = gr.Button("Gửi", variant="primary", scale=1, min_width=90, elem_id="pq-send")
                        gr.Examples(EXAMPLES, inputs=question, label="Câu hỏi gợi ý")
                    with gr.Column(scale=1, min_width=260):
                        plan_filter = gr.Dropdown(
                            label="Lọc theo kế hoạch", info="Để trống = tìm trong tất cả kế hoạch",
                            multiselect=True, choices=[], value=[], elem_id="pq-plan-filter",
                        )
                        clear = gr.Button("🗒️ Cuộc hỏi đáp mới", variant="secondary")
                        gr.Markdown(
                            "**Hướng dẫn**\n\n"
                            "- Hỏi bằng tiếng Việt, có dấu hoặc không dấu.\n"
                            "- Bấm vào trích dẫn để xem nguyên văn đoạn kế hoạch.\n"
                            "- Dùng 👍 / 👎 dưới câu trả lời để góp ý.\n"
                            "- Trợ lý chỉ trả lời dựa trên các kế hoạch đã nạp; khi không đủ căn cứ sẽ nói rõ.",
                            elem_classes=["pq-muted"],
                        )
            with gr.Tab("Kế hoạch", id="plans"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=300):
                        plan_pick = gr.Dropdown(label="Chọn kế hoạch", choices=[], elem_id="pq-plan-pick")
                        card = gr.HTML()
                        outline = gr.Radio(label="Mục lục", choices=[], elem_id="pq-outline")
                    with gr.Column(scale=3):
                        section_text = gr.HTML(elem_id="pq-section-text")
            refresh_tables, table_outputs = add_table_tabs(get_assistant)

        ask_events = {"fn": respond, "inputs": [question, plan_filter, conv], "outputs": [question, chatbot, conv],
                      "concurrency_limit": 8, "show_progress": "hidden"}
        question.submit(**ask_events)
        send.click(**ask_events)
        clear.click(lambda: (new_conversation(), []), outputs=[conv, chatbot], queue=False)
        chatbot.clear(new_conversation, outputs=conv, queue=False)
        chatbot.like(on_like, inputs=[conv], outputs=None)
        plan_pick.change(show_outline, inputs=plan_pick, outputs=[card, outline, section_text])
        outline.change(show_section, inputs=[plan_pick, outline], outputs=section_text)
        blocks.load(load_plans, outputs=[plan_filter, plan_pick])
        blocks.load(refresh_tables, outputs=table_outputs)
    return blocks
