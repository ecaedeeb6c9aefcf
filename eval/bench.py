"""Benchmark: fresh index build, embedding speed vs plain fp32, in-process query latency, HTTP throughput.

    planqa bench --plans-dir DIR [--clients 16] [--seconds 20] [--json PATH] [--questions dev.jsonl]
    planqa bench --synthesize N DIR [--include-bundled]

The index is built in a temporary folder (the served index is never touched); the HTTP figures come
from a real uvicorn server on 127.0.0.1 over that index, loaded by HTTP clients in a child process (client threads in
the server process would take its GIL). Every loop is bounded by time and count.
Speed targets are checked here, never by timed unit tests.
"""

from __future__ import annotations

import random
import re
import resource
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from planqa.config import REPO_ROOT, Settings

DEFAULT_QUESTIONS = REPO_ROOT.parent / "shared" / "eval" / "dev.jsonl"
REFERENCE_SAMPLE = 96  # passages the fp32 reference embeds (a random sample of the same passages)
MAX_REQUESTS = 100_000  # hard bound on any request loop
QUERY_ROUNDS = 2  # in-process latency: each dev question this many times

# Real Vietnamese districts / towns / cities, used with PROVINCES to re-localise plan copies.
DISTRICTS = (
    "Ba Vì", "Chương Mỹ", "Đan Phượng", "Đông Anh", "Gia Lâm", "Hoài Đức", "Mê Linh", "Mỹ Đức", "Phú Xuyên",
    "Phúc Thọ", "Quốc Oai", "Sóc Sơn", "Thạch Thất", "Thanh Oai", "Thường Tín", "Ứng Hòa", "Sơn Tây",
    "Thủy Nguyên", "Tiên Lãng", "Vĩnh Bảo", "Kiến Thụy", "Cát Hải", "Bạch Long Vĩ", "Hải Hậu", "Giao Thủy",
    "Nghĩa Hưng", "Trực Ninh", "Xuân Trường", "Ý Yên", "Vụ Bản", "Nam Trực", "Kim Sơn", "Yên Khánh", "Nho Quan",
    "Gia Viễn", "Hoa Lư", "Tam Điệp", "Duy Tiên", "Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân", "Hưng Hà",
    "Quỳnh Phụ", "Đông Hưng", "Thái Thụy", "Tiền Hải", "Kiến Xương", "Vũ Thư", "Văn Lâm", "Văn Giang",
    "Khoái Châu", "Kim Động", "Ân Thi", "Phù Cừ", "Tiên Lữ", "Cẩm Giàng", "Bình Giang", "Gia Lộc", "Tứ Kỳ",
    "Thanh Miện", "Ninh Giang", "Kinh Môn", "Chí Linh", "Nam Sách", "Thanh Hà", "Kim Thành", "Yên Phong",
    "Quế Võ", "Tiên Du", "Thuận Thành", "Gia Bình", "Lương Tài", "Từ Sơn", "Hiệp Hòa", "Lạng Giang", "Lục Nam",
    "Lục Ngạn", "Sơn Động", "Tân Yên", "Việt Yên", "Yên Dũng", "Yên Thế", "Đại Từ", "Định Hóa", "Đồng Hỷ",
    "Phú Bình", "Phú Lương", "Võ Nhai", "Phổ Yên", "Sông Công", "Lập Thạch", "Sông Lô", "Tam Dương", "Tam Đảo",
    "Vĩnh Tường", "Yên Lạc", "Bình Xuyên", "Phúc Yên", "Cẩm Khê", "Đoan Hùng", "Hạ Hòa", "Lâm Thao", "Phù Ninh",
    "Tam Nông", "Tân Sơn", "Thanh Ba", "Thanh Sơn", "Thanh Thủy", "Yên Lập", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn",
    "Quảng Xương", "Tĩnh Gia", "Nông Cống", "Đông Sơn", "Triệu Sơn", "Thọ Xuân", "Yên Định", "Vĩnh Lộc",
    "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Lang Chánh", "Bá Thước", "Quan Hóa", "Quan Sơn", "Mường Lát",
    "Như Xuân", "Như Thanh", "Thường Xuân", "Diễn Châu", "Quỳnh Lưu", "Yên Thành", "Nghi Lộc", "Hưng Nguyên",
    "Nam Đàn", "Thanh Chương", "Đô Lương", "Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn", "Quế Phong",
    "Quỳ Châu", "Quỳ Hợp", "Nghĩa Đàn", "Tân Kỳ", "Can Lộc", "Cẩm Xuyên", "Đức Thọ", "Hương Khê", "Hương Sơn",
    "Kỳ Anh", "Nghi Xuân", "Thạch Hà", "Vũ Quang", "Lộc Hà", "Bố Trạch", "Quảng Trạch", "Tuyên Hóa", "Minh Hóa",
    "Lệ Thủy", "Quảng Ninh", "Gio Linh", "Vĩnh Linh", "Cam Lộ", "Triệu Phong", "Hải Lăng", "Đakrông", "Hướng Hóa",
    "Phong Điền", "Quảng Điền", "Phú Vang", "Phú Lộc", "Nam Đông", "A Lưới", "Hòa Vang", "Điện Bàn", "Duy Xuyên",
    "Thăng Bình", "Quế Sơn", "Tiên Phước", "Núi Thành", "Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Mộ Đức", "Đức Phổ",
    "Tuy Phước", "Phù Cát", "Phù Mỹ", "Hoài Nhơn", "Tây Sơn", "Vân Canh", "Đồng Xuân", "Tuy An", "Sơn Hòa",
    "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Cam Lâm", "Ninh Phước", "Ninh Sơn", "Tuy Phong", "Hàm Thuận Bắc",
    "Đức Linh", "Tánh Linh", "Bảo Lộc", "Di Linh", "Đức Trọng", "Lâm Hà", "Đơn Dương", "Krông Pắc", "Ea Kar",
    "Buôn Đôn", "Cư M'gar", "Chư Sê", "Chư Păh", "Ia Grai", "Đắk Hà", "Sa Thầy", "Đắk Tô", "Cai Lậy", "Cái Bè",
    "Chợ Gạo", "Gò Công Tây", "Châu Thành", "Mỏ Cày Nam", "Ba Tri", "Giồng Trôm", "Thạnh Phú", "Cầu Kè",
    "Tiểu Cần", "Trà Cú", "Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình", "Lai Vung", "Lấp Vò", "Tháp Mười",
    "Cao Lãnh", "Thoại Sơn", "Tri Tôn", "Tịnh Biên", "Phú Tân", "Chợ Mới", "Giồng Riềng", "Gò Quao",
    "An Biên", "Phụng Hiệp", "Vị Thủy", "Long Mỹ", "Kế Sách", "Mỹ Tú", "Thạnh Trị", "Hồng Dân", "Phước Long",
    "Đầm Dơi", "Cái Nước", "Trần Văn Thời", "U Minh", "Năm Căn", "Ngọc Hiển",
)


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))], 1) if s else 0.0


