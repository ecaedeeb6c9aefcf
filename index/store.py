"""The on-disk index: versioned folders, a manifest, and an atomic ``CURRENT`` pointer.

``build_index`` writes a complete new version beside the current one and only then swaps the
pointer, so a failed build (bad file, crash, full disk) leaves the served index untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

from index.backend import CandidateSource, IndexBackend, make_backend
from index.embed import Embedder
from index.lexical import BM25
from index.segment import analyze, unaccented
from index.tables import STRUCTURE_FILE, build_structure, read_structure, write_structure
from ingest.chunk import chunk_document, recipients_chunk, signature_chunk
from ingest.clean import BULLET_MARK
from ingest.legend import expand
from ingest.types import Amendment, Assignment, Chunk, Document, Reference, Section, Signer, Target
from planqa.config import Settings

FORMAT_VERSION = 7  # 2: BM25 matrices saved in the version (bm25/, bm25_plain/); 3: "quỹ/quý" folded as typed;
# 4: each plan's task cross-references (``Document.references``) read at ingest; 5: a plan's own abbreviation
# legend (``Document.abbreviations``), its passages indexed in full words; 6: lines amending the plan's own items
# (``Document.amendments``) and the year of issue as the header writes it (``Document.issued_year``); 7: a correction
# notice above the plan kept as its opening lines and linked to the items it corrects, a web page's list numbers as text
KEEP_VERSIONS = 3
Progress = Callable[[float, str], None]


REBUILD = "planqa ingest"


class IndexMissing(RuntimeError):
    """No usable index: none built yet, CURRENT points nowhere, or the version's files are missing/corrupt.
    The message (Vietnamese / English, also in ``.vi`` / ``.en``) names the command that rebuilds it."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi, en
        super().__init__(f"{vi} / {en}")


def passage_text(chunk: Chunk, doc: Document) -> str:
    """What the embedder sees: plan and heading path first, since the text alone rarely names them."""
    title = doc.title if len(doc.title) <= 110 else doc.title[:110].rsplit(" ", 1)[0] + "…"
    return f"{doc.locality} — {title}\n{chunk.section}\n{expand(chunk.text, doc.abbreviations)}"


def section_text(doc: Document, sec: Section) -> str:
    return f"{doc.locality} — {sec.path_str}\n{expand(doc.text[sec.start:sec.end], doc.abbreviations)}"


def corpus_hash(docs: list[Document]) -> str:
    h = hashlib.sha256()
    for d in sorted(docs, key=lambda d: d.doc):
        h.update(d.doc.encode())
        h.update(hashlib.sha256(d.text.encode()).digest())
    return h.hexdigest()


def _ranked_sections(doc: Document) -> list[Section]:
    """Sections worth a whole-section vector: numbered items and agency headings."""
    return [s for s in doc.sections if s.kind in ("number", "roman", "preamble", "closing") or s.agency]


@dataclass
class LoadedIndex:
    """Everything retrieval needs, in memory."""

    version: str
    path: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    engine: CandidateSource  # passage candidates (index.backend)
    section_keys: list[tuple[str, int]]
    section_vectors: np.ndarray
    terms: list[list[str]]
    bm25: BM25
    bm25_plain: BM25
    section_row: dict[tuple[str, int], int] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)  # the plans' targets table (index.tables)
    assignments: list[Assignment] = field(default_factory=list)  # the responsibility matrix
    # every non-empty line of every plan: (doc, start offset in its text) and its e5 vector (lines.npy)
    line_keys: list[tuple[str, int]] = field(default_factory=list)
    line_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))

    def chunk_by_id(self, cid: str) -> Chunk | None:
        """A chunk by id (``doc#n``), a run of one section's chunks (``doc#n-m``), a whole section
        (``doc#sK``), the signature block (``doc#sig``) or the "Nơi nhận" list (``doc#rcp``): answers cite all five."""
        found = self._by_id.get(cid)
        if found is None and cid.endswith("#sig") and cid[:-4] in self.documents:
            return signature_chunk(self.documents[cid[:-4]])
        if found is None and cid.endswith("#rcp") and cid[:-4] in self.documents:
            return recipients_chunk(self.documents[cid[:-4]])
        sec = None if found else re.fullmatch(r"(.+)#s(\d+)", cid)
        if sec and sec.group(1) in self.documents and int(sec.group(2)) < len(self.documents[sec.group(1)].sections):
            doc = self.documents[sec.group(1)]
            s = doc.sections[int(sec.group(2))]
            return Chunk(id=cid, doc=doc.doc, title=doc.title, locality=doc.locality, section=s.path_str,
                         section_id=s.id, start=s.start, end=s.end, text=doc.text[s.start:s.end], agency=s.agency)
        m = None if found else re.fullmatch(r"(.+#)(\d+)-(\d+)", cid)
        if m is None:
            return found
        first, last = self._by_id.get(m.group(1) + m.group(2)), self._by_id.get(m.group(1) + m.group(3))
        if first is None or last is None or first.section_id != last.section_id or last.end <= first.start:
            return None
        text = self.documents[first.doc].text[first.start:last.end]
        return replace(first, id=cid, end=last.end, text=text)

    def chunks_of(self, doc: str) -> list[Chunk]:
        """One plan's passages in text order (a table built once, so no caller walks every plan's)."""
        return self._by_doc.get(doc, [])

    def targets_of(self, doc: str) -> list[Target]:
        """One plan's targets (a table built once: a question never walks every plan's targets)."""
        return self._targets_by_doc.get(doc, [])

    def __post_init__(self) -> None:
        self._targets_by_doc: dict[str, list[Target]] = {}
        for t in self.targets:
            self._targets_by_doc.setdefault(t.doc, []).append(t)
        self._by_id = {c.id: c for c in self.chunks}
        self._by_doc: dict[str, list[Chunk]] = {}
        for c in self.chunks:
            self._by_doc.setdefault(c.doc, []).append(c)
        self.section_row = {k: i for i, k in enumerate(self.section_keys)}


