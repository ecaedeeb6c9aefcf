/*
 * planqa widget: one <script> tag adds a "Hỏi đáp kế hoạch" chat to any portal page.
 *
 *   <script src="https://HOST/widget.js" data-title="Hỏi đáp kế hoạch" async></script>
 *
 * Optional attributes: data-api (API origin, default: where this script came from),
 * data-plans (comma-separated plan ids to restrict answers to, e.g. a province's own plan).
 *
 * Why it is built this way:
 * - Everything lives in a Shadow DOM with its own styles, so the portal's CSS cannot break the widget
 *   and the widget cannot restyle the portal.
 * - Answers and plan passages are untrusted text: they are only ever inserted with textContent /
 *   createTextNode, never as HTML.
 * - The conversation is kept in sessionStorage so a page reload in the same tab keeps it.
 */
(function () {
  "use strict";
  if (window.__planqaWidget) return;
  window.__planqaWidget = true;

  var script =
    document.currentScript ||
    document.querySelector('script[src*="widget.js"][data-title]') ||
    document.querySelector('script[src*="widget.js"]');
  var scriptUrl = new URL((script && script.src) || "/widget.js", location.href);
  var cfg = (script && script.dataset) || {};
  var API = (cfg.api || scriptUrl.origin).replace(/\/+$/, "");
  var TITLE = cfg.title || "Hỏi đáp kế hoạch";
  var PLANS = (cfg.plans || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  var STORE_KEY = "planqa-widget:" + API + ":" + PLANS.join(",");
  var HISTORY_TURNS = 6;
  var MAX_STORED = 40;
  var EXAMPLES = ["Sở Nội vụ phải làm gì?", "Những kế hoạch nào giao nhiệm vụ cho Công an?", "Chỉ tiêu công dân học tập năm 2025 ở Hà Nội?"];
  var MARKER = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;

  var CSS = [
    ":host{all:initial !important;}",
    ".root{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,'Liberation Sans',sans-serif;",
    "font-size:15px;line-height:1.5;color:#1f2937;font-weight:400;font-style:normal;letter-spacing:normal;text-align:left;text-transform:none;}",
    ".root *,.root *::before,.root *::after{box-sizing:border-box;font-family:inherit;}",
    "button,textarea{font:inherit;color:inherit;margin:0;}",
    ".launcher{position:fixed;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;border:0;padding:0;cursor:pointer;",
    "background:#0b57d0;color:#fff;box-shadow:0 6px 20px rgba(11,87,208,.45);display:flex;align-items:center;justify-content:center;z-index:2147483000;",
    "transition:transform .15s ease;}",
    ".launcher:hover{transform:scale(1.06);background:#0a4bb5;}",
    ".launcher svg{width:28px;height:28px;fill:currentColor;}",
    ":focus-visible{outline:3px solid #f9ab00;outline-offset:2px;}",
    ".panel{position:fixed;right:20px;bottom:92px;width:400px;max-width:calc(100vw - 40px);height:620px;max-height:calc(100vh - 112px);",
    "display:flex;flex-direction:column;background:#fff;border-radius:16px;overflow:hidden;z-index:2147483001;",
    "box-shadow:0 16px 48px rgba(15,23,42,.28);border:1px solid #dbe3ef;}",
    ".panel[hidden]{display:none;}",
    ".head{display:flex;align-items:center;gap:8px;padding:12px 12px 12px 16px;background:#0b57d0;color:#fff;}",
    ".head h2{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.3;color:#fff;}",
    ".head .sub{display:block;font-size:12px;font-weight:400;opacity:.85;}",
    ".icon-btn{background:transparent;border:0;color:#fff;width:36px;height:36px;border-radius:8px;cursor:pointer;font-size:18px;line-height:1;",
    "display:flex;align-items:center;justify-content:center;padding:0;}",
    ".icon-btn:hover{background:rgba(255,255,255,.16);}",
    ".messages{flex:1;overflow-y:auto;padding:14px;background:#f5f7fb;display:flex;flex-direction:column;gap:10px;}",
    ".msg{max-width:92%;padding:10px 12px;border-radius:14px;word-wrap:break-word;overflow-wrap:anywhere;}",
    ".msg.user{align-self:flex-end;background:#0b57d0;color:#fff;border-bottom-right-radius:4px;white-space:pre-wrap;}",
    ".msg.bot{align-self:flex-start;background:#fff;border:1px solid #e2e8f0;border-bottom-left-radius:4px;}",
    ".msg.bot.error{border-color:#f5c2c0;background:#fdf3f2;color:#8a1c14;}",
    ".answer{white-space:pre-wrap;}",
    ".answer.refused{color:#374151;font-style:italic;}",
    ".typing{color:#6b7280;font-style:italic;}",
    ".fn{display:inline-block;border:0;background:#e8f0fe;color:#0b57d0;border-radius:4px;padding:0 4px;margin:0 1px;",
    "font-size:12px;font-weight:600;line-height:18px;vertical-align:super;cursor:pointer;}",
    ".fn:hover{background:#d2e3fc;}",
    ".sources{margin-top:10px;padding-top:8px;border-top:1px solid #e5e7eb;}",
    ".sources-title{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;color:#6b7280;margin-bottom:4px;}",
    ".src{border:1px solid #dbe3ef;border-radius:8px;margin:6px 0;background:#f8fafc;}",
    ".src summary{cursor:pointer;padding:6px 10px;font-size:13px;font-weight:600;color:#1e3a8a;list-style-position:inside;}",
    ".src[open] summary{border-bottom:1px solid #e5e7eb;}",
    ".src .body{padding:8px 10px;}",
    ".src .meta{font-size:12px;color:#4b5563;margin:0 0 6px;}",
    ".src .meta b{font-weight:600;color:#374151;}",
    ".src .passage{white-space:pre-wrap;font-size:13px;line-height:1.55;max-height:260px;overflow:auto;margin:0;",
    "padding:8px;background:#fff;border-left:3px solid #0b57d0;border-radius:4px;}",
    ".rate{display:flex;align-items:center;gap:6px;margin-top:8px;font-size:12px;color:#6b7280;}",
    ".rate button{border:1px solid #d1d5db;background:#fff;border-radius:6px;padding:2px 8px;cursor:pointer;font-size:14px;}",
    ".rate button:hover{background:#f3f4f6;}",
    ".welcome{color:#374151;font-size:14px;}",
    ".welcome p{margin:0 0 8px;}",
    ".chips{display:flex;flex-wrap:wrap;gap:6px;}",
    ".chip{border:1px solid #c7d7f5;background:#fff;color:#0b57d0;border-radius:999px;padding:5px 11px;font-size:13px;cursor:pointer;text-align:left;}",
    ".chip:hover{background:#e8f0fe;}",
    ".form{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb;background:#fff;align-items:flex-end;}",
    ".form textarea{flex:1;resize:none;border:1px solid #cbd5e1;border-radius:10px;padding:9px 11px;font-size:15px;line-height:1.4;",
    "max-height:120px;min-height:42px;background:#fff;color:#111827;}",
    ".form textarea:focus{border-color:#0b57d0;outline:2px solid rgba(11,87,208,.25);outline-offset:0;}",
    ".send{border:0;background:#0b57d0;color:#fff;border-radius:10px;height:42px;padding:0 16px;font-weight:600;cursor:pointer;}",
    ".send:disabled{background:#9bb5e6;cursor:not-allowed;}",
    ".foot{font-size:11px;color:#6b7280;padding:0 12px 8px;background:#fff;}",
    ".sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0;}",
    "@media (max-width:480px){.panel{inset:0;right:0;bottom:0;width:100%;height:100%;max-width:none;max-height:none;border-radius:0;border:0;}",
    ".root.open .launcher{display:none;}}",
    "@media (prefers-reduced-motion:reduce){.launcher{transition:none;}}"
  ].join("\n");

  // ------------------------------------------------------------ tiny DOM helpers (text only)

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "class") el.className = attrs[k];
      else if (k === "text") el.textContent = attrs[k];
      else el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return el;
  }

  function svgIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var p = document.createElementNS(ns, "path");
    p.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4.5 3.6A.9.9 0 0 1 2 20.9V5a2 2 0 0 1 2-2zm3 6.2a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm5 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm5 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6z");
    svg.appendChild(p);
    return svg;
  }

  function userError(message) {
    var e = new Error(message);
    e.user = true;
    return e;
  }

  function clean(text) {
    return String(text || "").replace(/\*\*/g, "").replace(/\n{3,}/g, "\n\n").trim();
  }

  // ------------------------------------------------------------ conversation state (sessionStorage)

  function load() {
    try {
      var s = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      return s && Array.isArray(s.messages) ? s : { messages: [] };
    } catch (e) {
      return { messages: [] };
    }
  }

  var state = load();

  function save() {
    try {
      state.messages = state.messages.slice(-MAX_STORED);
      sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) { /* storage full or disabled: the conversation simply is not kept */ }
  }

  function slimCitation(c) {
    return { n: c.n, doc: c.doc, title: c.title, locality: c.locality, section: c.section, id: c.id,
             text: String(c.text || "").slice(0, 6000) };
  }

  function slimAnswer(a) {
    return { id: a.id, answer: a.answer, refused: !!a.refused,
             citations: (a.citations || []).map(slimCitation),
             passages: a.refused ? (a.passages || []).slice(0, 3).map(slimCitation) : [] };
  }

  function historyForApi() {
    var turns = [];
    state.messages.forEach(function (m) {
      if (m.role === "user") turns.push({ role: "user", content: m.text });
      else if (m.answer) turns.push({ role: "assistant", content: m.answer.answer });
    });
    return turns.slice(-2 * HISTORY_TURNS);
  }

  // ------------------------------------------------------------ API (fetch + SSE over POST)

  function parseEvent(raw) {
    var ev = { event: "message", data: [] };
    raw.split("\n").forEach(function (line) {
      if (!line || line.charAt(0) === ":") return;
      var i = line.indexOf(":");
      var field = i < 0 ? line : line.slice(0, i);
      var value = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
      if (field === "event") ev.event = value;
      else if (field === "data") ev.data.push(value);
    });
    return { event: ev.event, data: ev.data.join("\n") };
  }

  async function errorMessage(res) {
    try {
      var body = await res.json();
      if (body && (body.message_vi || body.message)) return body.message_vi || body.message;
    } catch (e) { /* not JSON */ }
    return "Máy chủ đang bận hoặc gặp lỗi (mã " + res.status + "). Vui lòng thử lại.";
  }

  async function askStream(payload, on, signal) {
    var res = await fetch(API + "/api/ask/stream", {
      method: "POST", mode: "cors", credentials: "omit", signal: signal,
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify(payload)
    });
    if (!res.ok || !res.body) throw userError(await errorMessage(res));
    var reader = res.body.getReader();
    var decoder = new TextDecoder("utf-8");
    var buf = "";
    var finished = false;
    function dispatch(raw) {
      var ev = parseEvent(raw);
      if (!ev.data) return;
      var data = JSON.parse(ev.data);
      if (ev.event === "delta") on.delta(data.text || "");
      else if (ev.event === "final") { finished = true; on.final(data); }
      else if (ev.event === "error") { finished = true; on.error(data.message_vi || data.message || ""); }
    }
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) break;
      buf += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, "\n");
      var idx;
      while ((idx = buf.indexOf("\n\n")) >= 0) {
        dispatch(buf.slice(0, idx));
        buf = buf.slice(idx + 2);
      }
    }
    buf += decoder.decode();
    if (buf.trim()) dispatch(buf);
    if (!finished) throw userError("Kết nối bị ngắt trước khi có câu trả lời đầy đủ. Vui lòng thử lại.");
  }

  function sendFeedback(question, answerId, rating) {
    return fetch(API + "/api/feedback", {
      method: "POST", mode: "cors", credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question, answer_id: answerId, rating: rating })
    });
  }

  // ------------------------------------------------------------ the UI

  function mount() {
    var host = document.createElement("planqa-widget");
    host.setAttribute("data-planqa", "");
    var shadow = host.attachShadow({ mode: "open" });
    var style = document.createElement("style");
    style.textContent = CSS;
    shadow.appendChild(style);

    var uid = "pq" + Math.random().toString(36).slice(2, 8);
    var root = h("div", { class: "root" });
    var launcher = h("button", { class: "launcher", type: "button", "aria-label": "Mở " + TITLE,
                                 "aria-haspopup": "dialog", "aria-expanded": "false", "aria-controls": uid + "-panel",
                                 title: TITLE }, [svgIcon()]);
    var titleEl = h("h2", { id: uid + "-title" }, [TITLE, h("span", { class: "sub", text: "Trả lời kèm trích dẫn từ các kế hoạch" })]);
    var newBtn = h("button", { class: "icon-btn", type: "button", "aria-label": "Bắt đầu cuộc hỏi đáp mới", title: "Cuộc hỏi đáp mới", text: "↺" });
    var closeBtn = h("button", { class: "icon-btn", type: "button", "aria-label": "Đóng cửa sổ hỏi đáp", title: "Đóng (Esc)", text: "✕" });
    var messages = h("div", { class: "messages", role: "log", "aria-label": "Nội dung hỏi đáp", "aria-live": "off", tabindex: "0" });
    var live = h("div", { class: "sr", "aria-live": "polite", "aria-atomic": "true" });
    var input = h("textarea", { rows: "1", "aria-label": "Nhập câu hỏi", placeholder: "Nhập câu hỏi… (Enter để gửi)", maxlength: "1000" });
    var sendBtn = h("button", { class: "send", type: "submit", "aria-label": "Gửi câu hỏi", text: "Gửi" });
    var form = h("form", { class: "form" }, [input, sendBtn]);
    var panel = h("div", { class: "panel", id: uid + "-panel", role: "dialog", "aria-labelledby": uid + "-title", hidden: "" }, [
      h("div", { class: "head" }, [titleEl, newBtn, closeBtn]),
      messages, live, form,
      h("div", { class: "foot", text: "Thông tin chỉ mang tính tham khảo; bấm [số] để xem nguyên văn kế hoạch." })
    ]);
    root.appendChild(launcher);
    root.appendChild(panel);
    shadow.appendChild(root);
    document.body.appendChild(host);

    var busy = false;
    var controller = null;

    function isOpen() { return !panel.hasAttribute("hidden"); }

    function open() {
      panel.removeAttribute("hidden");
      root.classList.add("open");
      launcher.setAttribute("aria-expanded", "true");
      launcher.setAttribute("aria-label", "Đóng " + TITLE);
      messages.scrollTop = messages.scrollHeight;
      input.focus();
    }

    function close() {
      panel.setAttribute("hidden", "");
      root.classList.remove("open");
      launcher.setAttribute("aria-expanded", "false");
      launcher.setAttribute("aria-label", "Mở " + TITLE);
      launcher.focus();
    }

    function scrollDown() { messages.scrollTop = messages.scrollHeight; }

    // ---- rendering of one answer: text with footnote buttons, then expandable sources
    function renderCitation(c) {
      var label = "[" + c.n + "] " + (c.locality || "") + (c.section ? " — " + c.section : "");
      var meta = h("p", { class: "meta" }, [
        h("b", { text: "Kế hoạch: " }), c.title || "", h("br"),
        h("b", { text: "Địa phương: " }), c.locality || "", h("br"),
        h("b", { text: "Mục: " }), c.section || "—"
      ]);
      var details = h("details", { class: "src" }, [
        h("summary", { text: label }),
        h("div", { class: "body" }, [meta, h("blockquote", { class: "passage", text: clean(c.text) })])
      ]);
      details.dataset.n = String(c.n);
      return details;
    }

    function appendWithFootnotes(el, text, byN) {
      var last = 0;
      text.replace(MARKER, function (match, nums, offset) {
        el.appendChild(document.createTextNode(text.slice(last, offset)));
        nums.split(/\s*[,;]\s*/).forEach(function (n) {
          var target = byN[n];
          if (!target) { el.appendChild(document.createTextNode("[" + n + "]")); return; }
          var b = h("button", { class: "fn", type: "button", "aria-label": "Xem nguồn " + n, text: "[" + n + "]" });
          b.addEventListener("click", function () {
            target.open = true;
            target.scrollIntoView({ block: "nearest", behavior: "smooth" });
            target.querySelector("summary").focus();
          });
          el.appendChild(b);
        });
        last = offset + match.length;
        return match;
      });
      el.appendChild(document.createTextNode(text.slice(last)));
    }

    function renderAnswer(bubble, msg) {
      var a = msg.answer;
      bubble.textContent = "";
      bubble.classList.remove("error");
      var sources = (a.citations && a.citations.length) ? a.citations : (a.passages || []);
      var byN = {};
      var list = sources.map(function (c) { var d = renderCitation(c); byN[String(c.n)] = d; return d; });
      var text = h("div", { class: "answer" + (a.refused ? " refused" : "") });
      appendWithFootnotes(text, clean(a.answer) || "—", (a.citations && a.citations.length) ? byN : {});
      bubble.appendChild(text);
      if (list.length) {
        var title = (a.citations && a.citations.length) ? "Nguồn trích dẫn" : "Các đoạn gần nhất";
        bubble.appendChild(h("div", { class: "sources" }, [h("div", { class: "sources-title", text: title })].concat(list)));
      }
      if (a.id && !a.refused) bubble.appendChild(renderRating(msg));
    }

    function renderRating(msg) {
      var row = h("div", { class: "rate" });
      if (msg.rated) { row.textContent = "Cảm ơn anh/chị đã góp ý!"; return row; }
      var up = h("button", { type: "button", "aria-label": "Câu trả lời hữu ích", title: "Hữu ích", text: "👍" });
      var down = h("button", { type: "button", "aria-label": "Câu trả lời chưa đúng", title: "Chưa đúng", text: "👎" });
      function rate(r) {
        msg.rated = r;
        save();
        sendFeedback(msg.question || "", msg.answer.id, r).catch(function () {});
        row.textContent = "Cảm ơn anh/chị đã góp ý!";
        live.textContent = "Đã ghi nhận góp ý.";
      }
      up.addEventListener("click", function () { rate("up"); });
      down.addEventListener("click", function () { rate("down"); });
      row.appendChild(document.createTextNode("Câu trả lời có hữu ích?"));
      row.appendChild(up);
      row.appendChild(down);
      return row;
    }

    function renderMessage(msg) {
      var bubble = h("div", { class: "msg " + (msg.role === "user" ? "user" : "bot") });
      if (msg.role === "user") bubble.textContent = msg.text;
      else if (msg.answer) renderAnswer(bubble, msg);
      else { bubble.classList.add("error"); bubble.textContent = msg.error || ""; }
      messages.appendChild(bubble);
      return bubble;
    }

    function renderWelcome() {
      var chips = h("div", { class: "chips" });
      EXAMPLES.forEach(function (q) {
        var chip = h("button", { class: "chip", type: "button", text: q });
        chip.addEventListener("click", function () { ask(q); });
        chips.appendChild(chip);
      });
      messages.appendChild(h("div", { class: "welcome" }, [
        h("p", { text: "Xin chào! Anh/chị có thể hỏi về nhiệm vụ, chỉ tiêu, thời hạn trong các kế hoạch xây dựng xã hội học tập." }),
        h("p", { text: "Ví dụ:" }), chips
      ]));
    }

    function renderAll() {
      messages.textContent = "";
      if (!state.messages.length) renderWelcome();
      state.messages.forEach(renderMessage);
      scrollDown();
    }

    function setBusy(b) {
      busy = b;
      sendBtn.disabled = b;
      messages.setAttribute("aria-busy", b ? "true" : "false");
    }

    async function ask(question) {
      question = String(question || "").trim();
      if (!question || busy) return;
      var history = historyForApi();
      var welcome = messages.querySelector(".welcome");
      if (welcome) welcome.remove();
      state.messages.push({ role: "user", text: question });
      save();
      renderMessage(state.messages[state.messages.length - 1]);
      var bubble = h("div", { class: "msg bot" }, [h("span", { class: "typing", text: "Đang tra cứu các kế hoạch…" })]);
      messages.appendChild(bubble);
      scrollDown();
      setBusy(true);
      live.textContent = "Đang tìm câu trả lời…";
      var streamed = null;
      controller = new AbortController();
      var payload = { question: question, history: history };
      if (PLANS.length) payload.plans = PLANS;
      try {
        await askStream(payload, {
          delta: function (t) {
            if (!streamed) { bubble.textContent = ""; streamed = h("div", { class: "answer" }); bubble.appendChild(streamed); }
            streamed.appendChild(document.createTextNode(t));
            scrollDown();
          },
          final: function (answer) {
            var msg = { role: "assistant", question: question, answer: slimAnswer(answer) };
            state.messages.push(msg);
            save();
            renderAnswer(bubble, msg);
            live.textContent = "Trợ lý đã trả lời: " + clean(answer.answer).slice(0, 300);
          },
          error: function (message) { throw userError(message || "Đã có lỗi khi tạo câu trả lời. Vui lòng thử lại."); }
        }, controller.signal);
      } catch (err) {
        if (err && err.name === "AbortError") { bubble.remove(); }
        else {
          var text = (err && err.user) ? err.message
            : "Không kết nối được máy chủ hỏi đáp hoặc phản hồi không hợp lệ. Vui lòng thử lại.";
          bubble.textContent = text;
          bubble.classList.add("error");
          live.textContent = text;
        }
      } finally {
        controller = null;
        setBusy(false);
        scrollDown();
      }
    }

    // ---- events
    launcher.addEventListener("click", function () { if (isOpen()) close(); else open(); });
    closeBtn.addEventListener("click", close);
    newBtn.addEventListener("click", function () {
      if (controller) controller.abort();
      state = { messages: [] };
      save();
      renderAll();
      input.focus();
    });
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); close(); }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var q = input.value;
      input.value = "";
      autosize();
      ask(q);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
      }
    });
    function autosize() { input.style.height = "auto"; input.style.height = Math.min(input.scrollHeight + 2, 120) + "px"; }
    input.addEventListener("input", autosize);

    renderAll();
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