# ---------------------------------------------------------------------------------------------- synthesize
def _replace_place(text: str, old: str, new: str) -> str:
    """Replace a place name as written and in capitals (a whole-word match)."""
    for a, b in ((old, new), (old.upper(), new.upper())):
        text = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, text)
    return text


def synthesize(n: int, out_dir: Path, source_dir: Path | None = None, include_bundled: bool = False) -> list[Path]:
    """Write ``n`` re-localised copies of the bundled plans into ``out_dir`` (each a distinct plan: its
    locality, and for district plans its province, become other real Vietnamese names); with
    ``include_bundled`` the originals are copied too, so the dev questions keep their answers."""
    from index.gazetteer import PROVINCES
    from ingest.load import load_plan, plan_files
    from ingest.textnorm import strip_accents

    src = source_dir or Settings().plans_path
    bases = [(p, load_plan(p)) for p in plan_files(src)]
    out_dir.mkdir(parents=True, exist_ok=True)
    taken = {d.locality for _, d in bases} | {d.province for _, d in bases if d.province}
    provinces = [p for p in PROVINCES if p not in taken and "-" not in p and p not in ("Sài Gòn", "Huế")]
    districts = [d for d in DISTRICTS if d not in taken]
    written: list[Path] = []
    if include_bundled:
        for p, _ in bases:
            shutil.copy2(p, out_dir / p.name)
            written.append(out_dir / p.name)
    used: set[str] = set(taken)  # localities already given: each copy gets its own while the names last
    for i in range(n):
        path, doc = bases[i % len(bases)]
        pool = (provinces + districts) if not doc.province else districts
        name = next((x for x in pool if x not in used), pool[i // len(bases) % len(pool)])
        used.add(name)
        text = _replace_place(path.read_text(encoding="utf-8"), doc.locality, name)
        if doc.province:
            text = _replace_place(text, doc.province, provinces[(i // len(bases)) % len(provinces)])
        slug = re.sub(r"\W+", "-", strip_accents(name.lower()).replace("đ", "d")).strip("-")
        out = out_dir / f"syn{i:04d}_{path.stem}_{slug}.txt"
        out.write_text(text, encoding="utf-8")
        written.append(out)
    return written


# ---------------------------------------------------------------------------------------------- HTTP
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Server:
    """uvicorn on 127.0.0.1 in a thread of this process (so peak RSS counts it), stopped on exit."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        if not self.server.started:
            raise RuntimeError("uvicorn did not start")
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def _http_load(url: str, bodies: list[dict], clients: int, seconds: float) -> dict:
    """``clients`` threads POST /api/ask in a loop for ``seconds``; counts, errors and latencies."""
    import httpx

    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(k: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as client:
            i = k
            while time.monotonic() < stop and len(lat) + errors[0] < MAX_REQUESTS:
                t = time.perf_counter()
                try:
                    ok = client.post("/api/ask", json=bodies[i % len(bodies)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    if ok:
                        lat.append(ms)
                    else:
                        errors[0] += 1
                i += clients

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    elapsed = time.perf_counter() - t0
    n = len(lat) + errors[0]
    return {"clients": clients, "requests": n, "errors": errors[0], "rps": round(len(lat) / elapsed, 2),
            "p50_ms": _pct(lat, 50), "p95_ms": _pct(lat, 95)}


def _http_load_apart(url: str, bodies: list[dict], clients: int, seconds: float) -> dict:
    """``_http_load`` run in a child process: client threads in the server's own process would hold its GIL
    and slow the server they measure (real clients are other machines)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_http_load, url, bodies, clients, seconds).result(timeout=seconds + 600)


# ---------------------------------------------------------------------------------------------- bench
class _TimedEmbedder:
    """Counts the passage texts an embedder encodes and the seconds it takes."""

    def __init__(self, inner: object) -> None:
        self.inner, self.texts, self.seconds = inner, 0, 0.0
        self.seen: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def encode_passages(self, texts: list[str], progress: bool = False) -> object:
        t = time.perf_counter()
        out = self.inner.encode_passages(texts, progress)  # type: ignore[attr-defined]
        self.seconds += time.perf_counter() - t
        self.texts += len(texts)
        self.seen.extend(texts)
        return out


def _reference_rate(model_dir: Path, texts: list[str]) -> float:
    """Plain fp32 sentence-transformers (its defaults: batch 32, length-sorted, 512 tokens) on ``texts``:
    passages per second."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu")
    model.encode(texts[:4], normalize_embeddings=True)  # warm-up
    t = time.perf_counter()
    model.encode([f"passage: {x}" for x in texts], normalize_embeddings=True, show_progress_bar=False)
    return len(texts) / (time.perf_counter() - t)


def run_bench(plans_dir: Path, clients: int = 16, seconds: float = 20.0, questions: Path = DEFAULT_QUESTIONS,
              settings: Settings | None = None, log: Callable[[str], None] | None = None,
              keep_index: Path | None = None, existing_index: Path | None = None) -> dict:
    """Build a fresh index of ``plans_dir`` in a temp folder and measure it (keys: see module doc).

    ``keep_index``: build into this (empty or new) folder instead and leave it there, so the same large index
    can be evaluated afterwards (``PLANQA_INDEX_DIR=… planqa eval …``) without a second build.
    ``existing_index``: measure an index built earlier instead of building one (read-only): ``ingest_s`` is that
    build's recorded time, and both embedding rates are measured on the same sample of its passages."""
    from chat.pipeline import Assistant
    from eval.dataset import load_cases
    from index.embed import Embedder
    from index.store import build_index, load_index, passage_text
    from ingest.load import load_plans
    from web.api import create_app

    say = log or (lambda m: print(m, file=sys.stderr, flush=True))
    base = settings or Settings()
    cases = load_cases(questions)
    if keep_index is not None:
        keep_index = Path(keep_index).resolve()
        if keep_index == Path(base.index_dir).resolve() or (keep_index.exists() and any(keep_index.iterdir())):
            raise ValueError(f"--keep-index {keep_index}: must be a new or empty folder, not the served index")
    with tempfile.TemporaryDirectory(prefix="planqa-bench-") as tmp:
        # the load test's clients all come from 127.0.0.1: the per-client rate limit would measure itself
        index_dir = Path(existing_index).resolve() if existing_index else keep_index or Path(tmp) / "index"
        cfg = base.model_copy(update={"plans_dir": Path(plans_dir).resolve(), "index_dir": index_dir,
                                      "feedback_db": Path(tmp) / "feedback.sqlite3", "rate_limit_per_minute": 0})
        embedder = _TimedEmbedder(Embedder.from_settings(cfg))
        if existing_index:
            loaded = load_index(cfg)
            docs = list(loaded.documents.values())
            ingest_s = float(loaded.manifest.get("build_seconds", 0.0))
            sample = [passage_text(c, loaded.documents[c.doc]) for c in loaded.chunks]
            sample = random.Random(0).sample(sample, min(REFERENCE_SAMPLE, len(sample)))
            embedder.encode_passages(sample[:4])  # warm-up, then the timed run on the reference's sample
            embedder.texts = 0
            embedder.seconds = 0.0
            embedder.encode_passages(sample)
            say(f"existing index {index_dir} ({len(docs)} plans, built in {ingest_s:.0f}s); fp32 reference …")
        else:
            say(f"ingest {cfg.plans_dir} ({embedder.mode}) …")
            t0 = time.perf_counter()
            docs = load_plans(cfg.plans_dir)
            build_index(docs, cfg, embedder, show_progress=sys.stderr.isatty())  # type: ignore[arg-type]
            ingest_s = time.perf_counter() - t0
            loaded = load_index(cfg)
            # the reference embeds a sample of the very texts ingest embedded (passages and whole sections)
            sample = embedder.seen or [passage_text(c, loaded.documents[c.doc]) for c in loaded.chunks]
            sample = random.Random(0).sample(sample, min(REFERENCE_SAMPLE, len(sample)))
        embed_rate = embedder.texts / embedder.seconds if embedder.seconds else 0.0
        say(f"ingest {ingest_s:.1f}s, {embedder.texts} texts at {embed_rate:.1f}/s; fp32 reference …")
        ref_rate = _reference_rate(cfg.model_path, sample)

        assistant = Assistant(cfg, embedder=embedder.inner)  # type: ignore[arg-type]
        for c in cases[:3]:
            assistant.ask(c.question, c.history)  # warm-up
        lat = []
        for _ in range(QUERY_ROUNDS):
            for c in cases:
                t = time.perf_counter()
                assistant.ask(c.question, c.history)
                lat.append((time.perf_counter() - t) * 1000)
        say(f"query p50 {_pct(lat, 50)} ms, p95 {_pct(lat, 95)} ms; HTTP …")
        bodies = [{"question": c.question, "history": [{"role": t.role, "content": t.content} for t in c.history]}
                  for c in cases]
        with _Server(create_app(cfg, assistant, with_ui=False)) as url:
            single = _http_load_apart(url, bodies, 1, max(2.0, seconds / 2))
            load = _http_load_apart(url, bodies, clients, seconds)
        return {
            "plans": len(docs), "passages": len(loaded.chunks), "ingest_s": round(ingest_s, 1),
            "embed_passages_per_s": round(embed_rate, 2), "embed_reference_passages_per_s": round(ref_rate, 2),
            "query_p50_ms": _pct(lat, 50), "query_p95_ms": _pct(lat, 95), "single_rps": single["rps"],
            "load": load, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }


def main(argv: list[str] | None = None) -> int:
    """``python -m eval.bench``: the same as ``planqa bench``."""
    from planqa.cli import main as cli_main

    return cli_main(["bench", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