def _doc_to_json(d: Document) -> dict:
    out = asdict(d)
    out["sections"] = [asdict(s) for s in d.sections]
    return out


def _doc_from_json(o: dict) -> Document:
    secs = [Section(**{**s, "path": tuple(s["path"])}) for s in o.pop("sections")]
    signer = o.pop("signer", None)
    tuples = {"parents": tuple(o.get("parents", ())), "amends": tuple(o.get("amends", ())),
              "issuers": tuple(o.get("issuers", ())), "signers": tuple(Signer(**x) for x in o.get("signers", ())),
              "references": tuple(Reference(**{**r, "targets": tuple(r["targets"])}) for r in o.get("references", ())),
              "abbreviations": tuple(tuple(a) for a in o.get("abbreviations", ())),
              "amendments": tuple(Amendment(**{**a, "targets": tuple(a["targets"]),
                                               "basis": tuple(a["basis"]) if a.get("basis") else None})
                                  for a in o.get("amendments", ()))}
    return Document(**{**o, **tuples}, sections=secs,
                    signer=Signer(**signer) if signer else None)


def build_index(docs: list[Document], settings: Settings, embedder: Embedder,
                progress: Progress | None = None, show_progress: bool = False) -> Path:
    """Chunk, segment and embed ``docs`` into a new version folder, then atomically make it current.

    Only texts whose vectors the current version lacks (for this embedding mode) are embedded;
    ``show_progress`` draws tqdm bars (segmentation, embedding batches) on the terminal.
    """
    report = progress or (lambda f, m: None)
    backend = make_backend(settings)
    root = settings.index_path
    root.mkdir(parents=True, exist_ok=True)
    if len({d.doc for d in docs}) != len(docs):
        raise ValueError("duplicate document ids")
    clean_leftovers(root)
    # the work folder exists for the whole build, so a killed build leaves a recognisable .tmp-* behind
    version = time.strftime("v%Y%m%d-%H%M%S") + f"-{os.getpid()}-{int(time.time() * 1000) % 1000:03d}"
    tmp = root / f".tmp-{version}"
    tmp.mkdir()
    try:
        return _build(docs, settings, embedder, report, root, version, tmp, backend, show_progress)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        backend.discard(version)
        raise


def _build(docs: list[Document], settings: Settings, embedder: Embedder, report: Progress, root: Path,
           version: str, tmp: Path, backend: IndexBackend, show_progress: bool = False) -> Path:
    t0 = time.perf_counter()
    report(0.05, "chunking")
    chunks = [c for d in docs for c in chunk_document(d)]
    by_doc = {d.doc: d for d in docs}
    report(0.15, "segmenting")
    seg: dict[str, list[str]] = {}  # plans copied from one template share most passages: segment each once
    terms = [seg[t] if t in seg else seg.setdefault(t, analyze(t))
             for t in (f"{c.section}\n{expand(c.text, by_doc[c.doc].abbreviations)}"
                       for c in tqdm(chunks, desc="segmenting", unit="passage", disable=not show_progress))]
    cache = _previous_vectors(root, embedder, backend)
    report(0.3, "embedding passages")
    keys = [(d.doc, s.id) for d in docs for s in _ranked_sections(d)]
    texts = [passage_text(c, by_doc[c.doc]) for c in chunks]
    texts += [section_text(by_doc[k[0]], by_doc[k[0]].sections[k[1]]) for k in keys]
    all_vectors, embedded = _encode_cached(texts, embedder, cache, show_progress,
                                           lambda f, m: report(0.3 + 0.45 * f, f"embedding passages {m}"))
    vectors, sec_vectors = all_vectors[:len(chunks)], all_vectors[len(chunks):]
    report(0.75, "embedding lines")
    line_keys, line_texts, line_vecs = _line_vectors(root, docs, embedder)
    report(0.8, "lexical index")
    bm25, bm25_plain = BM25(terms), BM25([unaccented(t) for t in terms])
    report(0.9, "targets and matrix")
    targets, assignments = build_structure(docs, embedder)
    report(0.95, "writing")
    manifest = {
        "format": FORMAT_VERSION, "version": version, "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "model": embedder.name, "model_dir": str(embedder.model_dir), "dim": int(vectors.shape[1]),
        "embed_mode": embedder.mode, "embedded": embedded, "reused_vectors": len(texts) - embedded,
        "corpus_hash": corpus_hash(docs), "documents": sorted(by_doc), "chunks": len(chunks),
        "sections": len(keys), "build_seconds": round(time.perf_counter() - t0, 2),
    }
    (tmp / "documents.json").write_text(json.dumps([_doc_to_json(d) for d in docs], ensure_ascii=False))
    with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as f:
        for c in chunks:
            f.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
    (tmp / "terms.json").write_text(json.dumps(terms, ensure_ascii=False))
    (tmp / "sections.json").write_text(json.dumps(keys))
    (tmp / "vector_keys.json").write_text(json.dumps([_text_key(t, embedder.mode) for t in texts]))
    bm25.save(tmp / "bm25")
    bm25_plain.save(tmp / "bm25_plain")
    np.save(tmp / "sections.npy", sec_vectors)
    np.save(tmp / "lines.npy", line_vecs)
    (tmp / "lines.json").write_text(json.dumps(line_keys))
    (tmp / "line_texts.json").write_text(json.dumps(line_texts))
    write_structure(tmp / STRUCTURE_FILE, targets, assignments)
    manifest.update(backend=backend.name, **backend.write(tmp, version, chunks, by_doc, terms, vectors))
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
    final = root / version
    os.replace(tmp, final)
    try:
        backend.activate(version)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)  # the finished folder must not outlive a failed alias swap
        raise
    _swap_current(root, version)
    _prune(root, keep=KEEP_VERSIONS)
    backend.prune({p.name for p in root.iterdir() if p.is_dir() and p.name.startswith("v")})
    report(1.0, "done")
    return final


def plan_lines(doc: Document) -> list[tuple[int, str]]:
    """(start offset, text) of each quotable line of a plan: what answers quote and line vectors embed (not the
    recipients list, which only a recipients question cites whole)."""
    listed = recipients_chunk(doc)
    out, pos = [], 0
    for raw in doc.text.split("\n"):
        text = re.sub(rf"^{BULLET_MARK}\s*", "", raw.strip())
        if len(text) > 3 and not (listed and listed.start <= pos < listed.end):
            out.append((pos, text))
        pos += len(raw) + 1
    return out


def chunk_at(chunks: Sequence[Chunk], pos: int) -> Chunk | None:
    """The passage of a plan holding its offset ``pos`` (a quoted line is cited at it), or ``None``."""
    return next((c for c in chunks if c.start <= pos < c.end), None)


def _text_key(text: str, mode: str) -> str:
    """A vector's cache key: the embedded text and the embedding mode (int8 and fp32 vectors never mix)."""
    return hashlib.sha1(f"{mode}\n{text}".encode()).hexdigest()


def _line_vectors(root: Path, docs: list[Document],
                  embedder: Embedder) -> tuple[list[tuple[str, int]], list[str], np.ndarray]:
    """Line keys, their text hashes and vectors; lines of the current version are reused by their text."""
    cache: dict[str, np.ndarray] = {}
    version = current_version(root)
    if version is not None:
        try:
            old = json.loads((root / version / "line_texts.json").read_text())
            vecs = np.load(root / version / "lines.npy")
            if len(old) == len(vecs) and vecs.shape[1:] == (embedder.dim,):
                cache = dict(zip(old, vecs, strict=True))
        except (OSError, ValueError, IndexError):
            cache = {}
    keys, texts = [], []
    for d in docs:
        for start, text in plan_lines(d):
            keys.append((d.doc, start))
            texts.append(text)
    # line_texts.json holds the lines' cache keys (text + embedding mode), the same keys _encode_cached uses
    return keys, [_text_key(t, embedder.mode) for t in texts], _encode_cached(texts, embedder, cache)[0]


def _previous_vectors(root: Path, embedder: Embedder, backend: IndexBackend) -> dict[str, np.ndarray]:
    """Vectors of the current version keyed by the text they embed, so a re-index only embeds what changed."""
    version = current_version(root)
    if version is None:
        return {}
    path = root / version
    try:
        manifest = json.loads((path / "manifest.json").read_text())
        if manifest.get("model") != embedder.name or manifest.get("dim") != embedder.dim:
            return {}
        keys = json.loads((path / "vector_keys.json").read_text())
        vecs = np.concatenate([backend.passage_vectors(path), np.load(path / "sections.npy")])
    except (OSError, ValueError, KeyError, RuntimeError):
        return {}
    return dict(zip(keys, vecs, strict=False)) if len(keys) == len(vecs) else {}


def _encode_cached(texts: list[str], embedder: Embedder, cache: dict[str, np.ndarray],
                   show_progress: bool = False, report: Progress | None = None) -> tuple[np.ndarray, int]:
    """Vectors for ``texts``, embedding only those not in ``cache`` (each distinct text once), in about twenty
    steps reported to ``report``; returns them and how many texts were embedded."""
    keys = [_text_key(t, embedder.mode) for t in texts]
    todo: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k not in cache and k not in todo:
            todo[k] = i
    # by length, so each step's batches hold texts of about one length (less padding than in text order)
    pending = sorted(todo.items(), key=lambda kv: len(texts[kv[1]]))
    step = max(64, len(pending) // 20)
    for lo in range(0, len(pending), step):
        part = pending[lo:lo + step]
        fresh = embedder.encode_passages([texts[i] for _, i in part], progress=show_progress)
        for (k, _), v in zip(part, fresh, strict=True):
            cache[k] = v
        if report is not None:
            report((lo + len(part)) / len(pending), f"{lo + len(part)}/{len(pending)}")
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32), 0
    return np.stack([cache[k] for k in keys]).astype(np.float32), len(todo)


def _swap_current(root: Path, version: str) -> None:
    tmp = root / f".CURRENT.{os.getpid()}"
    tmp.write_text(version)
    os.replace(tmp, root / "CURRENT")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(root: Path) -> list[str]:
    """Remove what a killed build left: ``.tmp-<version>`` folders and ``.CURRENT.<pid>`` files whose process
    is gone (a live builder's are kept). Returns the names removed."""
    removed = []
    for p in root.iterdir() if root.is_dir() else ():
        if p.name.startswith(".tmp-"):
            m = re.match(r"\.tmp-v\d{8}-\d{6}-(\d+)-", p.name)
        elif p.name.startswith(".CURRENT."):
            m = re.fullmatch(r"\.CURRENT\.(\d+)", p.name)
        else:
            continue
        pid = int(m.group(1)) if m else None
        if pid is not None and (pid == os.getpid() or _pid_alive(pid)):
            continue  # a build in progress, here or in another live process
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
        removed.append(p.name)
    return removed


def _prune(root: Path, keep: int) -> None:
    current = current_version(root)
    versions = sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("v"))
    for p in versions[:-keep]:
        if p.name != current:
            shutil.rmtree(p, ignore_errors=True)


def current_version(root: Path) -> str | None:
    f = root / "CURRENT"
    if not f.exists():
        return None
    v = f.read_text().strip()
    return v if (root / v / "manifest.json").exists() else None


INDEX_FILES = ("manifest.json", "documents.json", "chunks.jsonl", "terms.json", "sections.json", "sections.npy")


def check_index(settings: Settings) -> str:
    """Cheap start-up check (no loading): the current version and its files exist and the manifest parses.
    Returns the version; raises ``IndexMissing`` naming ``planqa ingest`` otherwise."""
    root = settings.index_path
    version = _current_or_raise(root)
    missing = [f for f in INDEX_FILES if not (root / version / f).is_file()]
    try:
        manifest = json.loads((root / version / "manifest.json").read_text())
        _check_format(root, version, manifest)
        # the embedded backend keeps its passage vectors in the version folder; Qdrant keeps them in a collection
        if manifest.get("backend", "faiss") == "faiss" and not (root / version / "dense.faiss").is_file():
            missing.append("dense.faiss")
    except (OSError, ValueError) as exc:
        missing.append(f"manifest.json ({type(exc).__name__})")
    if missing:
        raise IndexMissing(
            f"Chỉ mục {version} trong {root} bị hỏng (thiếu hoặc lỗi: {', '.join(missing)}); "
            f"hãy chạy `{REBUILD}` để tạo lại",
            f"The index {version} in {root} is corrupt (missing or bad: {', '.join(missing)}); "
            f"run `{REBUILD}` to rebuild it")
    return version


def _current_or_raise(root: Path) -> str:
    if not (root / "CURRENT").exists():
        raise IndexMissing(f"Chưa có chỉ mục trong {root}: hãy chạy `{REBUILD}` để tạo",
                           f"No index in {root}: run `{REBUILD}` to build it")
    version = current_version(root)
    if version is None:
        named = (root / "CURRENT").read_text().strip()
        if (root / named).is_dir() and named:
            raise IndexMissing(
                f"Chỉ mục {named} trong {root} bị hỏng (thiếu manifest.json); hãy chạy `{REBUILD}` để tạo lại",
                f"The index {named} in {root} is corrupt (manifest.json missing); run `{REBUILD}` to rebuild it")
        raise IndexMissing(
            f"Chỉ mục trong {root} bị thiếu: CURRENT trỏ tới phiên bản không tồn tại; hãy chạy `{REBUILD}` để tạo lại",
            f"The index in {root} is missing: CURRENT points to a version that does not exist; "
            f"run `{REBUILD}` to rebuild it")
    return version


def load_index(settings: Settings) -> LoadedIndex:
    """Load the current version into memory; raises ``IndexMissing`` when none was built."""
    root = settings.index_path
    version = _current_or_raise(root)
    try:
        return _load_version(root, version, settings)
    except IndexMissing:
        raise
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, EOFError) as exc:
        raise IndexMissing(
            f"Chỉ mục {version} trong {root} bị hỏng ({type(exc).__name__}: {exc}); hãy chạy `{REBUILD}` để tạo lại",
            f"The index {version} in {root} is corrupt ({type(exc).__name__}: {exc}); run `{REBUILD}` to rebuild it",
        ) from exc


def _check_format(root: Path, version: str, manifest: dict[str, object]) -> None:
    """An index written by an older planqa folds words differently: searching it would miss words, so say so."""
    if manifest.get("format") != FORMAT_VERSION:
        raise IndexMissing(
            f"Chỉ mục {version} trong {root} được tạo bởi phiên bản planqa cũ hơn (định dạng {manifest.get('format')}, "
            f"cần {FORMAT_VERSION}); hãy chạy `{REBUILD}` để tạo lại",
            f"The index {version} in {root} was built by an older planqa (format {manifest.get('format')}, "
            f"needs {FORMAT_VERSION}); run `{REBUILD}` to rebuild it")


def _load_version(root: Path, version: str, settings: Settings) -> LoadedIndex:
    path = root / version
    manifest = json.loads((path / "manifest.json").read_text())
    _check_format(root, version, manifest)
    docs = [_doc_from_json(o) for o in json.loads((path / "documents.json").read_text())]
    chunks = [Chunk(**json.loads(line)) for line in (path / "chunks.jsonl").read_text().splitlines() if line]
    terms = json.loads((path / "terms.json").read_text())
    keys = [tuple(k) for k in json.loads((path / "sections.json").read_text())]
    by_doc = {d.doc: d for d in docs}
    targets, assignments = read_structure(path / STRUCTURE_FILE)
    bm25, bm25_plain = _load_bm25(path / "bm25", terms), _load_bm25(path / "bm25_plain", [unaccented(t) for t in terms])
    return LoadedIndex(
        version=version, path=path, manifest=manifest, documents=by_doc, chunks=chunks,
        engine=make_backend(settings).open(path, manifest, chunks, by_doc, bm25, bm25_plain), section_keys=keys,
        section_vectors=np.load(path / "sections.npy"), terms=terms, bm25=bm25, bm25_plain=bm25_plain,
        targets=targets, assignments=assignments, **_load_lines(path, manifest["dim"]),
    )


def _load_bm25(folder: Path, terms: list[list[str]]) -> BM25:
    """The saved BM25 matrix; versions written before it was saved are indexed from their terms."""
    return BM25.load(folder) if (folder / "n_docs").exists() else BM25(terms)


def _load_lines(path: Path, dim: int) -> dict:
    """Line keys and vectors; an index built before line vectors existed has none (lexical lines only)."""
    if not (path / "lines.npy").exists():
        return {"line_keys": [], "line_vectors": np.zeros((0, dim), np.float32)}
    keys = [(d, int(p)) for d, p in json.loads((path / "lines.json").read_text())]
    return {"line_keys": keys, "line_vectors": np.load(path / "lines.npy")}
